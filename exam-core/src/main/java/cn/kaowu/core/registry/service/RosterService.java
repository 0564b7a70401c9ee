package cn.kaowu.core.registry.service;

import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;
import cn.kaowu.core.identity.AccessDenied;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.policy.Verdict;
import cn.kaowu.core.registry.domain.CategoryRule;
import cn.kaowu.core.registry.domain.ExamEligibilityPolicy;
import cn.kaowu.core.registry.domain.Hours;
import cn.kaowu.core.registry.domain.IdNumber;
import cn.kaowu.core.registry.persistence.Sql;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A class's roster (花名册): the trainees, their completed hours and who may sit the exam. ID
 * numbers come back masked to everyone but the paper builder.
 */
@Singleton
public class RosterService {

    private static final String COLUMNS = "r.id, r.class_id, p.id, p.real_name, p.id_number, p.gender, p.phone, "
            + "e.id, e.name, r.job_title, r.online_hours, r.offline_hours, r.practical_hours FROM roster_entry r "
            + "JOIN person p ON p.id = r.person_id JOIN enterprise e ON e.id = r.enterprise_id";

    private final Sql sql;
    private final AuditLog auditLog;
    private final ClassService classes;
    private final TrainingRulesService rules;
    private final Clock clock;

    public RosterService(Sql sql, AuditLog auditLog, ClassService classes, TrainingRulesService rules, Clock clock) {
        this.sql = sql;
        this.auditLog = auditLog;
        this.classes = classes;
        this.rules = rules;
        this.clock = clock;
    }

    /** The roster of a class, ordered by name. */
    @Transactional
    public List<RosterEntryView> roster(Caller caller, long classId) {
        readable(caller, classId);
        return sql.list("SELECT " + COLUMNS + " WHERE r.class_id = ? ORDER BY p.real_name, p.id",
                rs -> row(rs, caller), classId);
    }

    /** The trainees of a class who may not sit the exam, each with the reason (Chinese). */
    @Transactional
    public List<IneligibleCandidate> ineligibleCandidates(Caller caller, long classId) {
        ClassView view = readable(caller, classId);
        CategoryRule rule = rules.ruleFor(view.year(), view.categoryCode());
        List<IneligibleCandidate> result = new ArrayList<>();
        for (RosterEntryView entry : roster(caller, classId)) {
            if (ExamEligibilityPolicy.check(rule, entry.completedHours()) instanceof Verdict.Rejected rejected) {
                result.add(new IneligibleCandidate(entry.entryId(), entry.personId(), entry.realName(), entry.idNumber(),
                        rejected.reason()));
            }
        }
        return result;
    }

    /** The trainees of a class whose completed hours satisfy the rules, so they may sit the exam. */
    @Transactional
    public List<RosterEntryView> eligibleCandidates(Caller caller, long classId) {
        ClassView view = readable(caller, classId);
        CategoryRule rule = rules.ruleFor(view.year(), view.categoryCode());
        return roster(caller, classId).stream()
                .filter(entry -> ExamEligibilityPolicy.check(rule, entry.completedHours()).isAllowed())
                .toList();
    }

    /** Records a trainee's completed hours: the bureau, or the institution before the exam is scheduled. */
    @Transactional
    public RosterEntryView updateHours(Caller caller, long entryId, Hours completed) {
        ClassView view = writable(caller, entryId);
        if (completed == null || completed.online().signum() < 0 || completed.offline().signum() < 0
                || completed.practical().signum() < 0 || completed.total().compareTo(BigDecimal.valueOf(600)) > 0) {
            throw new RuleViolation("学时不能为空、为负数或不合理地大");
        }
        sql.update("UPDATE roster_entry SET online_hours = ?, offline_hours = ?, practical_hours = ?, updated_at = ? WHERE id = ?",
                completed.online(), completed.offline(), completed.practical(), clock.instant(), entryId);
        auditLog.record(caller, "roster.hours", "roster_entry", String.valueOf(entryId), view.code() + " " + completed);
        return entry(caller, entryId);
    }

    /** Takes a trainee off a class's roster (their person record stays). */
    @Transactional
    public void removeTrainee(Caller caller, long entryId) {
        ClassView view = writable(caller, entryId);
        RosterEntryView entry = entry(caller, entryId);
        sql.update("DELETE FROM roster_entry WHERE id = ?", entryId);
        auditLog.record(caller, "roster.remove", "roster_entry", String.valueOf(entryId),
                view.code() + " " + entry.realName() + " " + IdNumber.mask(entry.idNumber()));
    }

    /**
     * A person's record across years (一人一档) with their classes: the bureau and reviewer see
     * anyone, an institution only people on its own classes.
     */
    @Transactional
    public PersonView person(Caller caller, long personId) {
        AccessPolicy.requireRegistryList(caller);
        List<String[]> classesOf = sql.list("SELECT c.code, p.institution_id FROM roster_entry r "
                        + "JOIN training_class c ON c.id = r.class_id JOIN training_project p ON p.id = c.project_id "
                        + "WHERE r.person_id = ? ORDER BY c.start_date",
                rs -> new String[]{rs.getString(1), String.valueOf(rs.getLong(2))}, personId);
        if (caller.is(Role.INSTITUTION)
                && classesOf.stream().noneMatch(c -> Long.parseLong(c[1]) == caller.organisationId())) {
            throw new AccessDenied("无权查看其他单位的学员档案");
        }
        return sql.one("SELECT id, real_name, id_number, birth_date, gender, phone FROM person WHERE id = ?",
                rs -> new PersonView(rs.getLong(1), rs.getString(2), idNumberFor(caller, rs.getString(3)),
                        Sql.date(rs, "birth_date"), rs.getString(5), rs.getString(6),
                        classesOf.stream().filter(c -> !caller.is(Role.INSTITUTION)
                                || Long.parseLong(c[1]) == caller.organisationId()).map(c -> c[0]).toList()),
                personId).orElseThrow(() -> new NoSuchElementException("人员" + personId + "不存在"));
    }

    private RosterEntryView entry(Caller caller, long entryId) {
        return sql.one("SELECT " + COLUMNS + " WHERE r.id = ?", rs -> row(rs, caller), entryId)
                .orElseThrow(() -> new NoSuchElementException("花名册记录" + entryId + "不存在"));
    }

    private ClassView readable(Caller caller, long classId) {
        AccessPolicy.requireRegistryList(caller);
        ClassView view = classes.load(classId);
        AccessPolicy.requireRegistryRead(caller, view.institutionId());
        return view;
    }

    private ClassView writable(Caller caller, long entryId) {
        long classId = sql.one("SELECT class_id FROM roster_entry WHERE id = ?", rs -> rs.getLong(1), entryId)
                .orElseThrow(() -> new NoSuchElementException("花名册记录" + entryId + "不存在"));
        ClassView view = classes.load(classId);
        AccessPolicy.requireClassWrite(caller, view.institutionId(), view.examScheduled());
        return view;
    }

    private static String idNumberFor(Caller caller, String idNumber) {
        return AccessPolicy.mayReadFullIdNumber(caller) ? idNumber : IdNumber.mask(idNumber);
    }

    private static RosterEntryView row(ResultSet rs, Caller caller) throws SQLException {
        return new RosterEntryView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                idNumberFor(caller, rs.getString(5)), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9),
                rs.getString(10), new Hours(rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13)));
    }
}
