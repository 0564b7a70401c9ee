package cn.kaowu.core.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OverlapPolicyTest {

    private static final ClassDates APRIL_13_TO_17 = new ClassDates(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 17));

    @Test
    void a_person_may_not_be_on_two_classes_whose_dates_overlap() {
        var verdict = OverlapPolicy.check(APRIL_13_TO_17, "2026-MDJ-002",
                new ClassDates(LocalDate.of(2026, 4, 17), LocalDate.of(2026, 4, 20)));
        assertThat(verdict.isAllowed()).isFalse();
        assertThat(verdict.toString()).contains("2026-MDJ-002").contains("重叠");
    }

    @Test
    void back_to_back_classes_do_not_overlap() {
        assertThat(OverlapPolicy.check(APRIL_13_TO_17, "2026-MDJ-002",
                new ClassDates(LocalDate.of(2026, 4, 18), LocalDate.of(2026, 4, 20))).isAllowed()).isTrue();
    }
}
