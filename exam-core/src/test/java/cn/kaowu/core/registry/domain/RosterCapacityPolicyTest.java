package cn.kaowu.core.registry.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RosterCapacityPolicyTest {

    @Test
    void a_roster_larger_than_the_capacity_is_rejected_saying_by_how_many() {
        assertThat(RosterCapacityPolicy.check("2026-MDJ-001", 40, 40).isAllowed()).isTrue();
        assertThat(RosterCapacityPolicy.check("2026-MDJ-001", 40, 43).toString()).contains("超出3人");
    }
}
