package cn.kaowu.core.registry.domain;

import cn.kaowu.core.policy.Verdict;

import java.math.BigDecimal;

/** Practical (实训) hours at least a share of the total: team leaders 1/4 by default, others none. */
public final class PracticalSharePolicy {

    private PracticalSharePolicy() {
    }

    public static Verdict check(CategoryRule rule, Hours hours, String what) {
        if (rule.minPracticalPercent().signum() == 0 || hours.total().signum() == 0) {
            return Verdict.allowed();
        }
        BigDecimal required = hours.total().multiply(rule.minPracticalPercent());
        BigDecimal actual = hours.practical().multiply(BigDecimal.valueOf(100));
        if (actual.compareTo(required) < 0) {
            return Verdict.rejected(what + "中实训" + hours.practical().toPlainString() + "学时，占"
                    + hours.percentOfTotal(hours.practical()).toPlainString() + "%，" + rule.categoryName()
                    + "应不少于总学时的" + rule.minPracticalPercent().stripTrailingZeros().toPlainString() + "%");
        }
        return Verdict.allowed();
    }
}
