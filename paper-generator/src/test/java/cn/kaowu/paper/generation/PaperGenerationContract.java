package cn.kaowu.paper.generation;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.core.identity.AccessDenied;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.testing.TestCallers;
import cn.kaowu.core.testing.TestDatabase;
import cn.kaowu.paper.assembly.ItemSource;
import cn.kaowu.paper.assembly.TestBank;
import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.BlueprintCell;
import cn.kaowu.paper.blueprint.BlueprintService;
import cn.kaowu.paper.blueprint.DifficultyTarget;
import cn.kaowu.paper.domain.PaperContent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generating, reading and reporting papers through the service, on every database the product runs on. */
abstract class PaperGenerationContract {

    private static final AtomicLong NEXT_CLASS = new AtomicLong(1000);
    private static final Caller BUILDER = TestCallers.paperBuilder();

    abstract TestDatabase database();

    static TestDatabase start(TestDatabase database) {
        database.context().registerSingleton(ItemSource.class, TestBank.bank(60, 1));
        return database;
    }

    private PaperGenerationService service() {
        return database().bean(PaperGenerationService.class);
    }

    private long blueprint(String name) {
        Blueprint base = TestBank.blueprint();
        return database().bean(BlueprintService.class).createBlueprint(BUILDER, new Blueprint(null, name, null, null,
                base.durationMinutes(), base.totalPoints(), base.passMark(), base.pointsPerType(), base.cells(),
                base.difficulty())).id();
    }

    private static List<ClassToExamine> classes(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            long id = NEXT_CLASS.incrementAndGet();
            return ClassToExamine.firstSitting(id, "K" + id, "矿山班组长" + id + "班", "MINING", "TEAM_LEADER");
        }).toList();
    }

    private static List<List<Long>> items(GenerationResult result, PaperGenerationService service) {
        List<List<Long>> items = new ArrayList<>();
        for (PaperSummary paper : result.papers()) {
            items.add(service.content(BUILDER, paper.id()).sections().stream()
                    .flatMap(s -> s.questions().stream()).map(PaperContent.Question::itemId).toList());
        }
        return items;
    }

    long count(String sql) {
        JdbcOperations jdbc = database().bean(JdbcOperations.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = database().bean(TransactionOperations.class);
        return tx.executeRead(status -> jdbc.prepareStatement(sql, s -> {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    private long written() {
        return count("SELECT COUNT(*) FROM generation_batch") * 1_000_000 + count("SELECT COUNT(*) FROM paper") * 1000
                + count("SELECT COUNT(*) FROM paper_question") % 1000;
    }

    @Test
    void each_class_gets_its_own_paper_pinned_to_item_versions_with_the_seed_stored_and_audited() {
        long blueprintId = blueprint("一班一卷");
        List<ClassToExamine> classes = classes(4);

        GenerationResult result = service().generate(BUILDER, GenerationRequest.of(blueprintId, "2026-01", 99, classes),
                GenerationProgress.NONE);

        assertThat(result.batch().status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(result.batch().progress()).isEqualTo(1.0);
        assertThat(result.papers()).hasSize(4).allSatisfy(p -> {
            assertThat(p.seed()).isEqualTo(99);
            assertThat(p.status()).isEqualTo(PaperStatus.GENERATED);
            assertThat(p.period()).isEqualTo("2026-01");
        });
        assertThat(result.papers()).extracting(PaperSummary::classCode)
                .containsExactlyElementsOf(classes.stream().map(ClassToExamine::classCode).toList());
        assertThat(count("SELECT COUNT(*) FROM paper_question q JOIN paper p ON p.id = q.paper_id WHERE p.batch_id = "
                + result.batch().id() + " AND q.item_version = 1")).isEqualTo(40);
        GenerationReport report = result.report();
        assertThat(report.violations()).isEmpty();
        assertThat(report.overlapLimit()).isEqualTo(2);
        assertThat(report.maxPairwiseOverlap()).isLessThanOrEqualTo(2);
        assertThat(report.exposureHistogram().entrySet().stream().mapToInt(e -> e.getKey() * e.getValue()).sum())
                .isEqualTo(40);
        assertThat(report.papers()).hasSize(4).allMatch(GenerationReport.PaperDifficulty::withinBand);
        assertThat(service().report(BUILDER, result.batch().id())).isEqualTo(report);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'paper.generate'")).isGreaterThanOrEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'paper.batch.generate' AND target_id = '"
                + result.batch().id() + "'")).isEqualTo(1);
        assertThat(service().listPapers(BUILDER, "2026-01")).hasSize(4);
    }

    @Test
    void progress_is_reported_from_zero_to_one_in_order() {
        long blueprintId = blueprint("进度");
        List<Double> seen = new ArrayList<>();

        service().generate(BUILDER, GenerationRequest.of(blueprintId, "2026-02", 1, classes(5)),
                (fraction, message) -> seen.add(fraction));

        assertThat(seen.get(0)).isZero();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
        assertThat(seen).isSorted().hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void regenerating_with_the_same_seed_gives_the_same_papers() {
        long blueprintId = blueprint("可复现");
        GenerationRequest request = GenerationRequest.of(blueprintId, "2026-03", 20260301, classes(3));
        GenerationResult first = service().generate(BUILDER, request, GenerationProgress.NONE);
        List<List<Long>> firstItems = items(first, service());

        GenerationResult again = service().generate(BUILDER, request, GenerationProgress.NONE);

        assertThat(items(again, service())).isEqualTo(firstItems);
        assertThat(again.papers()).extracting(PaperSummary::id).doesNotContainAnyElementsOf(
                first.papers().stream().map(PaperSummary::id).toList());
        assertThat(service().listPapers(BUILDER, "2026-03")).hasSize(3);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'paper.regenerate'")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_content_has_sections_in_type_order_numbered_through_with_points_and_keys() {
        long blueprintId = blueprint("内容");
        GenerationResult result = service().generate(BUILDER,
                GenerationRequest.of(blueprintId, "2026-04", 5, classes(1)).withShuffledOptions(), GenerationProgress.NONE);

        PaperContent content = service().content(BUILDER, result.papers().get(0).id());

        assertThat(content.sections()).extracting(PaperContent.Section::type)
                .containsExactly(ItemType.SINGLE_CHOICE, ItemType.MULTIPLE_CHOICE, ItemType.TRUE_FALSE);
        assertThat(content.sections()).extracting(PaperContent.Section::pointsEach).containsExactly(5, 10, 5);
        assertThat(content.sections().stream().flatMap(s -> s.questions().stream()).map(PaperContent.Question::number))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(content.totalPoints()).isEqualTo(60);
        assertThat(content.paperCode()).isEqualTo(result.papers().get(0).paperCode());
        for (PaperContent.Question question : content.sections().get(0).questions()) {
            // the bank's key is B = "选项乙"; wherever shuffling put it, the key points at it
            assertThat(question.options()).filteredOn(o -> o.label().equals(question.key()))
                    .extracting(PaperContent.Option::text).containsExactly("选项乙");
        }
        for (PaperContent.Question question : content.sections().get(1).questions()) {
            assertThat(question.options()).filteredOn(o -> question.key().contains(o.label()))
                    .extracting(PaperContent.Option::text).containsExactlyInAnyOrder("甲", "丙", "戊");
        }
        assertThat(content.sections().get(2).questions()).allSatisfy(q -> assertThat(q.key()).isEqualTo("正确"));
    }

    @Test
    void a_resit_paper_shares_no_item_with_the_class_first_paper() {
        long blueprintId = blueprint("补考");
        List<ClassToExamine> classes = classes(1);
        GenerationResult first = service().generate(BUILDER, GenerationRequest.of(blueprintId, "2026-05", 1, classes),
                GenerationProgress.NONE);
        ClassToExamine sitting = classes.get(0);
        ClassToExamine resit = ClassToExamine.resit(sitting.classId(), sitting.classCode(), sitting.className(), "MINING",
                "TEAM_LEADER");

        GenerationResult second = service().generate(BUILDER, GenerationRequest.of(blueprintId, "2026-06", 1, List.of(resit)),
                GenerationProgress.NONE);

        Set<Long> firstItems = new HashSet<>(items(first, service()).get(0));
        assertThat(items(second, service()).get(0)).doesNotContainAnyElementsOf(firstItems);
        assertThat(second.papers().get(0).resit()).isTrue();
    }

    @Test
    void a_resit_without_a_first_paper_is_refused() {
        long blueprintId = blueprint("无首考");
        ClassToExamine resit = ClassToExamine.resit(NEXT_CLASS.incrementAndGet(), "K-R", "无首考班", "MINING", "TEAM_LEADER");
        long before = written();

        assertThatThrownBy(() -> service().generate(BUILDER, GenerationRequest.of(blueprintId, "2026-07", 1, List.of(resit)),
                GenerationProgress.NONE)).isInstanceOf(RuleViolation.class).hasMessage("班次K-R还没有首考卷，不能生成补考卷");
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void a_sealed_paper_is_neither_regenerated_nor_discarded_and_nothing_is_written() {
        long blueprintId = blueprint("封存");
        GenerationRequest request = GenerationRequest.of(blueprintId, "2026-08", 3, classes(2));
        GenerationResult result = service().generate(BUILDER, request, GenerationProgress.NONE);
        PaperSummary sealed = result.papers().get(0);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = database().bean(TransactionOperations.class);
        boolean marked = tx.executeWrite(status -> database().bean(Papers.class)
                .markSealed(sealed.id(), "a".repeat(64), Instant.parse("2026-08-01T08:00:00Z"), "builder", new byte[]{1, 2}));
        assertThat(marked).isTrue();
        long before = written();

        assertThatThrownBy(() -> service().generate(BUILDER, request, GenerationProgress.NONE))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("班次" + sealed.classCode() + "的试卷" + sealed.paperCode() + "状态为已封存，封存后不能重新生成");
        assertThatThrownBy(() -> service().discardPaper(BUILDER, sealed.id()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("封存后不能删除");
        assertThat(written()).isEqualTo(before);
        assertThat(service().paper(BUILDER, sealed.id()).status()).isEqualTo(PaperStatus.SEALED);

        service().discardPaper(BUILDER, result.papers().get(1).id());
        assertThat(service().listBatchPapers(BUILDER, result.batch().id())).extracting(PaperSummary::id)
                .containsExactly(sealed.id());
    }

    @Test
    void a_blueprint_the_bank_cannot_meet_fails_fast_naming_the_cell_and_nothing_is_written() {
        long blueprintId = database().bean(BlueprintService.class).createBlueprint(BUILDER, new Blueprint(null, "超出题库",
                null, null, 60, 50, 30, Map.of(ItemType.SINGLE_CHOICE, 1),
                List.of(BlueprintCell.of(ItemType.SINGLE_CHOICE, "LAW", 50)), DifficultyTarget.band(2.5, 3.5))).id();
        long before = written();

        assertThatThrownBy(() -> service().generate(BUILDER, GenerationRequest.of(blueprintId, "2026-09", 1, classes(2)),
                GenerationProgress.NONE))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("单元格［单选题 × 法律法规，行业：矿山（含煤矿），人员类别：班组长（含车间主任、车队长）］"
                        + "每份试卷需要50道题，题库中符合条件的有效题目只有40道，还差10道");
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void more_classes_than_the_overlap_cap_allows_are_refused_and_nothing_is_written() {
        long blueprintId = blueprint("班次过多");
        long before = written();

        assertThatThrownBy(() -> service().generate(BUILDER,
                GenerationRequest.of(blueprintId, "2026-10", 1, classes(20)).withOverlapCap(0.0), GenerationProgress.NONE))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("共有20份试卷：在重叠上限0%（任意两份试卷最多共用0道题）下题库不够")
                .hasMessageContaining("单元格［单选题 × 法律法规，行业：矿山（含煤矿），人员类别：班组长（含车间主任、车队长）］"
                        + "每份需要4道，题库有40道，20份试卷约需80道");
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void a_bad_request_is_refused_with_every_reason_and_nothing_is_written() {
        long blueprintId = blueprint("坏请求");
        ClassToExamine good = classes(1).get(0);
        ClassToExamine unknown = new ClassToExamine(NEXT_CLASS.incrementAndGet(), "K-X", "外星班", "ASTEROIDS", "TEAM_LEADER",
                false);
        GenerationRequest request = new GenerationRequest(blueprintId, " ", 1, 1.5, "结业考试", false,
                List.of(good, unknown, good));
        long before = written();

        assertThatThrownBy(() -> service().generate(BUILDER, request, GenerationProgress.NONE))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.reasons()).containsExactly(
                        "请填写期间（如2026-03），重叠上限在同一期间的试卷之间计算",
                        "重叠上限须在0%至100%之间，当前为150.0%",
                        "第2个班次（K-X）：未知行业代码 ASTEROIDS",
                        "第3个班次（" + good.classCode() + "）：在本次请求中出现了两次"));
        assertThatThrownBy(() -> service().generate(BUILDER, GenerationRequest.of(999_999, "2026-11", 1, classes(1)),
                GenerationProgress.NONE)).isInstanceOf(RuleViolation.class).hasMessage("组卷方案不存在：999999");
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void a_used_blueprint_cannot_be_deleted() {
        long blueprintId = blueprint("已使用");
        service().generate(BUILDER, GenerationRequest.of(blueprintId, "2026-12", 1, classes(1)), GenerationProgress.NONE);

        assertThatThrownBy(() -> database().bean(BlueprintService.class).deleteBlueprint(BUILDER, blueprintId))
                .isInstanceOf(RuleViolation.class).hasMessage("组卷方案“已使用”已用于生成试卷，不能删除");
    }

    @Test
    void other_roles_are_refused_every_paper_operation() {
        long blueprintId = blueprint("权限");
        GenerationResult result = service().generate(BUILDER, GenerationRequest.of(blueprintId, "2027-01", 1, classes(1)),
                GenerationProgress.NONE);
        long paperId = result.papers().get(0).id();
        long batchId = result.batch().id();
        long before = written();
        for (Caller caller : TestCallers.notPaperBuilders()) {
            assertThatThrownBy(() -> service().generate(caller, GenerationRequest.of(blueprintId, "2027-01", 1, classes(1)),
                    GenerationProgress.NONE)).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service().content(caller, paperId)).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service().report(caller, batchId)).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service().batch(caller, batchId)).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service().listPapers(caller, "2027-01")).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service().listBatchPapers(caller, batchId)).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service().paper(caller, paperId)).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service().discardPaper(caller, paperId)).isInstanceOf(AccessDenied.class);
        }
        assertThat(written()).isEqualTo(before);
        assertThat(service().content(TestCallers.admin(), paperId).questionCount()).isEqualTo(10);
    }
}
