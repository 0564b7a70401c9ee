package cn.kaowu.core.registry.domain;

import cn.kaowu.core.policy.Verdict;

/** A person may not be on two classes whose dates overlap. */
public final class OverlapPolicy {

    private OverlapPolicy() {
    }

    /**
     * @param target         the class the person is being put on
     * @param otherClassCode a class the person is already on
     * @param otherDates     its dates
     */
    public static Verdict check(ClassDates target, String otherClassCode, ClassDates otherDates) {
        if (target.overlaps(otherDates)) {
            return Verdict.rejected("该人员已在班次" + otherClassCode + "（" + otherDates + "）中，日期与本班次（"
                    + target + "）重叠");
        }
        return Verdict.allowed();
    }
}
