package cn.kaowu.core.registry.importing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RosterRowValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static RosterRowValidator.Outcome validate(String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = RosterFiles.HEADER;
        System.arraycopy(lines, 0, all, 1, lines.length);
        ParsedRoster parsed = RosterFileReader.read(RosterFiles.csv(StandardCharsets.UTF_8, false, all));
        assertThat(parsed.errors()).isEmpty();
        return RosterRowValidator.validate(parsed.rows(), TODAY);
    }

    @Test
    void a_wrong_check_digit_is_reported_with_row_and_column() {
        var outcome = validate("王伟,110105194912310021,13800138000,恒达矿业,,班长,6,9,0");
        assertThat(outcome.errors()).extracting(RosterImportError::text).containsExactly("第2行 身份证号：校验位错误");
    }

    @Test
    void full_width_digits_lower_case_x_and_spaces_are_normalised() {
        var outcome = validate(" 王伟 ,１１０１０５１９４９１２３１００２ｘ,１３８００１３８０００, 恒达矿业 ,,班长,６,９．５,0");
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.rows().get(0).idNumber().value()).isEqualTo("11010519491231002X");
        assertThat(outcome.rows().get(0).hours().offline()).isEqualByComparingTo("9.5");
        assertThat(outcome.rows().get(0).realName()).isEqualTo("王伟");
    }

    @Test
    void a_duplicate_id_number_names_both_rows() {
        var outcome = validate("王伟,11010519491231002X,13800138000,恒达矿业,,班长,6,9,0",
                "李娜,23100219800101123" + cn.kaowu.core.registry.domain.IdNumber.checkCharacter("23100219800101123")
                        + ",13800138001,恒达矿业,,班长,6,9,0",
                "王伟,11010519491231002X,13800138000,恒达矿业,,班长,6,9,0");
        assertThat(outcome.errors()).extracting(RosterImportError::text)
                .containsExactly("第4行 身份证号：与第2行重复（1101**********002X）");
    }

    @Test
    void every_bad_cell_of_a_row_is_reported() {
        var outcome = validate(",11010519491231002X,12345,,91350100M000100Y44,,abc,9,-1");
        assertThat(outcome.errors()).extracting(RosterImportError::text).contains(
                "第2行 姓名：不能为空", "第2行 手机号：应为11位手机号码（当前“12345”）", "第2行 所在企业：不能为空",
                "第2行 统一社会信用代码：校验位错误", "第2行 岗位：不能为空");
        assertThat(outcome.errors()).extracting(RosterImportError::column).contains("线上学时", "实训学时");
    }

    @Test
    void the_template_example_row_is_skipped() {
        var outcome = validate("张三,11010519491231002X,13800138000,示例企业,,安全管理员,6,9,0",
                "王伟,11010519491231002X,13800138000,恒达矿业,,班长,6,9,0");
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.examplesSkipped()).isEqualTo(1);
        assertThat(outcome.rows()).hasSize(1);
    }
}
