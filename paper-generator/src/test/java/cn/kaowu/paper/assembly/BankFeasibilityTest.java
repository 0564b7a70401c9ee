package cn.kaowu.paper.assembly;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BankFeasibilityTest {

    @Test
    void papers_spread_evenly_over_a_pool_share_the_fewest_items() {
        // 3 papers × 4 items from 6: each item used twice → 6 items × C(2,2) = 6 shared incidences
        assertThat(BankFeasibility.pairOverlap(6, 3, 4)).isEqualTo(6);
        // enough items for everyone: nothing shared
        assertThat(BankFeasibility.pairOverlap(12, 3, 4)).isZero();
    }

    @Test
    void the_minimum_pool_is_the_smallest_that_fits_the_overlap_budget() {
        // budget 0: every paper needs its own items
        assertThat(BankFeasibility.minimumPool(5, 4, 0)).isEqualTo(20);
        int pool = BankFeasibility.minimumPool(10, 12, 45L * 3);
        assertThat(BankFeasibility.pairOverlap(pool, 10, 12)).isLessThanOrEqualTo(135);
        assertThat(BankFeasibility.pairOverlap(pool - 1, 10, 12)).isGreaterThan(135);
    }
}
