package cn.kaowu.core.registry.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassSizePolicyTest {

    @Test
    void a_principal_class_over_40_is_rejected() {
        assertThat(ClassSizePolicy.check(Rules.PRINCIPAL, 40).isAllowed()).isTrue();
        assertThat(ClassSizePolicy.check(Rules.PRINCIPAL, 41).toString()).contains("不超过40人");
    }

    @Test
    void a_manager_or_team_leader_class_over_80_is_rejected() {
        assertThat(ClassSizePolicy.check(Rules.MANAGER, 80).isAllowed()).isTrue();
        assertThat(ClassSizePolicy.check(Rules.MANAGER, 81).isAllowed()).isFalse();
        assertThat(ClassSizePolicy.check(Rules.TEAM_LEADER, 81).isAllowed()).isFalse();
    }

    @Test
    void a_class_without_seats_is_rejected() {
        assertThat(ClassSizePolicy.check(Rules.MANAGER, 0).isAllowed()).isFalse();
    }
}
