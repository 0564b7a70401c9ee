package cn.kaowu.core.registry.domain;

import cn.kaowu.core.policy.Verdict;

import java.util.List;

/** The three hour rules together: range, in-person share, practical share. */
public final class HourRules {

    private HourRules() {
    }

    public static List<Verdict> check(CategoryRule rule, Hours hours, String what) {
        return List.of(HourRangePolicy.check(rule, hours, what),
                InPersonSharePolicy.check(rule, hours, what),
                PracticalSharePolicy.check(rule, hours, what));
    }
}
