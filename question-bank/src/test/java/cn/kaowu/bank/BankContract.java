package cn.kaowu.bank;

import cn.kaowu.bank.coverage.CoverageCell;
import cn.kaowu.bank.coverage.CoverageNeed;
import cn.kaowu.bank.coverage.CoverageRequest;
import cn.kaowu.bank.coverage.CoverageService;
import cn.kaowu.bank.duplicates.DuplicatePair;
import cn.kaowu.bank.duplicates.DuplicateService;
import cn.kaowu.bank.exporting.ExportService;
import cn.kaowu.bank.importing.ImportOptions;
import cn.kaowu.bank.importing.ImportRejected;
import cn.kaowu.bank.importing.ImportResult;
import cn.kaowu.bank.importing.ImportService;
import cn.kaowu.bank.item.FieldChange;
import cn.kaowu.bank.item.ItemDetail;
import cn.kaowu.bank.item.ItemDraft;
import cn.kaowu.bank.item.ItemRecord;
import cn.kaowu.bank.item.ItemService;
import cn.kaowu.bank.item.ItemStatus;
import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.item.ItemVersion;
import cn.kaowu.bank.item.Samples;
import cn.kaowu.bank.item.SaveResult;
import cn.kaowu.bank.item.Taxonomy;
import cn.kaowu.bank.item.VersionRef;
import cn.kaowu.bank.pool.ItemPoolService;
import cn.kaowu.bank.pool.PoolItem;
import cn.kaowu.bank.review.ReviewService;
import cn.kaowu.bank.search.ItemPage;
import cn.kaowu.bank.search.ItemQuery;
import cn.kaowu.bank.search.ItemSearch;
import cn.kaowu.bank.synthetic.SyntheticBank;
import cn.kaowu.bank.synthetic.SyntheticBankWriter;
import cn.kaowu.bank.template.RawItem;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.testing.TestCallers;
import cn.kaowu.core.testing.TestDatabase;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The question bank's services on a real database; run on H2 and on MariaDB. */
abstract class BankContract {

    private static final Caller AUTHOR = TestCallers.paperBuilder();
    private static final Caller REVIEWER = TestCallers.admin();

    abstract TestDatabase database();

    private <T> T bean(Class<T> type) {
        return database().bean(type);
    }

    /** A stem no other test uses (a random tag makes it unlike every other stem). */
    private static String stem(String text) {
        String tag = UUID.randomUUID().toString().replace("-", "");
        return text + "（编号" + tag + "）";
    }

    private long activeItem(ItemDraft draft) {
        long id = bean(ItemService.class).create(AUTHOR, draft).itemId();
        bean(ReviewService.class).submit(AUTHOR, id);
        bean(ReviewService.class).approve(REVIEWER, id);
        return id;
    }

    private long auditCount(String action, String detailLike) {
        JdbcOperations jdbc = bean(JdbcOperations.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = bean(TransactionOperations.class);
        return tx.executeRead(status -> jdbc.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE action = ? AND detail LIKE ?", s -> {
                    s.setString(1, action);
                    s.setString(2, detailLike);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
    }

    private long itemCount() {
        JdbcOperations jdbc = bean(JdbcOperations.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = bean(TransactionOperations.class);
        return tx.executeRead(status -> jdbc.prepareStatement("SELECT COUNT(*) FROM item_version", s -> {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    // ----- items and versions

    @Test
    void a_new_item_is_a_draft_at_version_one_and_is_audited() {
        long before = auditCount("item.create", "%");
        SaveResult saved = bean(ItemService.class).create(AUTHOR, Samples.single(stem("新建的单选题")));
        ItemDetail detail = bean(ItemService.class).show(AUTHOR, saved.itemId());
        assertThat(saved.version()).isEqualTo(1);
        assertThat(detail.item().status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(detail.item().activeVersion()).isNull();
        assertThat(detail.latest().content().options()).hasSize(4);
        assertThat(auditCount("item.create", "%")).isEqualTo(before + 1);
    }

    @Test
    void editing_an_active_item_makes_a_new_version_while_the_approved_one_stays_in_use() {
        ItemDraft original = Samples.single(stem("主要负责人对安全生产工作负什么责任"));
        long id = activeItem(original);
        ItemDraft changed = new ItemDraft(original.type(), original.stem() + "？", original.options(), "B",
                "改过的解析", original.points(), original.taxonomy());

        SaveResult saved = bean(ItemService.class).edit(AUTHOR, id, changed);

        assertThat(saved.version()).isEqualTo(2);
        ItemDetail detail = bean(ItemService.class).show(AUTHOR, id);
        assertThat(detail.item().status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(detail.item().activeVersion()).isEqualTo(1);
        assertThat(bean(ItemPoolService.class).activeItems(AUTHOR, null, null))
                .filteredOn(p -> p.itemId() == id).singleElement().extracting(PoolItem::version).isEqualTo(1);
        ItemVersion pinned = bean(ItemPoolService.class).loadVersions(AUTHOR, List.of(new VersionRef(id, 1))).get(0);
        assertThat(pinned.content().key()).isEqualTo("A");
        assertThat(bean(ItemService.class).history(AUTHOR, id)).extracting(ItemVersion::version).containsExactly(1, 2);
        assertThat(bean(ItemService.class).diff(AUTHOR, id, 1, 2)).extracting(FieldChange::label)
                .containsExactly("题干", "答案", "解析");
    }

    @Test
    void an_invalid_item_is_refused_with_every_reason_and_nothing_is_written() {
        long before = itemCount();
        ItemDraft bad = new ItemDraft(ItemType.MULTIPLE_CHOICE, " ", List.of("甲", "乙", "丙", "丁"), "F", "", 2,
                Samples.multiple("x").taxonomy());
        assertThatThrownBy(() -> bean(ItemService.class).create(AUTHOR, bad))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).reasons())
                        .containsExactly("题干：不能为空", "答案：答案中的选项F不存在", "答案：多选题至少两个正确选项"));
        assertThat(itemCount()).isEqualTo(before);
    }

    @Test
    void a_measured_p_value_is_kept_on_the_exact_version_and_reaches_the_pool() {
        long id = activeItem(Samples.single(stem("实测通过率")));
        bean(ItemService.class).recordPValues(AUTHOR, java.util.Map.of(new VersionRef(id, 1), 0.8125));
        assertThat(bean(ItemPoolService.class).activeItems(AUTHOR, null, null))
                .filteredOn(p -> p.itemId() == id).singleElement().extracting(PoolItem::pValue).isEqualTo(0.8125);
        assertThatThrownBy(() -> bean(ItemService.class).recordPValues(AUTHOR,
                java.util.Map.of(new VersionRef(id, 1), 1.5)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("应在0至1之间");
    }

    @Test
    void html_in_a_stem_is_stored_as_text_exactly_as_given() {
        String stem = stem("<b>加粗</b><script>alert(1)</script>");
        long id = bean(ItemService.class).create(AUTHOR, Samples.trueFalse(stem)).itemId();
        assertThat(bean(ItemService.class).show(AUTHOR, id).latest().content().stem()).isEqualTo(stem);
    }

    @Test
    void saving_a_near_duplicate_returns_the_similar_item() {
        String text = stem("从业人员发现直接危及人身安全的紧急情况时有权停止作业或者在采取可能的应急措施后撤离作业场所");
        long first = bean(ItemService.class).create(AUTHOR, Samples.trueFalse(text)).itemId();
        SaveResult second = bean(ItemService.class).create(AUTHOR, Samples.trueFalse(text + "。"));
        assertThat(second.similar()).anySatisfy(flag -> assertThat(flag.similarItemId()).isEqualTo(first));
        List<DuplicatePair> report = bean(DuplicateService.class).report(AUTHOR);
        assertThat(report).anySatisfy(p -> assertThat(Set.of(p.firstItemId(), p.secondItemId()))
                .containsExactlyInAnyOrder(first, second.itemId()));
    }

    // ----- review

    @Test
    void the_author_may_not_approve_their_own_item() {
        long id = bean(ItemService.class).create(AUTHOR, Samples.single(stem("作者自审"))).itemId();
        bean(ReviewService.class).submit(AUTHOR, id);
        assertThatThrownBy(() -> bean(ReviewService.class).approve(AUTHOR, id))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("审核人不能是作者");
        assertThat(bean(ItemService.class).show(AUTHOR, id).item().status()).isEqualTo(ItemStatus.SUBMITTED);
    }

    @Test
    void returning_an_item_needs_a_comment_and_the_author_can_resubmit() {
        long id = bean(ItemService.class).create(AUTHOR, Samples.single(stem("退回修改"))).itemId();
        bean(ReviewService.class).submit(AUTHOR, id);
        assertThatThrownBy(() -> bean(ReviewService.class).returnToAuthor(REVIEWER, id, " "))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("须填写退回意见");
        ItemRecord returned = bean(ReviewService.class).returnToAuthor(REVIEWER, id, "选项C表述不清");
        assertThat(returned.status()).isEqualTo(ItemStatus.RETURNED);
        assertThat(bean(ItemService.class).show(AUTHOR, id).item().reviewComment()).isEqualTo("选项C表述不清");
        assertThat(bean(ReviewService.class).submit(AUTHOR, id).status()).isEqualTo(ItemStatus.SUBMITTED);
    }

    @Test
    void a_submitted_item_cannot_be_edited_until_reviewed() {
        ItemDraft draft = Samples.single(stem("提交后修改"));
        long id = bean(ItemService.class).create(AUTHOR, draft).itemId();
        bean(ReviewService.class).submit(AUTHOR, id);
        assertThatThrownBy(() -> bean(ItemService.class).edit(AUTHOR, id, draft))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已提交审核");
    }

    @Test
    void bulk_approval_is_all_or_nothing() {
        long good = bean(ItemService.class).create(AUTHOR, Samples.single(stem("批量一"))).itemId();
        long notSubmitted = bean(ItemService.class).create(AUTHOR, Samples.single(stem("批量二"))).itemId();
        bean(ReviewService.class).submit(AUTHOR, good);
        assertThatThrownBy(() -> bean(ReviewService.class).approveAll(REVIEWER, List.of(good, notSubmitted)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("只有待审核的试题可以通过");
        assertThat(bean(ItemService.class).show(AUTHOR, good).item().status()).isEqualTo(ItemStatus.SUBMITTED);
        bean(ReviewService.class).submit(AUTHOR, notSubmitted);
        assertThat(bean(ReviewService.class).approveAll(REVIEWER, List.of(good, notSubmitted)))
                .extracting(ItemRecord::status).containsOnly(ItemStatus.ACTIVE);
    }

    @Test
    void a_retired_item_leaves_the_pool_but_its_pinned_version_still_loads() {
        long id = activeItem(Samples.single(stem("停用的题")));
        bean(ReviewService.class).retire(AUTHOR, id, "法规已修订");
        assertThat(bean(ItemPoolService.class).activeItems(AUTHOR, null, null)).noneMatch(p -> p.itemId() == id);
        assertThat(bean(ItemPoolService.class).loadVersions(AUTHOR, List.of(new VersionRef(id, 1)))).hasSize(1);
        assertThatThrownBy(() -> bean(ItemPoolService.class).requireUsable(AUTHOR, List.of(new VersionRef(id, 1))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("只有已启用的试题可以组卷");
    }

    @Test
    void only_active_items_that_fit_the_class_are_in_the_pool() {
        long mining = activeItem(Samples.multiple(stem("矿山班组长的多选题")));
        long draft = bean(ItemService.class).create(AUTHOR, Samples.multiple(stem("草稿多选题"))).itemId();
        List<PoolItem> miningLeaders = bean(ItemPoolService.class).activeItems(AUTHOR, "MINING", "TEAM_LEADER");
        List<PoolItem> chemicalsLeaders = bean(ItemPoolService.class).activeItems(AUTHOR, "HAZARDOUS_CHEMICALS", "TEAM_LEADER");
        assertThat(miningLeaders).anyMatch(p -> p.itemId() == mining).noneMatch(p -> p.itemId() == draft);
        assertThat(chemicalsLeaders).noneMatch(p -> p.itemId() == mining);
        PoolItem item = miningLeaders.stream().filter(p -> p.itemId() == mining).findFirst().orElseThrow();
        assertThat(item.industries()).containsExactly("MINING", "MACHINERY");
        assertThat(item.contentArea()).isEqualTo("ACCIDENT");
        assertThat(item.difficulty()).isEqualTo(3);
    }

    // ----- import and export

    private static RawItem row(ItemType type, String stem, List<String> options, String answer) {
        return new RawItem("", type, stem, options, answer, "解析", "法律法规", "矿山、危险化学品", "班组长", "3",
                "《安全生产法》第二十一条", "知识点", "测试", "", "李四");
    }

    @Test
    void an_import_with_bad_rows_reports_each_by_sheet_row_and_column_and_writes_nothing() {
        long before = itemCount();
        List<RawItem> rows = List.of(
                row(ItemType.SINGLE_CHOICE, stem("好的单选"), List.of("甲", "乙", "丙", "丁"), "A"),
                row(ItemType.SINGLE_CHOICE, stem("答案越界"), List.of("甲", "乙", "丙", "丁"), "E"),
                row(ItemType.MULTIPLE_CHOICE, stem("只有一个答案"), List.of("甲", "乙", "丙", "丁"), "B"),
                row(ItemType.TRUE_FALSE, stem("缺答案"), List.of(), ""));
        assertThatThrownBy(() -> bean(ImportService.class).importFile(AUTHOR, "bad.xlsx", BankFiles.xlsx(rows),
                ImportOptions.drafts()))
                .isInstanceOf(ImportRejected.class)
                .satisfies(e -> assertThat(((ImportRejected) e).reasons()).containsExactly(
                        "单选题 第3行 答案：答案中的选项E不存在",
                        "多选题 第2行 答案：多选题至少两个正确选项",
                        "判断题 第2行 答案：缺少答案"));
        assertThat(itemCount()).isEqualTo(before);
    }

    @Test
    void a_true_false_row_with_options_is_refused() {
        InputStream file = BankFiles.sheet("判断题", List.of(
                List.of("题干", "选项A", "选项B", "答案", "内容领域", "适用行业", "人员类别", "难度"),
                List.of(stem("判断带选项"), "对", "错", "正确", "法律法规", "全部", "全部", "1")));
        assertThatThrownBy(() -> bean(ImportService.class).importFile(AUTHOR, "tf.xlsx", file, ImportOptions.drafts()))
                .isInstanceOf(ImportRejected.class)
                .satisfies(e -> assertThat(((ImportRejected) e).reasons()).containsExactly("判断题 第2行 选项：判断题不应有选项"));
    }

    @Test
    void a_workbook_without_the_template_sheets_is_refused() {
        InputStream file = BankFiles.sheet("Sheet1", List.of(List.of("题目", "答案"), List.of("什么", "A")));
        assertThatThrownBy(() -> bean(ImportService.class).importFile(AUTHOR, "other.xlsx", file, ImportOptions.drafts()))
                .isInstanceOf(ImportRejected.class).hasMessageContaining("未找到工作表“单选题”“多选题”或“判断题”");
    }

    @Test
    void unknown_names_of_reference_data_are_reported_by_column() {
        RawItem unknown = new RawItem("", ItemType.TRUE_FALSE, stem("未知行业"), List.of(), "错误", "", "天文学",
                "航天", "全部", "三", "", "", "", "", "");
        assertThatThrownBy(() -> bean(ImportService.class).importFile(AUTHOR, "x.xlsx", BankFiles.xlsx(List.of(unknown)),
                ImportOptions.drafts()))
                .isInstanceOf(ImportRejected.class)
                .satisfies(e -> assertThat(((ImportRejected) e).reasons()).containsExactly(
                        "判断题 第2行 内容领域：未知的内容领域“天文学”", "判断题 第2行 适用行业：未知的适用行业“航天”",
                        "判断题 第2行 难度：应为1至5的整数"));
    }

    @Test
    void an_approved_import_makes_items_active_and_is_audited_as_approved_by_import() {
        long audited = auditCount("item.import", "%approved-by-import%");
        List<RawItem> rows = List.of(
                row(ItemType.SINGLE_CHOICE, stem("导入单选"), List.of("甲", "乙", "丙", "丁"), "c"),
                row(ItemType.MULTIPLE_CHOICE, stem("导入多选"), List.of("甲", "乙", "丙", "丁", "戊"), "A、E"),
                row(ItemType.TRUE_FALSE, stem("导入判断"), List.of(), "×"));
        ImportResult result = bean(ImportService.class).importFile(AUTHOR, "ok.xlsx", BankFiles.xlsx(rows),
                ImportOptions.approved());
        assertThat(result.count()).isEqualTo(3);
        assertThat(result.status()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(result.locations()).containsExactly("单选题 第2行", "多选题 第2行", "判断题 第2行");
        List<ItemVersion> loaded = bean(ItemPoolService.class).loadVersions(AUTHOR,
                result.itemIds().stream().map(id -> new VersionRef(id, 1)).toList());
        assertThat(loaded).extracting(v -> v.content().key()).containsExactly("C", "AE", "错误");
        assertThat(loaded.get(0).content().taxonomy().industries()).containsExactly("MINING", "HAZARDOUS_CHEMICALS");
        assertThat(loaded.get(0).content().taxonomy().categories()).containsExactly("TEAM_LEADER");
        assertThat(loaded.get(1).content().points()).isEqualTo(ItemType.MULTIPLE_CHOICE.defaultPoints());
        assertThat(auditCount("item.import", "%approved-by-import%")).isEqualTo(audited + 1);
    }

    @Test
    void a_docx_in_the_usual_layout_imports_as_drafts() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        InputStream docx = BankFiles.docx(List.of("一、单选题",
                "1. 生产经营单位应当对从业人员进行安全生产教育培训" + tag + "（　）。",
                "A．保证其具备必要的安全生产知识", "B．仅限新员工", "C．可以不培训", "D．由员工自学",
                "答案：A", "解析：见《安全生产法》第二十八条。",
                "二、判断题", "2、劳动防护用品可以用现金代替发放" + tag + "。", "答案：错误"));
        ImportResult result = bean(ImportService.class).importFile(AUTHOR, "题目.docx", docx,
                ImportOptions.drafts().withDefaults("法律法规", "全部", "全部", 2));
        assertThat(result.locations()).containsExactly("第1题", "第2题");
        assertThat(result.status()).isEqualTo(ItemStatus.DRAFT);
        ItemDetail first = bean(ItemService.class).show(AUTHOR, result.itemIds().get(0));
        assertThat(first.latest().content().options()).hasSize(4);
        assertThat(first.latest().content().taxonomy().industries()).containsExactly(Taxonomy.ALL);
    }

    @Test
    void a_docx_item_without_an_answer_is_reported_by_its_number() {
        InputStream docx = BankFiles.docx(List.of("一、判断题", "22. 有答案的题" + UUID.randomUUID() + "。", "答案：正确",
                "23. 没有答案的题" + UUID.randomUUID() + "。"));
        assertThatThrownBy(() -> bean(ImportService.class).importFile(AUTHOR, "缺答案.docx", docx,
                ImportOptions.drafts().withDefaults("法律法规", "全部", "全部", 2)))
                .isInstanceOf(ImportRejected.class)
                .satisfies(e -> assertThat(((ImportRejected) e).reasons()).containsExactly("第23题 答案：缺少答案"));
    }

    private ItemQuery bySource(String source) {
        return ItemQuery.all(0, 500).withSource(source).sortedBy(ItemQuery.Sort.ID, false);
    }

    private List<ItemDraft> contentOf(ItemQuery query) {
        List<VersionRef> refs = bean(ItemSearch.class).matchingVersions(AUTHOR, query);
        return bean(ItemPoolService.class).loadVersions(AUTHOR, refs).stream().map(ItemVersion::content).toList();
    }

    private List<ItemDraft> seedTagged(String source, int count, long seed) {
        List<ItemDraft> drafts = SyntheticBank.withDefaultCodes(seed).items(count).stream()
                .map(d -> new ItemDraft(d.type(), d.stem(), d.options(), d.key(), d.explanation(), d.points(),
                        new Taxonomy(d.taxonomy().contentArea(), d.taxonomy().industries(), d.taxonomy().categories(),
                                d.taxonomy().difficulty(), d.taxonomy().legalBasis(), d.taxonomy().knowledgePoint(),
                                source, d.taxonomy().author())))
                .toList();
        bean(SyntheticBankWriter.class).persist(AUTHOR, drafts, true);
        return drafts;
    }

    @Test
    void xlsx_export_then_import_gives_the_same_items() {
        String source = "往返" + UUID.randomUUID().toString().substring(0, 8);
        List<ItemDraft> original = seedTagged(source, 30, 11);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        assertThat(bean(ExportService.class).exportXlsx(AUTHOR, bySource(source), xlsx)).isEqualTo(30);
        for (VersionRef ref : bean(ItemSearch.class).matchingVersions(AUTHOR, bySource(source))) {
            bean(ReviewService.class).retire(AUTHOR, ref.itemId(), "往返测试");
        }
        ImportResult result = bean(ImportService.class).importFile(AUTHOR, "export.xlsx",
                new ByteArrayInputStream(xlsx.toByteArray()), ImportOptions.drafts());
        List<ItemDraft> imported = bean(ItemPoolService.class).loadVersions(AUTHOR,
                result.itemIds().stream().map(id -> new VersionRef(id, 1)).toList()).stream().map(ItemVersion::content).toList();
        assertThat(imported).containsExactlyInAnyOrderElementsOf(original);
    }

    @Test
    void qti_export_then_import_gives_the_same_items() {
        String source = "QTI" + UUID.randomUUID().toString().substring(0, 8);
        List<ItemDraft> original = seedTagged(source, 30, 12);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        assertThat(bean(ExportService.class).exportQti(AUTHOR, bySource(source), zip)).isEqualTo(30);
        for (VersionRef ref : bean(ItemSearch.class).matchingVersions(AUTHOR, bySource(source))) {
            bean(ReviewService.class).retire(AUTHOR, ref.itemId(), "往返测试");
        }
        ImportResult result = bean(ImportService.class).importFile(AUTHOR, "export.zip",
                new ByteArrayInputStream(zip.toByteArray()), ImportOptions.drafts());
        assertThat(result.count()).isEqualTo(30);
        List<ItemDraft> imported = bean(ItemPoolService.class).loadVersions(AUTHOR,
                result.itemIds().stream().map(id -> new VersionRef(id, 1)).toList()).stream().map(ItemVersion::content).toList();
        assertThat(imported).containsExactlyElementsOf(original);
    }

    @Test
    void exported_cells_that_would_run_as_formulas_are_prefixed_with_an_apostrophe() throws IOException {
        String source = "公式" + UUID.randomUUID().toString().substring(0, 8);
        ItemDraft formula = new ItemDraft(ItemType.SINGLE_CHOICE, "=HYPERLINK(\"http://x\",\"点我\")" + source,
                List.of("+1", "-1", "@SUM(A1)", "0"), "A", "=1+1", 1,
                new Taxonomy("LAW", List.of(Taxonomy.ALL), List.of(Taxonomy.ALL), 1, null, "", source, ""));
        bean(ItemService.class).create(AUTHOR, formula);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        bean(ExportService.class).exportXlsx(AUTHOR, bySource(source), xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Row row = workbook.findSheet("单选题").orElseThrow().read().get(1);
            assertThat(row.getCellText(0)).startsWith("'=HYPERLINK");
            assertThat(row.getCellText(1)).isEqualTo("'+1");
            assertThat(row.getCellText(2)).isEqualTo("'-1");
            assertThat(row.getCellText(3)).isEqualTo("'@SUM(A1)");
            assertThat(row.getCellText(6)).isEqualTo("'=1+1");
        }
        assertThat(contentOf(bySource(source))).containsExactly(formula);
    }

    @Test
    void a_malformed_xlsx_is_refused_with_a_clear_message() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<这不是工作簿".getBytes(Charset.forName("UTF-8")));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> bean(ImportService.class).importFile(AUTHOR, "坏.xlsx",
                new ByteArrayInputStream(bytes.toByteArray()), ImportOptions.drafts()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("文件已损坏或不是有效的.xlsx文件");
    }

    @Test
    void a_csv_in_gbk_is_refused_saying_which_formats_are_accepted() {
        byte[] gbk = "题型,题干,答案\n单选题,安全生产法的目的是什么,A\n".getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> bean(ImportService.class).importFile(AUTHOR, "题库.csv",
                new ByteArrayInputStream(gbk), ImportOptions.drafts()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("仅支持 .xlsx（试题导入模板）、.docx（Word 试题）或 QTI 2.1 试题包（.zip）");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_parsing() {
        long limit = bean(ImportService.class).maxBytes();
        InputStream huge = new InputStream() {
            private long left = limit + 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                left -= n;
                return n;
            }
        };
        assertThatThrownBy(() -> bean(ImportService.class).importFile(AUTHOR, "50MB.xlsx", huge, ImportOptions.drafts()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("文件超过20 MB");
    }

    // ----- search, coverage

    @Test
    void search_filters_pages_and_counts_facets() {
        String source = "检索" + UUID.randomUUID().toString().substring(0, 8);
        List<ItemDraft> seeded = seedTagged(source, 40, 13);
        ItemQuery query = bySource(source).page(0, 10);
        ItemPage page = bean(ItemSearch.class).search(AUTHOR, query);
        assertThat(page.total()).isEqualTo(40);
        assertThat(page.rows()).hasSize(10);
        long singles = seeded.stream().filter(d -> d.type() == ItemType.SINGLE_CHOICE).count();
        assertThat(page.facets().get("type").get("SINGLE_CHOICE")).isEqualTo(singles);
        assertThat(page.facets().get("status")).containsEntry("ACTIVE", 40L);
        long lawItems = seeded.stream().filter(d -> d.taxonomy().contentArea().equals("LAW")).count();
        ItemPage law = bean(ItemSearch.class).search(AUTHOR, query.withContentAreas(Set.of("LAW")));
        assertThat(law.total()).isEqualTo(lawItems);
        assertThat(law.facets().get("contentArea").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(40);
        long mining = seeded.stream().filter(d -> d.taxonomy().fits("MINING", "PRINCIPAL")).count();
        assertThat(bean(ItemSearch.class).search(AUTHOR, query.withIndustries(Set.of("MINING"))
                .withCategories(Set.of("PRINCIPAL"))).total()).isEqualTo(mining);
        String part = seeded.get(5).stem().substring(3, 12);
        assertThat(bean(ItemSearch.class).search(AUTHOR, query.withText(part)).rows())
                .anySatisfy(r -> assertThat(r.stem()).contains(part));
    }

    @Test
    void a_grid_page_reads_the_same_rows_as_the_full_search_without_facets() {
        ItemQuery page = ItemQuery.all(0, 7).withContentAreas(Set.of("LAW"));
        assertThat(bean(ItemSearch.class).rows(AUTHOR, page))
                .containsExactlyElementsOf(bean(ItemSearch.class).search(AUTHOR, page).rows());
    }

    @Test
    void coverage_counts_active_items_per_cell_and_marks_thin_cells() {
        CoverageRequest request = new CoverageRequest("FIREWORKS", "PRINCIPAL", List.of(
                new CoverageNeed(ItemType.TRUE_FALSE, "WARNING", 4, 2),
                new CoverageNeed(ItemType.SINGLE_CHOICE, "POLICY", 5, 1000)), 0.2, 3);
        CoverageCell before = bean(CoverageService.class).coverage(AUTHOR, request).cells().get(0);
        Taxonomy fireworks = new Taxonomy("WARNING", List.of("FIREWORKS"), List.of("PRINCIPAL"), 4, null, "", "", "");
        List<ItemDraft> drafts = new ArrayList<>();
        SyntheticBank synthetic = SyntheticBank.withDefaultCodes(99);
        for (int i = 0; i < 6; i++) {
            ItemDraft d = synthetic.item(ItemType.TRUE_FALSE);
            drafts.add(new ItemDraft(d.type(), d.stem(), List.of(), d.key(), "", 1, fireworks));
        }
        bean(SyntheticBankWriter.class).persist(AUTHOR, drafts, true);
        var result = bean(CoverageService.class).coverage(AUTHOR, request);
        CoverageCell cell = result.cells().get(0);
        assertThat(cell.available()).isEqualTo(before.available() + 6);
        assertThat(cell.papersSupported()).isEqualTo(1 + (cell.available() - 2) / 2);
        assertThat(result.cells().get(1).thin()).isTrue();
        assertThat(result.cells().get(1).shortBy()).isPositive();
        assertThat(result.papersSupported()).isZero();
    }
}
