package cn.kaowu.bank.coverage;

import java.util.List;

/**
 * A blueprint shape for one class profile.
 *
 * @param industryCode    the class's industry (items for it or for 全部 count)
 * @param categoryCode    the class's personnel category
 * @param needs           the cells
 * @param overlapCap      the largest share of a paper's items another paper may repeat (default 0.2)
 * @param thinBelowPapers a cell that supports fewer papers than this is marked thin (default 3)
 */
public record CoverageRequest(String industryCode, String categoryCode, List<CoverageNeed> needs, double overlapCap,
                              int thinBelowPapers) {

    public static final double DEFAULT_OVERLAP_CAP = 0.2;
    public static final int DEFAULT_THIN_BELOW = 3;

    public CoverageRequest {
        needs = List.copyOf(needs);
        if (overlapCap < 0 || overlapCap > 1) {
            throw new IllegalArgumentException("overlap cap must be within 0..1");
        }
    }

    public static CoverageRequest of(String industryCode, String categoryCode, List<CoverageNeed> needs) {
        return new CoverageRequest(industryCode, categoryCode, needs, DEFAULT_OVERLAP_CAP, DEFAULT_THIN_BELOW);
    }
}
