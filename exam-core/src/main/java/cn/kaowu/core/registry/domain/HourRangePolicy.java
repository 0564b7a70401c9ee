package cn.kaowu.core.registry.domain;

import cn.kaowu.core.policy.Verdict;

/** Total hours within the category's range (categories 1–2: 12–48 h; team leaders: 20–72 h by default). */
public final class HourRangePolicy {

    private HourRangePolicy() {
    }

    /**
     * @param what what the hours are, for the message, e.g. 计划学时 or 已完成学时
     */
    public static Verdict check(CategoryRule rule, Hours hours, String what) {
        var total = hours.total();
        if (total.compareTo(rule.minHours()) < 0 || total.compareTo(rule.maxHours()) > 0) {
            return Verdict.rejected(what + "合计" + total.toPlainString() + "学时，" + rule.categoryName()
                    + "应为" + rule.minHours().stripTrailingZeros().toPlainString() + "–"
                    + rule.maxHours().stripTrailingZeros().toPlainString() + "学时");
        }
        return Verdict.allowed();
    }
}
