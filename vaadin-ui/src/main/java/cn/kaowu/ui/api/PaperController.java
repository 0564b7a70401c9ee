package cn.kaowu.ui.api;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.paper.assembly.CellAvailability;
import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.BlueprintCell;
import cn.kaowu.paper.blueprint.BlueprintService;
import cn.kaowu.paper.blueprint.DifficultyTarget;
import cn.kaowu.paper.generation.ClassesToExamine;
import cn.kaowu.paper.generation.GenerationBatch;
import cn.kaowu.paper.generation.GenerationProgress;
import cn.kaowu.paper.generation.GenerationReport;
import cn.kaowu.paper.generation.GenerationRequest;
import cn.kaowu.paper.generation.GenerationResult;
import cn.kaowu.paper.generation.PaperGenerationService;
import cn.kaowu.paper.generation.PaperSummary;
import cn.kaowu.paper.printing.PaperPrintService;
import cn.kaowu.paper.sealing.PaperSealingService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * Blueprints, generation, sealing and the paper PDFs: the paper builder only (the services
 * refuse every other role with 403). The answer key is for the paper builder alone.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "组卷：方案、生成、封卷与打印")
@SerdeImport(Blueprint.class)
@SerdeImport(BlueprintCell.class)
@SerdeImport(DifficultyTarget.class)
@SerdeImport(CellAvailability.class)
@SerdeImport(GenerationResult.class)
@SerdeImport(GenerationBatch.class)
@SerdeImport(GenerationReport.class)
@SerdeImport(GenerationReport.PaperDifficulty.class)
@SerdeImport(PaperSummary.class)
@SerdeImport(PaperSealingService.SealCheck.class)
public class PaperController {

    private final BlueprintService blueprints;
    private final PaperGenerationService generation;
    private final ClassesToExamine classes;
    private final PaperSealingService sealing;
    private final PaperPrintService printing;

    public PaperController(BlueprintService blueprints, PaperGenerationService generation, ClassesToExamine classes,
                           PaperSealingService sealing, PaperPrintService printing) {
        this.blueprints = blueprints;
        this.generation = generation;
        this.classes = classes;
        this.sealing = sealing;
        this.printing = printing;
    }

    @Get("/blueprints")
    @Operation(summary = "组卷方案列表")
    public List<Blueprint> blueprints(@Parameter(hidden = true) Caller caller) {
        return blueprints.listBlueprints(caller);
    }

    @Post("/blueprints")
    @Operation(summary = "新建组卷方案", description = "校验题数、分值合计、及格分与难度区间；不符合时返回 422 并列出全部原因。")
    public Blueprint create(@Parameter(hidden = true) Caller caller, @Body Blueprint draft) {
        return blueprints.createBlueprint(caller, draft);
    }

    @Put("/blueprints/{id}")
    @Operation(summary = "修改组卷方案", description = "已用于生成试卷的方案不能修改。")
    public Blueprint update(@Parameter(hidden = true) Caller caller, long id, @Body Blueprint draft) {
        return blueprints.updateBlueprint(caller, id, draft);
    }

    @Get("/blueprints/{id}/check")
    @Operation(summary = "对照题库检查组卷方案", description = "每个题型×内容领域（×难度）格：每卷所需、题库可用、N 份试卷在重复率上限下所需。")
    public List<CellAvailability> check(@Parameter(hidden = true) Caller caller, long id,
                                        @QueryValue @Nullable String industry, @QueryValue @Nullable String category,
                                        @QueryValue(defaultValue = "1") int papers,
                                        @QueryValue(defaultValue = "0.2") double overlapCap) {
        return blueprints.checkAgainstBank(caller, id, industry, category, papers, overlapCap);
    }

    @Post("/papers/generate")
    @Operation(summary = "按班次生成试卷", description = "每个班次一份试卷（按班次单独出卷），同一种子可复现；不可行时返回 422，指出缺题的格与数量。")
    public GenerationResult generate(@Parameter(hidden = true) Caller caller, @Body @Valid GenerateRequest request) {
        GenerationRequest generationRequest = new GenerationRequest(request.blueprintId(), request.period(),
                request.seed() == null ? System.nanoTime() : request.seed(),
                request.overlapCap() == null ? 0.2 : request.overlapCap(),
                request.examName() == null ? GenerationRequest.DEFAULT_EXAM_NAME : request.examName(),
                Boolean.TRUE.equals(request.shuffleOptions()),
                classes.of(caller, request.classIds(), Boolean.TRUE.equals(request.resit())));
        return generation.generate(caller, generationRequest, GenerationProgress.NONE);
    }

    @Get("/papers")
    @Operation(summary = "试卷列表（按考试周期）")
    public List<PaperSummary> papers(@Parameter(hidden = true) Caller caller, @QueryValue String period) {
        return generation.listPapers(caller, period);
    }

    @Get("/papers/{id}")
    @Operation(summary = "一份试卷的概要")
    public PaperSummary paper(@Parameter(hidden = true) Caller caller, long id) {
        return generation.paper(caller, id);
    }

    @Get("/batches/{id}/report")
    @Operation(summary = "生成报告", description = "实际最大两两重复题数、曝光直方图、每份试卷难度与目标区间。")
    public GenerationReport report(@Parameter(hidden = true) Caller caller, long id) {
        return generation.report(caller, id);
    }

    @Post("/papers/{id}/seal")
    @Operation(summary = "封卷", description = "加密存储试卷内容（AES-GCM），记录 SHA-256；封卷后不可修改或重新生成。")
    public SealResponse seal(@Parameter(hidden = true) Caller caller, long id) {
        return new SealResponse(id, sealing.seal(caller, id));
    }

    @Get("/papers/{id}/seal")
    @Operation(summary = "校验封卷哈希")
    public PaperSealingService.SealCheck verifySeal(@Parameter(hidden = true) Caller caller, long id) {
        return sealing.verify(caller, id);
    }

    @Get(value = "/papers/{id}/paper.pdf", produces = "application/pdf")
    @Operation(summary = "试卷 PDF")
    public HttpResponse<byte[]> paperPdf(@Parameter(hidden = true) Caller caller, long id) {
        return pdf(printing.paper(caller, id));
    }

    @Get(value = "/papers/{id}/answer-sheet.pdf", produces = "application/pdf")
    @Operation(summary = "答题卡 PDF")
    public HttpResponse<byte[]> answerSheetPdf(@Parameter(hidden = true) Caller caller, long id) {
        return pdf(printing.answerSheet(caller, id));
    }

    @Get(value = "/papers/{id}/answer-key.pdf", produces = "application/pdf")
    @Operation(summary = "参考答案及解析 PDF", description = "仅出卷人可下载（系统管理员亦不可）。")
    public HttpResponse<byte[]> answerKeyPdf(@Parameter(hidden = true) Caller caller, long id) {
        return pdf(printing.answerKey(caller, id));
    }

    private static HttpResponse<byte[]> pdf(PaperPrintService.Printed printed) {
        return Attachments.of(printed.pdf(), printed.fileName());
    }

    /** What to generate: a blueprint, a period, the classes. */
    @Serdeable
    public record GenerateRequest(@NotNull Long blueprintId, @NotNull String period, @NotEmpty List<Long> classIds,
                                  @Nullable Long seed, @Nullable Double overlapCap, @Nullable String examName,
                                  @Nullable Boolean shuffleOptions, @Nullable Boolean resit) {
    }

    /** The seal hash of a sealed paper. */
    @Serdeable
    public record SealResponse(long paperId, String sealSha256) {
    }
}
