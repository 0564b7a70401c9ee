package cn.kaowu.bank.demo;

import cn.kaowu.bank.importing.ImportOptions;
import cn.kaowu.bank.importing.ImportResult;
import cn.kaowu.bank.importing.ImportService;
import cn.kaowu.bank.item.ItemStatus;
import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.item.ItemVersion;
import cn.kaowu.bank.item.VersionRef;
import cn.kaowu.bank.pool.ItemPoolService;
import cn.kaowu.bank.template.RawItem;
import cn.kaowu.core.testing.TestCallers;
import cn.kaowu.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoBankTest {

    private static Path sample() throws Exception {
        return Path.of(DemoBankTest.class.getClassLoader().getResource("demo/sample-bank.tsv").toURI());
    }

    @Test
    void tsv_rows_become_template_rows_with_their_line_numbers() throws Exception {
        List<RawItem> rows = TsvTemplateConverter.read("sample-bank.tsv", Files.readAllLines(sample()));
        assertThat(rows).hasSize(6);
        assertThat(rows.get(1).type()).isEqualTo(ItemType.MULTIPLE_CHOICE);
        assertThat(rows.get(1).location()).isEqualTo("sample-bank.tsv 第3行");
        assertThat(rows.get(1).categories()).isEqualTo("班组长、专职安全管理人员");
    }

    @Test
    void a_converted_tsv_imports_through_the_normal_xlsx_import_with_aliases_resolved() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        assertThat(TsvTemplateConverter.convert(List.of(sample()), xlsx)).isEqualTo(6);
        try (TestDatabase database = TestDatabase.h2()) {
            ImportResult result = database.bean(ImportService.class).importFile(TestCallers.paperBuilder(),
                    "sample.xlsx", new ByteArrayInputStream(xlsx.toByteArray()), ImportOptions.approved());
            assertThat(result.count()).isEqualTo(6);
            List<ItemVersion> items = database.bean(ItemPoolService.class).loadVersions(TestCallers.paperBuilder(),
                    result.itemIds().stream().map(id -> new VersionRef(id, 1)).toList());
            ItemVersion mining = items.stream().filter(v -> v.content().stem().startsWith("煤矿企业")).findFirst().orElseThrow();
            assertThat(mining.content().taxonomy().industries()).containsExactly("MINING");
            assertThat(mining.content().taxonomy().categories()).containsExactly("TEAM_LEADER", "MANAGER");
        }
    }

    @Test
    void the_demo_bank_seeds_an_empty_bank_once_as_approved_items() {
        try (TestDatabase database = TestDatabase.h2()) {
            DemoBank demo = database.bean(DemoBank.class);
            ImportResult result = demo.seed(TestCallers.admin()).orElseThrow();
            assertThat(result.count()).isGreaterThanOrEqualTo(300);
            assertThat(result.status()).isEqualTo(ItemStatus.ACTIVE);
            assertThat(demo.seed(TestCallers.admin())).isEmpty();
        }
    }
}
