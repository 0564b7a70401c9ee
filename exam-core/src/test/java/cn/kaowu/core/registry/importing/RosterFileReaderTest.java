package cn.kaowu.core.registry.importing;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RosterFileReaderTest {

    private static final String ROW = "王伟,11010519491231002X,13800138000,牡丹江恒达矿业有限公司,,班长,6,9,0";

    @Test
    void a_utf8_csv_with_bom_is_read() {
        ParsedRoster parsed = RosterFileReader.read(RosterFiles.csv(StandardCharsets.UTF_8, true, RosterFiles.HEADER, ROW));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.value(RosterColumn.NAME)).isEqualTo("王伟");
            assertThat(r.rowNumber()).isEqualTo(2);
        });
    }

    @Test
    void a_gbk_csv_is_told_apart_from_utf8_and_read() {
        ParsedRoster parsed = RosterFileReader.read(RosterFiles.csv(Charset.forName("GBK"), false, RosterFiles.HEADER, ROW));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows().get(0).value(RosterColumn.ENTERPRISE)).isEqualTo("牡丹江恒达矿业有限公司");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(RosterFileReader.read(new byte[0]).errors()).extracting(RosterImportError::text).containsExactly("文件为空");
    }

    @Test
    void a_file_with_only_a_header_is_refused() {
        assertThat(RosterFileReader.read(RosterFiles.csv(StandardCharsets.UTF_8, false, RosterFiles.HEADER)).errors())
                .extracting(RosterImportError::text).singleElement().asString().contains("没有数据行");
    }

    @Test
    void wrong_headers_name_the_missing_and_the_unknown_column() {
        ParsedRoster parsed = RosterFileReader.read(RosterFiles.csv(StandardCharsets.UTF_8, false,
                "姓名,身份证,手机号,所在企业,岗位,线上学时,线下学时,实训学时", ROW));
        assertThat(parsed.errors()).extracting(RosterImportError::text)
                .anySatisfy(t -> assertThat(t).contains("未知的列“身份证”"))
                .anySatisfy(t -> assertThat(t).isEqualTo("表头：缺少列“身份证号”"));
    }

    @Test
    void a_header_marked_optional_or_required_is_recognised() {
        assertThat(RosterColumn.ofHeader("统一社会信用代码（选填）")).contains(RosterColumn.CREDIT_CODE);
        assertThat(RosterColumn.ofHeader("*姓名")).contains(RosterColumn.NAME);
    }

    @Test
    void an_xlsx_formula_yields_its_cached_result() {
        List<String> header = List.of(RosterFiles.HEADER.split(","));
        List<String> row = List.of("王伟", "11010519491231002X", "13800138000", "恒达矿业", "", "班长", "=2*3", "=4+5", "0");
        ParsedRoster parsed = RosterFileReader.read(RosterFiles.xlsx(true, List.of(header, row)));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows().get(0).value(RosterColumn.ONLINE_HOURS)).isEqualTo("6");
        assertThat(parsed.rows().get(0).value(RosterColumn.OFFLINE_HOURS)).isEqualTo("9");
    }

    @Test
    void an_xlsx_formula_without_a_cached_result_is_reported_for_its_cell() {
        List<String> header = List.of(RosterFiles.HEADER.split(","));
        List<String> row = List.of("王伟", "11010519491231002X", "13800138000", "恒达矿业", "", "班长", "=2*3", "9", "0");
        ParsedRoster parsed = RosterFileReader.read(RosterFiles.xlsx(false, List.of(header, row)));
        assertThat(parsed.rows().get(0).cellErrors().get(RosterColumn.ONLINE_HOURS)).contains("公式").contains("没有计算结果");
    }

    @Test
    void a_csv_formula_is_reported_for_its_cell() {
        ParsedRoster parsed = RosterFileReader.read(RosterFiles.csv(StandardCharsets.UTF_8, false, RosterFiles.HEADER,
                "王伟,11010519491231002X,13800138000,恒达矿业,,班长,=A1,9,0"));
        assertThat(parsed.rows().get(0).cellErrors().get(RosterColumn.ONLINE_HOURS)).contains("公式");
    }

    @Test
    void the_downloadable_template_reads_back_with_every_header() {
        ParsedRoster parsed = RosterFileReader.read(RosterTemplate.xlsx());
        assertThat(parsed.errors()).isEmpty();
        assertThat(RosterTemplate.isExample(parsed.rows().get(0))).isTrue();
    }

    @Test
    void quoted_csv_fields_may_hold_commas() {
        ParsedRoster parsed = RosterFileReader.read(RosterFiles.csv(StandardCharsets.UTF_8, false, RosterFiles.HEADER,
                "王伟,11010519491231002X,13800138000,\"恒达矿业,一分公司\",,班长,6,9,0"));
        assertThat(parsed.rows().get(0).value(RosterColumn.ENTERPRISE)).isEqualTo("恒达矿业,一分公司");
    }
}
