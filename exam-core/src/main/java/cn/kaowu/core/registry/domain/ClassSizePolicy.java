package cn.kaowu.core.registry.domain;

import cn.kaowu.core.policy.Verdict;

/** An offline class holds at most 40 trainees in category 1 and 80 in categories 2 and 3 by default. */
public final class ClassSizePolicy {

    private ClassSizePolicy() {
    }

    public static Verdict check(CategoryRule rule, int capacity) {
        if (capacity < 1) {
            return Verdict.rejected("班次容量应至少为1人");
        }
        if (capacity > rule.maxClassSize()) {
            return Verdict.rejected("班次容量" + capacity + "人超过上限：" + rule.categoryName()
                    + "线下班次每班不超过" + rule.maxClassSize() + "人");
        }
        return Verdict.allowed();
    }
}
