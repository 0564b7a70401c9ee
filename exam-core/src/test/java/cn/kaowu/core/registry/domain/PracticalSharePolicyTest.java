package cn.kaowu.core.registry.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PracticalSharePolicyTest {

    @Test
    void team_leaders_with_a_quarter_practical_hours_are_allowed() {
        assertThat(PracticalSharePolicy.check(Rules.TEAM_LEADER, Hours.of(8, 7, 5), "计划学时").isAllowed()).isTrue();
    }

    @Test
    void team_leaders_with_less_than_a_quarter_practical_hours_are_rejected() {
        var verdict = PracticalSharePolicy.check(Rules.TEAM_LEADER, Hours.of(8, 9, 3), "计划学时");
        assertThat(verdict.isAllowed()).isFalse();
        assertThat(verdict.toString()).contains("实训3.0学时").contains("25%");
    }

    @Test
    void managers_need_no_practical_hours() {
        assertThat(PracticalSharePolicy.check(Rules.MANAGER, Hours.of(6, 9, 0), "计划学时").isAllowed()).isTrue();
    }
}
