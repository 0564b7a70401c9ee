package cn.kaowu.ui.api;

import cn.kaowu.bank.coverage.CoverageCell;
import cn.kaowu.bank.coverage.CoverageNeed;
import cn.kaowu.bank.coverage.CoverageRequest;
import cn.kaowu.bank.coverage.CoverageResult;
import cn.kaowu.bank.coverage.CoverageService;
import cn.kaowu.bank.duplicates.DuplicateFlag;
import cn.kaowu.bank.duplicates.DuplicatePair;
import cn.kaowu.bank.duplicates.DuplicateService;
import cn.kaowu.bank.exporting.ExportService;
import cn.kaowu.bank.importing.ImportError;
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
import cn.kaowu.bank.item.LegalBasis;
import cn.kaowu.bank.item.SaveResult;
import cn.kaowu.bank.item.Taxonomy;
import cn.kaowu.bank.review.ReviewService;
import cn.kaowu.bank.search.ItemPage;
import cn.kaowu.bank.search.ItemQuery;
import cn.kaowu.bank.search.ItemRow;
import cn.kaowu.bank.search.ItemSearch;
import cn.kaowu.core.identity.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;

/** The question bank: paper builder (and administrator) only; every other role gets 403 from the services. */
@Controller("/api/v1/items")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "题库")
@SerdeImport(ItemPage.class)
@SerdeImport(ItemRow.class)
@SerdeImport(ItemDetail.class)
@SerdeImport(ItemRecord.class)
@SerdeImport(ItemVersion.class)
@SerdeImport(ItemDraft.class)
@SerdeImport(Taxonomy.class)
@SerdeImport(LegalBasis.class)
@SerdeImport(SaveResult.class)
@SerdeImport(DuplicateFlag.class)
@SerdeImport(DuplicatePair.class)
@SerdeImport(FieldChange.class)
@SerdeImport(ImportResult.class)
@SerdeImport(ImportError.class)
@SerdeImport(CoverageRequest.class)
@SerdeImport(CoverageNeed.class)
@SerdeImport(CoverageResult.class)
@SerdeImport(CoverageCell.class)
public class ItemController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ItemSearch search;
    private final ItemService items;
    private final ReviewService review;
    private final ImportService imports;
    private final ExportService exports;
    private final DuplicateService duplicates;
    private final CoverageService coverage;

    public ItemController(ItemSearch search, ItemService items, ReviewService review, ImportService imports,
                          ExportService exports, DuplicateService duplicates, CoverageService coverage) {
        this.search = search;
        this.items = items;
        this.review = review;
        this.imports = imports;
        this.exports = exports;
        this.duplicates = duplicates;
        this.coverage = coverage;
    }

    @Get
    @Operation(summary = "检索试题", description = "按题干关键词与分类筛选，分页；返回总数与各筛选值的计数。")
    public ItemPage search(@Parameter(hidden = true) Caller caller, @QueryValue @Nullable String text,
                           @QueryValue @Nullable ItemType type, @QueryValue @Nullable ItemStatus status,
                           @QueryValue @Nullable String contentArea, @QueryValue @Nullable String industry,
                           @QueryValue @Nullable String category, @QueryValue @Nullable Integer difficulty,
                           @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        return search.search(caller, query(text, type, status, contentArea, industry, category, difficulty, offset, limit));
    }

    @Get("/{id}")
    @Operation(summary = "一道试题（含当前版本）")
    public ItemDetail show(@Parameter(hidden = true) Caller caller, long id) {
        return items.show(caller, id);
    }

    @Get("/{id}/versions")
    @Operation(summary = "试题的全部版本")
    public List<ItemVersion> history(@Parameter(hidden = true) Caller caller, long id) {
        return items.history(caller, id);
    }

    @Get("/{id}/diff")
    @Operation(summary = "两个版本之间的差异")
    public List<FieldChange> diff(@Parameter(hidden = true) Caller caller, long id, @QueryValue int from, @QueryValue int to) {
        return items.diff(caller, id, from, to);
    }

    @Post
    @Operation(summary = "新建试题（草稿）", description = "返回与题库中相似的试题（如有）。")
    public SaveResult create(@Parameter(hidden = true) Caller caller, @Body ItemDraft draft) {
        return items.create(caller, draft);
    }

    @Put("/{id}")
    @Operation(summary = "修改试题（生成新版本）", description = "已用于试卷的版本永不改变。")
    public SaveResult edit(@Parameter(hidden = true) Caller caller, long id, @Body ItemDraft draft) {
        return items.edit(caller, id, draft);
    }

    @Post("/{id}/submit")
    @Operation(summary = "提交审核")
    public ItemRecord submit(@Parameter(hidden = true) Caller caller, long id) {
        return review.submit(caller, id);
    }

    @Post("/{id}/approve")
    @Operation(summary = "审核通过", description = "审核人不能是该版本的作者。")
    public ItemRecord approve(@Parameter(hidden = true) Caller caller, long id) {
        return review.approve(caller, id);
    }

    @Post("/{id}/return")
    @Operation(summary = "退回修改")
    public ItemRecord returnToAuthor(@Parameter(hidden = true) Caller caller, long id, @Body Comment comment) {
        return review.returnToAuthor(caller, id, comment.text());
    }

    @Post("/{id}/retire")
    @Operation(summary = "停用试题")
    public ItemRecord retire(@Parameter(hidden = true) Caller caller, long id, @Body Comment comment) {
        return review.retire(caller, id, comment.text());
    }

    @Post(value = "/import", consumes = {MediaType.APPLICATION_OCTET_STREAM, XLSX,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip"})
    @Operation(summary = "导入试题", description = "请求体为 .xlsx（模板）、.docx（常见中文试题格式）或 QTI 2.1 题包 .zip，文件名放在 X-File-Name 头中。"
            + "全部通过校验才写入；否则 422，errors 中逐行逐列列出问题，不写入任何数据。")
    public HttpResponse<?> importFile(@Parameter(hidden = true) Caller caller,
                                      @Header("X-File-Name") @Nullable String fileName,
                                      @QueryValue(defaultValue = "false") boolean approve, @Body byte[] content) {
        try {
            return HttpResponse.ok(imports.importFile(caller, fileName == null ? "items.xlsx" : fileName,
                    new ByteArrayInputStream(content), approve ? ImportOptions.approved() : ImportOptions.drafts()));
        } catch (ImportRejected rejected) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ImportFailure(rejected.errors()));
        }
    }

    @Get(value = "/template.xlsx", produces = XLSX)
    @Operation(summary = "试题导入模板（.xlsx）")
    public HttpResponse<byte[]> template(@Parameter(hidden = true) Caller caller) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeTemplate(caller, out);
        return Attachments.of(out.toByteArray(), "题库导入模板.xlsx");
    }

    @Get(value = "/export.xlsx", produces = XLSX)
    @Operation(summary = "导出 Excel", description = "可用与检索相同的筛选条件；以 = + - @ 开头的单元格已转义，防止公式注入。")
    public HttpResponse<byte[]> exportXlsx(@Parameter(hidden = true) Caller caller, @QueryValue @Nullable String text,
                                           @QueryValue @Nullable ItemStatus status, @QueryValue @Nullable String contentArea) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportXlsx(caller, query(text, null, status, contentArea, null, null, null, 0, 500), out);
        return Attachments.of(out.toByteArray(), "题库导出.xlsx");
    }

    @Get(value = "/export-qti.zip", produces = "application/zip")
    @Operation(summary = "导出 QTI 2.1 题包", description = "IMS 内容包（imsmanifest.xml + 每题一个 assessmentItem），可导入 TAO、Moodle、OpenOLAT。")
    public HttpResponse<byte[]> exportQti(@Parameter(hidden = true) Caller caller, @QueryValue @Nullable String text,
                                          @QueryValue @Nullable ItemStatus status, @QueryValue @Nullable String contentArea) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportQti(caller, query(text, null, status, contentArea, null, null, null, 0, 500), out);
        return Attachments.of(out.toByteArray(), "题库-QTI21.zip");
    }

    @Get("/duplicates")
    @Operation(summary = "全库相似题报告")
    public List<DuplicatePair> duplicates(@Parameter(hidden = true) Caller caller) {
        return duplicates.report(caller);
    }

    @Post("/coverage")
    @Operation(summary = "覆盖矩阵", description = "按方案草稿每格所需题数，给出题库可用数与在重复率上限下可支撑的试卷份数。")
    public CoverageResult coverage(@Parameter(hidden = true) Caller caller, @Body CoverageRequest request) {
        return coverage.coverage(caller, request);
    }

    private static ItemQuery query(String text, ItemType type, ItemStatus status, String contentArea, String industry,
                                   String category, Integer difficulty, int offset, int limit) {
        return new ItemQuery(text, type == null ? Set.of() : Set.of(type), status == null ? Set.of() : Set.of(status),
                contentArea == null ? Set.of() : Set.of(contentArea), industry == null ? Set.of() : Set.of(industry),
                category == null ? Set.of() : Set.of(category), difficulty == null ? Set.of() : Set.of(difficulty),
                null, null, null, null, ItemQuery.Sort.ID, true, offset, limit);
    }

    /** A reason for returning or retiring an item. */
    @Serdeable
    public record Comment(String text) {
    }

    /** An import refused, with every row's and column's problem. */
    @Serdeable
    public record ImportFailure(List<ImportError> errors) {
    }
}
