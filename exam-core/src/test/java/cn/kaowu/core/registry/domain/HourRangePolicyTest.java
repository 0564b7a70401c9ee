package cn.kaowu.core.registry.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HourRangePolicyTest {

    @Test
    void a_manager_class_of_15_hours_is_allowed() {
        assertThat(HourRangePolicy.check(Rules.MANAGER, Hours.of(6, 9, 0), "计划学时").isAllowed()).isTrue();
    }

    @Test
    void a_principal_class_under_12_hours_is_rejected() {
        var verdict = HourRangePolicy.check(Rules.PRINCIPAL, Hours.of(4, 7, 0), "计划学时");
        assertThat(verdict.isAllowed()).isFalse();
        assertThat(verdict.toString()).contains("12–48");
    }

    @Test
    void a_manager_class_over_48_hours_is_rejected() {
        assertThat(HourRangePolicy.check(Rules.MANAGER, Hours.of(10, 39, 0), "计划学时").isAllowed()).isFalse();
    }

    @Test
    void a_team_leader_class_under_20_hours_is_rejected() {
        assertThat(HourRangePolicy.check(Rules.TEAM_LEADER, Hours.of(6, 8, 5), "计划学时").isAllowed()).isFalse();
    }

    @Test
    void a_team_leader_class_of_72_hours_is_allowed_and_73_rejected() {
        assertThat(HourRangePolicy.check(Rules.TEAM_LEADER, Hours.of(20, 34, 18), "计划学时").isAllowed()).isTrue();
        assertThat(HourRangePolicy.check(Rules.TEAM_LEADER, Hours.of(21, 34, 18), "计划学时").isAllowed()).isFalse();
    }
}
