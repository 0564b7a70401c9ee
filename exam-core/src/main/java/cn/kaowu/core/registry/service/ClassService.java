package cn.kaowu.core.registry.service;

import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.policy.Verdict;
import cn.kaowu.core.reference.ReferenceData;
import cn.kaowu.core.reference.ReferenceEntry;
import cn.kaowu.core.reference.ReferenceKind;
import cn.kaowu.core.registry.domain.CategoryRule;
import cn.kaowu.core.registry.domain.ClassDates;
import cn.kaowu.core.registry.domain.ClassSizePolicy;
import cn.kaowu.core.registry.domain.HourRules;
import cn.kaowu.core.registry.domain.Hours;
import cn.kaowu.core.registry.domain.OverlapPolicy;
import cn.kaowu.core.registry.domain.RosterCapacityPolicy;
import cn.kaowu.core.registry.domain.TextNormaliser;
import cn.kaowu.core.registry.persistence.Sql;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Classes (班次) of a project. The hour rules and the class-size rule of the project year apply
 * whenever planned hours or capacity change; an institution may change its own classes until the
 * exam is scheduled.
 */
@Singleton
public class ClassService {

    static final String COLUMNS = "c.id, c.project_id, p.project_year, p.institution_id, c.code, c.name, c.category_code, "
            + "c.industry_code, c.county_code, c.start_date, c.end_date, c.online_hours, c.offline_hours, c.practical_hours, "
            + "c.capacity, (SELECT COUNT(*) FROM roster_entry r WHERE r.class_id = c.id), c.exam_scheduled "
            + "FROM training_class c JOIN training_project p ON p.id = c.project_id";

    private final Sql sql;
    private final AuditLog auditLog;
    private final ReferenceData referenceData;
    private final ProjectService projects;
    private final TrainingRulesService rules;
    private final Clock clock;
    private final String codePrefix;

    public ClassService(Sql sql, AuditLog auditLog, ReferenceData referenceData, ProjectService projects,
                        TrainingRulesService rules, Clock clock,
                        @Value("${kaowu.registry.class-code-prefix:MDJ}") String codePrefix) {
        this.sql = sql;
        this.auditLog = auditLog;
        this.referenceData = referenceData;
        this.projects = projects;
        this.rules = rules;
        this.clock = clock;
        this.codePrefix = codePrefix;
    }

    /** Creates a class under a project (the bureau, or the project's institution) and assigns its code. */
    @Transactional
    public ClassView createClass(Caller caller, ClassDraft draft) {
        ProjectView project = projects.project(draft.projectId());
        AccessPolicy.requireRegistryWrite(caller, project.institutionId());
        List<String> problems = new ArrayList<>();
        if (!project.status().open()) {
            problems.add("项目状态为“" + project.status().label() + "”，不能再新建班次");
        }
        Checked checked = check(draft, project.year(), problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        String code = nextCode(project.year());
        String name = name(draft, checked);
        long id = sql.insert("INSERT INTO training_class (project_id, code, name, category_code, industry_code, county_code, "
                        + "start_date, end_date, online_hours, offline_hours, practical_hours, capacity, exam_scheduled, "
                        + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)",
                draft.projectId(), code, name, checked.category.code(), checked.industry.code(), checked.county.code(),
                draft.startDate(), draft.endDate(), draft.plannedHours().online(), draft.plannedHours().offline(),
                draft.plannedHours().practical(), draft.capacity(), clock.instant(), clock.instant());
        auditLog.record(caller, "class.create", "training_class", String.valueOf(id),
                code + " " + name + " " + draft.plannedHours() + " 容量" + draft.capacity());
        return load(id);
    }

    /**
     * Changes a class (not its project or code): the bureau, or the institution before the exam is
     * scheduled. Capacity may not fall below the roster, and new dates may not make a trainee's
     * classes overlap.
     */
    @Transactional
    public ClassView updateClass(Caller caller, long classId, ClassDraft draft) {
        ClassView current = load(classId);
        AccessPolicy.requireClassWrite(caller, current.institutionId(), current.examScheduled());
        List<String> problems = new ArrayList<>();
        Checked checked = check(draft, current.year(), problems);
        if (problems.isEmpty()) {
            verdict(RosterCapacityPolicy.check(current.code(), draft.capacity(), current.rosterSize()), problems);
            ClassDates dates = new ClassDates(draft.startDate(), draft.endDate());
            for (OtherClass other : overlappingClassesOfRoster(classId, dates)) {
                verdict(OverlapPolicy.check(dates, other.code, other.dates), problems, other.realName + "：");
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        sql.update("UPDATE training_class SET name = ?, category_code = ?, industry_code = ?, county_code = ?, start_date = ?, "
                        + "end_date = ?, online_hours = ?, offline_hours = ?, practical_hours = ?, capacity = ?, updated_at = ? "
                        + "WHERE id = ?", name(draft, checked), checked.category.code(), checked.industry.code(),
                checked.county.code(), draft.startDate(), draft.endDate(), draft.plannedHours().online(),
                draft.plannedHours().offline(), draft.plannedHours().practical(), draft.capacity(), clock.instant(), classId);
        auditLog.record(caller, "class.update", "training_class", String.valueOf(classId),
                current.code() + " " + draft.startDate() + "至" + draft.endDate() + " " + draft.plannedHours()
                        + " 容量" + draft.capacity());
        return load(classId);
    }

    /**
     * Marks a class's exam as scheduled or not (the bureau; the exam-session feature calls this).
     * Once scheduled, the institution can no longer change the class, its roster or hours.
     */
    @Transactional
    public ClassView markExamScheduled(Caller caller, long classId, boolean scheduled) {
        AccessPolicy.requireBureau(caller);
        ClassView current = load(classId);
        sql.update("UPDATE training_class SET exam_scheduled = ?, updated_at = ? WHERE id = ?", scheduled, clock.instant(), classId);
        auditLog.record(caller, scheduled ? "class.exam_scheduled" : "class.exam_unscheduled", "training_class",
                String.valueOf(classId), current.code());
        return load(classId);
    }

    /** The classes in the caller's scope, of one project or (projectId null) of all. */
    @Transactional
    public List<ClassView> classes(Caller caller, Long projectId) {
        AccessPolicy.requireRegistryList(caller);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (projectId != null) {
            ProjectView project = projects.project(projectId);
            AccessPolicy.requireRegistryRead(caller, project.institutionId());
            where.append(" AND c.project_id = ?");
            params.add(projectId);
        }
        if (AccessPolicy.registryScopedToOwnInstitution(caller)) {
            where.append(" AND p.institution_id = ?");
            params.add(caller.organisationId());
        }
        return sql.list("SELECT " + COLUMNS + where + " ORDER BY c.code", ClassService::row, params.toArray());
    }

    @Transactional
    public ClassView trainingClass(Caller caller, long classId) {
        AccessPolicy.requireRegistryList(caller);
        ClassView view = load(classId);
        AccessPolicy.requireRegistryRead(caller, view.institutionId());
        return view;
    }

    ClassView load(long classId) {
        return find(classId).orElseThrow(() -> new NoSuchElementException("班次" + classId + "不存在"));
    }

    Optional<ClassView> find(long classId) {
        return sql.one("SELECT " + COLUMNS + " WHERE c.id = ?", ClassService::row, classId);
    }

    private Checked check(ClassDraft draft, int year, List<String> problems) {
        Optional<ReferenceEntry> category = reference(ReferenceKind.PERSONNEL_CATEGORY, draft.categoryCode(), problems);
        Optional<ReferenceEntry> industry = reference(ReferenceKind.INDUSTRY, draft.industryCode(), problems);
        Optional<ReferenceEntry> county = reference(ReferenceKind.COUNTY, draft.countyCode(), problems);
        if (draft.startDate() == null || draft.endDate() == null) {
            problems.add("开班日期和结班日期不能为空");
        } else if (draft.endDate().isBefore(draft.startDate())) {
            problems.add("结班日期（" + draft.endDate() + "）早于开班日期（" + draft.startDate() + "）");
        }
        Hours hours = draft.plannedHours();
        if (hours == null || hours.online().signum() < 0 || hours.offline().signum() < 0 || hours.practical().signum() < 0) {
            problems.add("计划学时不能为空或为负数");
        } else if (category.isPresent()) {
            Optional<CategoryRule> rule = rules.rulesFor(year).forCategory(category.get().code());
            if (rule.isEmpty()) {
                problems.add("人员类别" + category.get().name() + "在" + year + "年度没有培训规则，请系统管理员先设置");
            } else {
                HourRules.check(rule.get(), hours, "计划学时").forEach(v -> verdict(v, problems));
                verdict(ClassSizePolicy.check(rule.get(), draft.capacity()), problems);
            }
        }
        return new Checked(category.orElse(null), industry.orElse(null), county.orElse(null));
    }

    private Optional<ReferenceEntry> reference(ReferenceKind kind, String codeOrName, List<String> problems) {
        Optional<ReferenceEntry> entry = referenceData.find(kind, TextNormaliser.normalise(codeOrName));
        if (entry.isEmpty()) {
            problems.add(kind.label() + "“" + (codeOrName == null ? "" : codeOrName) + "”不存在或已停用");
        }
        return entry;
    }

    private String nextCode(int year) {
        String prefix = year + "-" + codePrefix + "-";
        int next = sql.list("SELECT code FROM training_class WHERE code LIKE ?", rs -> rs.getString(1), prefix + "%").stream()
                .map(code -> code.substring(prefix.length()))
                .filter(suffix -> suffix.matches("\\d+"))
                .mapToInt(Integer::parseInt).max().orElse(0) + 1;
        return prefix + String.format("%03d", next);
    }

    private static String name(ClassDraft draft, Checked checked) {
        String name = TextNormaliser.normalise(draft.name());
        return name.isEmpty() ? checked.industry.name() + checked.category.name() + "培训班" : name;
    }

    private List<OtherClass> overlappingClassesOfRoster(long classId, ClassDates dates) {
        return sql.list("SELECT p.real_name, c.code, c.start_date, c.end_date FROM roster_entry r "
                        + "JOIN person p ON p.id = r.person_id "
                        + "JOIN roster_entry o ON o.person_id = r.person_id AND o.class_id <> r.class_id "
                        + "JOIN training_class c ON c.id = o.class_id "
                        + "WHERE r.class_id = ? AND c.start_date <= ? AND c.end_date >= ? ORDER BY c.code",
                rs -> new OtherClass(rs.getString(1), rs.getString(2),
                        new ClassDates(Sql.date(rs, "start_date"), Sql.date(rs, "end_date"))),
                classId, dates.end(), dates.start());
    }

    static void verdict(Verdict verdict, List<String> problems) {
        verdict(verdict, problems, "");
    }

    static void verdict(Verdict verdict, List<String> problems, String prefix) {
        if (verdict instanceof Verdict.Rejected rejected) {
            problems.add(prefix + rejected.reason());
        }
    }

    static ClassView row(ResultSet rs) throws SQLException {
        return new ClassView(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), Sql.date(rs, "start_date"), Sql.date(rs, "end_date"),
                new Hours(rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getBigDecimal(14)), rs.getInt(15), rs.getInt(16),
                rs.getBoolean(17));
    }

    private record Checked(ReferenceEntry category, ReferenceEntry industry, ReferenceEntry county) {
    }

    private record OtherClass(String realName, String code, ClassDates dates) {
    }
}
