package cn.kaowu.core.registry.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InPersonSharePolicyTest {

    @Test
    void offline_hours_of_exactly_60_percent_are_allowed() {
        assertThat(InPersonSharePolicy.check(Rules.MANAGER, Hours.of(6, 9, 0), "计划学时").isAllowed()).isTrue();
    }

    @Test
    void offline_hours_under_60_percent_are_rejected_in_every_category() {
        for (CategoryRule rule : new CategoryRule[]{Rules.PRINCIPAL, Rules.MANAGER, Rules.TEAM_LEADER}) {
            var verdict = InPersonSharePolicy.check(rule, Hours.of(7, 8, 0), "计划学时");
            assertThat(verdict.isAllowed()).as(rule.categoryCode()).isFalse();
            assertThat(((cn.kaowu.core.policy.Verdict.Rejected) verdict).reason()).contains("60%");
        }
    }

    @Test
    void practical_hours_count_as_offline() {
        assertThat(InPersonSharePolicy.check(Rules.TEAM_LEADER, Hours.of(8, 7, 5), "计划学时").isAllowed()).isTrue();
    }
}
