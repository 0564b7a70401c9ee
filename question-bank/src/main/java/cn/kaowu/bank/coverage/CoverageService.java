package cn.kaowu.bank.coverage;

import cn.kaowu.bank.pool.ItemPoolService;
import cn.kaowu.bank.pool.PoolItem;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The coverage matrix: for a blueprint shape and a class profile, how many active items the bank
 * has per cell against the need, how many papers each cell supports under the overlap cap
 * ({@link PaperSupply}), and which cells are thin. Paper builder (and administrator) only.
 */
@Singleton
public class CoverageService {

    private final ItemPoolService pool;

    public CoverageService(ItemPoolService pool) {
        this.pool = pool;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CoverageResult coverage(Caller caller, CoverageRequest request) {
        AccessPolicy.requireExamContent(caller);
        List<PoolItem> items = pool.activeItems(caller, request.industryCode(), request.categoryCode());
        List<CoverageCell> cells = new ArrayList<>();
        int overall = Integer.MAX_VALUE;
        for (CoverageNeed need : request.needs()) {
            int available = (int) items.stream()
                    .filter(i -> i.type() == need.type() && i.contentArea().equals(need.contentArea())
                            && (need.difficulty() == null || i.difficulty() == need.difficulty()))
                    .count();
            int papers = PaperSupply.papers(available, need.need(), request.overlapCap());
            boolean thin = need.need() > 0 && papers < Math.max(1, request.thinBelowPapers());
            cells.add(new CoverageCell(need.type(), need.contentArea(), need.difficulty(), need.need(), available,
                    papers, thin, Math.max(0, need.need() - available)));
            overall = Math.min(overall, papers);
        }
        return new CoverageResult(cells, overall);
    }
}
