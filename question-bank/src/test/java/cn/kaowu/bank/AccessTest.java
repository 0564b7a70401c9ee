package cn.kaowu.bank;

import cn.kaowu.bank.coverage.CoverageNeed;
import cn.kaowu.bank.coverage.CoverageRequest;
import cn.kaowu.bank.coverage.CoverageService;
import cn.kaowu.bank.demo.DemoBank;
import cn.kaowu.bank.duplicates.DuplicateService;
import cn.kaowu.bank.exporting.ExportService;
import cn.kaowu.bank.importing.ImportOptions;
import cn.kaowu.bank.importing.ImportService;
import cn.kaowu.bank.item.ItemService;
import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.item.Samples;
import cn.kaowu.bank.item.VersionRef;
import cn.kaowu.bank.pool.ItemPoolService;
import cn.kaowu.bank.review.ReviewService;
import cn.kaowu.bank.search.ItemQuery;
import cn.kaowu.bank.search.ItemSearch;
import cn.kaowu.bank.synthetic.SyntheticBankWriter;
import cn.kaowu.core.identity.AccessDenied;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.testing.TestCallers;
import cn.kaowu.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 培考分离: every service method of the bank refuses everyone but the paper builder and the administrator. */
class AccessTest {

    private static TestDatabase database;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static <T> T bean(Class<T> type) {
        return database.bean(type);
    }

    static Stream<Arguments> everyServiceMethodForEveryOtherRole() {
        List<Named<Consumer<Caller>>> calls = List.of(
                Named.of("ItemService.create", c -> bean(ItemService.class).create(c, Samples.single("题"))),
                Named.of("ItemService.edit", c -> bean(ItemService.class).edit(c, 1, Samples.single("题"))),
                Named.of("ItemService.show", c -> bean(ItemService.class).show(c, 1)),
                Named.of("ItemService.history", c -> bean(ItemService.class).history(c, 1)),
                Named.of("ItemService.version", c -> bean(ItemService.class).version(c, 1, 1)),
                Named.of("ItemService.diff", c -> bean(ItemService.class).diff(c, 1, 1, 2)),
                Named.of("ItemService.recordPValues", c -> bean(ItemService.class).recordPValues(c,
                        java.util.Map.of(new VersionRef(1, 1), 0.5))),
                Named.of("ItemService.vocabulary", c -> bean(ItemService.class).vocabulary(c)),
                Named.of("ReviewService.submit", c -> bean(ReviewService.class).submit(c, 1)),
                Named.of("ReviewService.approve", c -> bean(ReviewService.class).approve(c, 1)),
                Named.of("ReviewService.approveAll", c -> bean(ReviewService.class).approveAll(c, List.of(1L))),
                Named.of("ReviewService.returnToAuthor", c -> bean(ReviewService.class).returnToAuthor(c, 1, "意见")),
                Named.of("ReviewService.retire", c -> bean(ReviewService.class).retire(c, 1, "停用")),
                Named.of("ImportService.importFile", c -> bean(ImportService.class).importFile(c, "x.xlsx",
                        new ByteArrayInputStream(new byte[0]), ImportOptions.drafts())),
                Named.of("ImportService.writeTemplate", c -> bean(ImportService.class).writeTemplate(c,
                        new ByteArrayOutputStream())),
                Named.of("ExportService.exportXlsx", c -> bean(ExportService.class).exportXlsx(c, null,
                        new ByteArrayOutputStream())),
                Named.of("ExportService.exportQti", c -> bean(ExportService.class).exportQti(c, null,
                        new ByteArrayOutputStream())),
                Named.of("DuplicateService.check", c -> bean(DuplicateService.class).check(c, List.of("题"))),
                Named.of("DuplicateService.flag", c -> bean(DuplicateService.class).flag(c, List.of("题"), null)),
                Named.of("DuplicateService.report", c -> bean(DuplicateService.class).report(c)),
                Named.of("ItemSearch.search", c -> bean(ItemSearch.class).search(c, ItemQuery.all(0, 10))),
                Named.of("ItemSearch.count", c -> bean(ItemSearch.class).count(c, ItemQuery.all(0, 10))),
                Named.of("ItemSearch.rows", c -> bean(ItemSearch.class).rows(c, ItemQuery.all(0, 10))),
                Named.of("ItemSearch.matchingVersions", c -> bean(ItemSearch.class).matchingVersions(c,
                        ItemQuery.all(0, 10))),
                Named.of("CoverageService.coverage", c -> bean(CoverageService.class).coverage(c,
                        CoverageRequest.of("MINING", "MANAGER", List.of(new CoverageNeed(ItemType.SINGLE_CHOICE,
                                "LAW", null, 5))))),
                Named.of("ItemPoolService.activeItems", c -> bean(ItemPoolService.class).activeItems(c, "MINING", "MANAGER")),
                Named.of("ItemPoolService.loadVersions", c -> bean(ItemPoolService.class).loadVersions(c,
                        List.of(new VersionRef(1, 1)))),
                Named.of("ItemPoolService.requireUsable", c -> bean(ItemPoolService.class).requireUsable(c,
                        List.of(new VersionRef(1, 1)))),
                Named.of("SyntheticBankWriter.persist", c -> bean(SyntheticBankWriter.class).persist(c,
                        List.of(Samples.single("题")), true)),
                Named.of("DemoBank.seed", c -> bean(DemoBank.class).seed(c)));
        List<Arguments> arguments = new ArrayList<>();
        for (Named<Consumer<Caller>> call : calls) {
            for (Caller caller : TestCallers.notPaperBuilders()) {
                arguments.add(Arguments.of(call, Named.of(caller.role().label(), caller)));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("everyServiceMethodForEveryOtherRole")
    void only_the_paper_builder_and_the_administrator_reach_the_bank(Consumer<Caller> call, Caller caller) {
        assertThatThrownBy(() -> call.accept(caller)).isInstanceOf(AccessDenied.class).hasMessageContaining("培考分离");
    }
}
