package cn.kaowu.core.registry.domain;

import cn.kaowu.core.policy.Verdict;

import java.math.BigDecimal;

/** Offline (in-person: classroom plus practical) hours at least 60 % of the total, every category by default. */
public final class InPersonSharePolicy {

    private InPersonSharePolicy() {
    }

    public static Verdict check(CategoryRule rule, Hours hours, String what) {
        BigDecimal required = hours.total().multiply(rule.minInPersonPercent());
        BigDecimal actual = hours.inPerson().multiply(BigDecimal.valueOf(100));
        if (hours.total().signum() > 0 && actual.compareTo(required) < 0) {
            return Verdict.rejected(what + "中线下（含实训）" + hours.inPerson().toPlainString() + "学时，占"
                    + hours.percentOfTotal(hours.inPerson()).toPlainString() + "%，应不少于总学时的"
                    + rule.minInPersonPercent().stripTrailingZeros().toPlainString() + "%");
        }
        return Verdict.allowed();
    }
}
