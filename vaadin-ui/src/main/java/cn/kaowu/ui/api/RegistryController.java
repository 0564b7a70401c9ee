package cn.kaowu.ui.api;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.registry.domain.Hours;
import cn.kaowu.core.registry.importing.RosterImportError;
import cn.kaowu.core.registry.importing.RosterTemplate;
import cn.kaowu.core.registry.service.ClassService;
import cn.kaowu.core.registry.service.ClassView;
import cn.kaowu.core.registry.service.EnterpriseView;
import cn.kaowu.core.registry.service.InstitutionService;
import cn.kaowu.core.registry.service.InstitutionView;
import cn.kaowu.core.registry.service.NewInstitution;
import cn.kaowu.core.registry.service.IneligibleCandidate;
import cn.kaowu.core.registry.service.ProjectService;
import cn.kaowu.core.registry.service.ProjectTarget;
import cn.kaowu.core.registry.service.ProjectView;
import cn.kaowu.core.registry.service.RosterEntryView;
import cn.kaowu.core.registry.service.RosterImportResult;
import cn.kaowu.core.registry.service.RosterImportService;
import cn.kaowu.core.registry.service.RosterService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/**
 * Projects, classes and rosters. The services scope every answer: the bureau sees all, an
 * institution only its own, invigilators and candidates are refused (403).
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "登记：培训项目、班次与花名册")
@SerdeImport(InstitutionView.class)
@SerdeImport(NewInstitution.class)
@SerdeImport(EnterpriseView.class)
@SerdeImport(ProjectView.class)
@SerdeImport(ProjectTarget.class)
@SerdeImport(ClassView.class)
@SerdeImport(Hours.class)
@SerdeImport(RosterEntryView.class)
@SerdeImport(IneligibleCandidate.class)
@SerdeImport(RosterImportResult.class)
@SerdeImport(RosterImportError.class)
public class RegistryController {

    private final InstitutionService institutions;
    private final ProjectService projects;
    private final ClassService classes;
    private final RosterService rosters;
    private final RosterImportService imports;

    public RegistryController(InstitutionService institutions, ProjectService projects, ClassService classes,
                              RosterService rosters, RosterImportService imports) {
        this.institutions = institutions;
        this.projects = projects;
        this.classes = classes;
        this.rosters = rosters;
        this.imports = imports;
    }

    @Get("/institutions")
    @Operation(summary = "施教单位列表", description = "施教单位仅得到本单位。")
    public List<InstitutionView> institutions(@Parameter(hidden = true) Caller caller) {
        return institutions.institutions(caller);
    }

    @Post("/institutions")
    @Operation(summary = "登记施教单位", description = "统一社会信用代码按 GB 32100 校验；仅市局可登记。")
    public InstitutionView registerInstitution(@Parameter(hidden = true) Caller caller, @Body NewInstitution draft) {
        return institutions.registerInstitution(caller, draft);
    }

    @Get("/institutions/{id}/enterprises")
    @Operation(summary = "施教单位的受益企业")
    public List<EnterpriseView> enterprises(@Parameter(hidden = true) Caller caller, long id) {
        return institutions.enterprises(caller, id);
    }

    @Get("/projects")
    @Operation(summary = "培训项目列表", description = "施教单位仅得到本单位的项目。")
    public List<ProjectView> projects(@Parameter(hidden = true) Caller caller, @QueryValue @Nullable Integer year) {
        return projects.projects(caller, year);
    }

    @Get("/projects/{id}")
    @Operation(summary = "一个培训项目")
    public ProjectView project(@Parameter(hidden = true) Caller caller, long id) {
        return projects.project(caller, id);
    }

    @Get("/classes")
    @Operation(summary = "班次列表", description = "可按项目筛选；施教单位仅得到本单位的班次。")
    public List<ClassView> classes(@Parameter(hidden = true) Caller caller, @QueryValue @Nullable Long projectId) {
        return classes.classes(caller, projectId);
    }

    @Get("/classes/{id}")
    @Operation(summary = "一个班次")
    public ClassView trainingClass(@Parameter(hidden = true) Caller caller, long id) {
        return classes.trainingClass(caller, id);
    }

    @Get("/classes/{id}/roster")
    @Operation(summary = "班次花名册", description = "身份证号除出卷人外一律脱敏显示。")
    public List<RosterEntryView> roster(@Parameter(hidden = true) Caller caller, long id) {
        return rosters.roster(caller, id);
    }

    @Get("/classes/{id}/eligibility")
    @Operation(summary = "不具备考试资格的学员及原因")
    public List<IneligibleCandidate> ineligible(@Parameter(hidden = true) Caller caller, long id) {
        return rosters.ineligibleCandidates(caller, id);
    }

    @Get(value = "/roster-template", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "花名册导入模板（.xlsx）")
    public HttpResponse<byte[]> template(@Parameter(hidden = true) Caller caller) {
        return Attachments.of(imports.template(caller), RosterTemplate.FILE_NAME);
    }

    @Post(value = "/classes/{id}/roster", consumes = {MediaType.APPLICATION_OCTET_STREAM, "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "导入花名册", description = "请求体为 .xlsx 或 .csv 文件（UTF-8 或 GBK），文件名放在 X-File-Name 头中。"
            + "全部行校验通过才写入；有错误时返回 422，errors 中逐行列出（如“第7行 身份证号：校验位错误”），不写入任何数据。")
    public HttpResponse<RosterImportResult> importRoster(@Parameter(hidden = true) Caller caller, long id,
                                                         @Header("X-File-Name") @Nullable String fileName,
                                                         @Body byte[] content) {
        RosterImportResult result = imports.importRoster(caller, id, fileName == null ? "roster.xlsx" : fileName, content);
        return result.imported() ? HttpResponse.ok(result)
                : HttpResponse.<RosterImportResult>status(HttpStatus.UNPROCESSABLE_ENTITY).body(result);
    }
}
