package cn.kaowu.core.registry.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void the_standard_example_with_check_character_x_is_valid() {
        IdNumber.Parsed parsed = IdNumber.parse("11010519491231002X", TODAY);
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.number().birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(parsed.number().gender()).isEqualTo("女");
    }

    @Test
    void a_lower_case_x_is_accepted_as_upper_case() {
        assertThat(IdNumber.parse("11010519491231002x", TODAY).number().value()).isEqualTo("11010519491231002X");
    }

    @Test
    void a_computed_check_digit_of_a_mudanjiang_number_validates() {
        String first17 = "23100219800101123";
        assertThat(IdNumber.parse(first17 + IdNumber.checkCharacter(first17), TODAY).valid()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "110105194912310021, 校验位错误",
            "11010519491231002, 应为18位",
            "1101051949123100AX, 前17位应为数字",
            "990105194912310023, 地址码无效",
            "110105194902300021, 出生日期无效",
            "110105189901010021, 出生日期不合理",
            "110105201801010021, 出生日期不合理"})
    void a_wrong_number_is_rejected_with_the_reason(String number, String reason) {
        IdNumber.Parsed parsed = IdNumber.parse(number, TODAY);
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.error()).contains(reason);
    }

    @Test
    void masking_keeps_the_first_four_and_last_four_characters() {
        assertThat(IdNumber.mask("110105194912311234")).isEqualTo("1101**********1234");
    }
}
