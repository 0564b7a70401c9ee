package cn.kaowu.bank.coverage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaperSupplyTest {

    @Test
    void fewer_items_than_a_paper_needs_support_no_paper() {
        assertThat(PaperSupply.papers(9, 10, 0.2)).isZero();
    }

    @Test
    void exactly_the_need_supports_one_paper() {
        assertThat(PaperSupply.papers(10, 10, 0.2)).isEqualTo(1);
    }

    @Test
    void each_further_paper_needs_the_fresh_items_the_cap_leaves() {
        // need 10, cap 0.2: 2 may repeat, 8 fresh per further paper; 34 items: 1 + floor(24 / 8) = 4
        assertThat(PaperSupply.papers(34, 10, 0.2)).isEqualTo(4);
        assertThat(PaperSupply.papers(33, 10, 0.2)).isEqualTo(3);
    }

    @Test
    void a_small_need_still_needs_one_fresh_item_per_paper() {
        // need 2, cap 0.5: floor(1) shared, 1 fresh; 5 items: 1 + 3 = 4
        assertThat(PaperSupply.papers(5, 2, 0.5)).isEqualTo(4);
        assertThat(PaperSupply.papers(5, 1, 0.2)).isEqualTo(5);
    }

    @Test
    void a_cell_with_no_need_is_unlimited() {
        assertThat(PaperSupply.papers(0, 0, 0.2)).isEqualTo(Integer.MAX_VALUE);
    }
}
