package cn.kaowu.core.registry.service;

import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.reference.ReferenceData;
import cn.kaowu.core.reference.ReferenceKind;
import cn.kaowu.core.registry.domain.ProjectStatus;
import cn.kaowu.core.registry.domain.TextNormaliser;
import cn.kaowu.core.registry.persistence.Sql;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/** Training projects (培训项目): approval by the bureau, status through to acceptance, targets. */
@Singleton
public class ProjectService {

    private static final String COLUMNS = "p.id, p.project_year, p.institution_id, o.name, p.name, p.status, p.fee_amount, "
            + "p.planned_classes, (SELECT COUNT(*) FROM training_class c WHERE c.project_id = p.id) "
            + "FROM training_project p JOIN organisation o ON o.id = p.institution_id";

    private final Sql sql;
    private final AuditLog auditLog;
    private final ReferenceData referenceData;
    private final InstitutionService institutions;
    private final Clock clock;

    public ProjectService(Sql sql, AuditLog auditLog, ReferenceData referenceData, InstitutionService institutions,
                          Clock clock) {
        this.sql = sql;
        this.auditLog = auditLog;
        this.referenceData = referenceData;
        this.institutions = institutions;
        this.clock = clock;
    }

    /** Approves a new project for an institution (the bureau only); it starts as 已立项. */
    @Transactional
    public ProjectView createProject(Caller caller, NewProject draft) {
        AccessPolicy.requireBureau(caller);
        institutions.institution(draft.institutionId());
        List<String> problems = new ArrayList<>();
        String name = TextNormaliser.normalise(draft.name());
        if (name.isEmpty()) {
            problems.add("项目名称不能为空");
        } else if (sql.count("SELECT COUNT(*) FROM training_project WHERE project_year = ? AND name = ?", draft.year(), name) > 0) {
            problems.add(draft.year() + "年度已有名为“" + name + "”的项目");
        }
        if (draft.year() < 2000 || draft.year() > 2100) {
            problems.add("项目年度应在2000–2100之间");
        }
        problems.addAll(checkFigures(draft.feeAmount(), draft.plannedClasses(), draft.targets()));
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        long id = sql.insert("INSERT INTO training_project (project_year, institution_id, name, status, fee_amount, planned_classes, "
                        + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", draft.year(), draft.institutionId(), name,
                ProjectStatus.APPROVED, draft.feeAmount(), draft.plannedClasses(), clock.instant(), clock.instant());
        writeTargets(id, draft.targets());
        auditLog.record(caller, "project.create", "training_project", String.valueOf(id),
                draft.year() + " " + name + " 费用" + draft.feeAmount().toPlainString());
        return project(id);
    }

    /** Changes fee, planned classes and targets (the bureau only, while the project still trains). */
    @Transactional
    public ProjectView updatePlan(Caller caller, long projectId, BigDecimal feeAmount, int plannedClasses,
                                  List<ProjectTarget> targets) {
        AccessPolicy.requireBureau(caller);
        ProjectView project = project(projectId);
        List<String> problems = new ArrayList<>(checkFigures(feeAmount, plannedClasses, targets));
        if (!project.status().open()) {
            problems.add("项目状态为“" + project.status().label() + "”，不能再修改计划");
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        sql.update("UPDATE training_project SET fee_amount = ?, planned_classes = ?, updated_at = ? WHERE id = ?",
                feeAmount, plannedClasses, clock.instant(), projectId);
        sql.update("DELETE FROM project_target WHERE project_id = ?", projectId);
        writeTargets(projectId, targets);
        auditLog.record(caller, "project.update", "training_project", String.valueOf(projectId),
                "费用" + feeAmount.toPlainString() + " 计划班次" + plannedClasses + " 目标" + targets.size() + "项");
        return project(projectId);
    }

    /**
     * Moves a project to its next status. The institution may start its own project, finish its
     * training and apply for acceptance; only the bureau accepts or rejects.
     */
    @Transactional
    public ProjectView changeStatus(Caller caller, long projectId, ProjectStatus target) {
        ProjectView project = project(projectId);
        if (target == ProjectStatus.ACCEPTED || target == ProjectStatus.REJECTED) {
            AccessPolicy.requireBureau(caller);
        } else {
            AccessPolicy.requireRegistryWrite(caller, project.institutionId());
        }
        RuleViolation.throwIfRejected(List.of(project.status().transitionTo(target)));
        sql.update("UPDATE training_project SET status = ?, updated_at = ? WHERE id = ?", target, clock.instant(), projectId);
        auditLog.record(caller, "project.status", "training_project", String.valueOf(projectId),
                project.status().label() + " → " + target.label());
        return project(projectId);
    }

    /** The projects in the caller's scope, optionally of one year (null = all years). */
    @Transactional
    public List<ProjectView> projects(Caller caller, Integer year) {
        AccessPolicy.requireRegistryList(caller);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (AccessPolicy.registryScopedToOwnInstitution(caller)) {
            where.append(" AND p.institution_id = ?");
            params.add(caller.organisationId());
        }
        if (year != null) {
            where.append(" AND p.project_year = ?");
            params.add(year);
        }
        List<ProjectView> bare = sql.list("SELECT " + COLUMNS + where + " ORDER BY p.project_year DESC, p.name",
                rs -> row(rs, List.of()), params.toArray());
        return bare.stream().map(p -> withTargets(p)).toList();
    }

    @Transactional
    public ProjectView project(Caller caller, long projectId) {
        AccessPolicy.requireRegistryList(caller);
        ProjectView project = project(projectId);
        AccessPolicy.requireRegistryRead(caller, project.institutionId());
        return project;
    }

    ProjectView project(long projectId) {
        ProjectView bare = sql.one("SELECT " + COLUMNS + " WHERE p.id = ?", rs -> row(rs, List.of()), projectId)
                .orElseThrow(() -> new NoSuchElementException("培训项目" + projectId + "不存在"));
        return withTargets(bare);
    }

    private ProjectView withTargets(ProjectView p) {
        List<ProjectTarget> targets = sql.list("SELECT category_code, industry_code, headcount FROM project_target "
                        + "WHERE project_id = ? ORDER BY category_code, industry_code",
                rs -> new ProjectTarget(rs.getString(1), rs.getString(2), rs.getInt(3)), p.id());
        return new ProjectView(p.id(), p.year(), p.institutionId(), p.institutionName(), p.name(), p.status(),
                p.statusLabel(), p.feeAmount(), p.plannedClasses(), p.classCount(), targets);
    }

    private List<String> checkFigures(BigDecimal feeAmount, int plannedClasses, List<ProjectTarget> targets) {
        List<String> problems = new ArrayList<>();
        if (feeAmount == null || feeAmount.signum() < 0) {
            problems.add("费用金额不能为空或为负数");
        }
        if (plannedClasses < 1) {
            problems.add("计划班次数应至少为1");
        }
        Set<String> seen = new HashSet<>();
        for (ProjectTarget target : targets) {
            if (referenceData.find(ReferenceKind.PERSONNEL_CATEGORY, target.categoryCode()).isEmpty()) {
                problems.add("人员类别“" + target.categoryCode() + "”不存在");
            }
            if (referenceData.find(ReferenceKind.INDUSTRY, target.industryCode()).isEmpty()) {
                problems.add("行业“" + target.industryCode() + "”不存在");
            }
            if (target.headcount() < 1) {
                problems.add("目标人数应至少为1（" + target.categoryCode() + "/" + target.industryCode() + "）");
            }
            if (!seen.add(target.categoryCode() + "/" + target.industryCode())) {
                problems.add("目标人数重复：" + target.categoryCode() + "/" + target.industryCode());
            }
        }
        return problems;
    }

    private void writeTargets(long projectId, List<ProjectTarget> targets) {
        for (ProjectTarget target : targets) {
            sql.update("INSERT INTO project_target (project_id, category_code, industry_code, headcount) VALUES (?, ?, ?, ?)",
                    projectId, referenceData.find(ReferenceKind.PERSONNEL_CATEGORY, target.categoryCode()).orElseThrow().code(),
                    referenceData.find(ReferenceKind.INDUSTRY, target.industryCode()).orElseThrow().code(), target.headcount());
        }
    }

    private static ProjectView row(ResultSet rs, List<ProjectTarget> targets) throws SQLException {
        ProjectStatus status = ProjectStatus.valueOf(rs.getString(6));
        return new ProjectView(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5), status,
                status.label(), rs.getBigDecimal(7), rs.getInt(8), rs.getInt(9), targets);
    }

    static boolean isBureau(Caller caller) {
        return caller.is(Role.PAPER_BUILDER) || caller.is(Role.ADMIN);
    }
}
