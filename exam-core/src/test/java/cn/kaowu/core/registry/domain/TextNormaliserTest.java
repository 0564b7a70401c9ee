package cn.kaowu.core.registry.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTest {

    @Test
    void full_width_digits_and_x_become_half_width_and_spaces_are_trimmed() {
        assertThat(TextNormaliser.normalise("\u3000１１０１０５１９４９１２３１００２ｘ ")).isEqualTo("11010519491231002x");
    }

    @Test
    void chinese_brackets_in_names_are_kept() {
        assertThat(TextNormaliser.normalise(" 牡丹江（集团）有限公司 ")).isEqualTo("牡丹江（集团）有限公司");
    }
}
