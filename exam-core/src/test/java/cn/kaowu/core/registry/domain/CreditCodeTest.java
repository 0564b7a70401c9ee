package cn.kaowu.core.registry.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeTest {

    @Test
    void a_published_code_validates() {
        assertThat(CreditCode.parse("91350100M000100Y43").valid()).isTrue();
    }

    @Test
    void a_wrong_check_character_is_rejected() {
        assertThat(CreditCode.parse("91350100M000100Y44").error()).isEqualTo("校验位错误");
    }

    @Test
    void letters_outside_the_standard_set_are_rejected_with_their_position() {
        assertThat(CreditCode.parse("91350100M000100I43").error()).contains("第16位").contains("I");
    }

    @Test
    void a_code_of_the_wrong_length_is_rejected() {
        assertThat(CreditCode.parse("91350100M000100Y4").error()).contains("应为18位");
    }

    @Test
    void the_check_character_of_a_generated_code_validates() {
        String first17 = "91231000MA1B2C3D4";
        assertThat(CreditCode.parse(first17 + CreditCode.checkCharacter(first17)).valid()).isTrue();
    }
}
