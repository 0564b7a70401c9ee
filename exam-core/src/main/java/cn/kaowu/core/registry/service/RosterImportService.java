package cn.kaowu.core.registry.service;

import cn.kaowu.core.audit.AuditHash;
import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.Verdict;
import cn.kaowu.core.registry.domain.ClassDates;
import cn.kaowu.core.registry.domain.OverlapPolicy;
import cn.kaowu.core.registry.domain.RosterCapacityPolicy;
import cn.kaowu.core.registry.importing.ParsedRoster;
import cn.kaowu.core.registry.importing.RawRow;
import cn.kaowu.core.registry.importing.RosterColumn;
import cn.kaowu.core.registry.importing.RosterFileReader;
import cn.kaowu.core.registry.importing.RosterImportError;
import cn.kaowu.core.registry.importing.RosterRow;
import cn.kaowu.core.registry.importing.RosterRowValidator;
import cn.kaowu.core.registry.importing.RosterTemplate;
import cn.kaowu.core.registry.persistence.Sql;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Roster upload (花名册导入): every row is checked, then the rules (capacity, no overlapping
 * classes), and only if all hold is anything written — in one transaction, with JDBC batches.
 * People are upserted by ID number (一人一档) and trainees by person and class, so uploading the
 * same file again changes nothing but the hours. Enterprises are matched by name among the
 * institution's own; a name not seen before registers a new enterprise (with the class's
 * industry and the credit code if the row gives one).
 */
@Singleton
public class RosterImportService {

    private static final Logger LOG = LoggerFactory.getLogger(RosterImportService.class);
    private static final int BATCH = 1000;
    private static final int IN_CHUNK = 500;

    private final Sql sql;
    private final AuditLog auditLog;
    private final ClassService classes;
    private final Clock clock;

    public RosterImportService(Sql sql, AuditLog auditLog, ClassService classes, Clock clock) {
        this.sql = sql;
        this.auditLog = auditLog;
        this.classes = classes;
        this.clock = clock;
    }

    /** The template to download (.xlsx bytes; offer it as {@link RosterTemplate#FILE_NAME}). */
    public byte[] template(Caller caller) {
        AccessPolicy.requireRegistryList(caller);
        return RosterTemplate.xlsx();
    }

    /**
     * Uploads a roster file (.xlsx, or CSV in UTF-8 / GBK) for a class: the bureau, or the class's
     * institution before the exam is scheduled. Answers the per-row errors, or the counts of what
     * was written.
     */
    @Transactional
    public RosterImportResult importRoster(Caller caller, long classId, String fileName, byte[] content) {
        ClassView target = classes.load(classId);
        AccessPolicy.requireClassWrite(caller, target.institutionId(), target.examScheduled());
        ParsedRoster parsed = RosterFileReader.read(content);
        if (!parsed.errors().isEmpty()) {
            return RosterImportResult.failed(parsed.errors());
        }
        String source = "文件“" + (fileName == null ? "" : fileName) + "” SHA-256 " + AuditHash.sha256Hex(content);
        return importRows(caller, target, parsed.rows(), source);
    }

    /** Adds one trainee by hand (same checks as an uploaded row); throws with the reasons when refused. */
    @Transactional
    public RosterImportResult addTrainee(Caller caller, long classId, TraineeDraft draft) {
        ClassView target = classes.load(classId);
        AccessPolicy.requireClassWrite(caller, target.institutionId(), target.examScheduled());
        Map<RosterColumn, String> values = new java.util.EnumMap<>(RosterColumn.class);
        put(values, RosterColumn.NAME, draft.realName());
        put(values, RosterColumn.ID_NUMBER, draft.idNumber());
        put(values, RosterColumn.PHONE, draft.phone());
        put(values, RosterColumn.ENTERPRISE, draft.enterpriseName());
        put(values, RosterColumn.CREDIT_CODE, draft.creditCode());
        put(values, RosterColumn.JOB_TITLE, draft.jobTitle());
        if (draft.hours() != null) {
            values.put(RosterColumn.ONLINE_HOURS, draft.hours().online().toPlainString());
            values.put(RosterColumn.OFFLINE_HOURS, draft.hours().offline().toPlainString());
            values.put(RosterColumn.PRACTICAL_HOURS, draft.hours().practical().toPlainString());
        }
        RosterImportResult result = importRows(caller, target, List.of(new RawRow(1, values, Map.of())), "手工添加");
        if (!result.imported()) {
            throw new cn.kaowu.core.policy.RuleViolation(result.errors().stream()
                    .map(e -> e.column().isEmpty() ? e.message() : e.column() + "：" + e.message()).toList());
        }
        return result;
    }

    private static void put(Map<RosterColumn, String> values, RosterColumn column, String value) {
        values.put(column, cn.kaowu.core.registry.domain.TextNormaliser.normalise(value));
    }

    private RosterImportResult importRows(Caller caller, ClassView target, List<RawRow> rawRows, String source) {
        long started = System.nanoTime();
        RosterRowValidator.Outcome outcome = RosterRowValidator.validate(rawRows, LocalDate.now(clock));
        if (!outcome.errors().isEmpty()) {
            return RosterImportResult.failed(outcome.errors());
        }
        List<RosterRow> rows = outcome.rows();
        List<RosterImportError> errors = new ArrayList<>();

        Map<String, PersonRow> persons = loadPersons(rows.stream().map(r -> r.idNumber().value()).toList());
        for (RosterRow row : rows) {
            PersonRow known = persons.get(row.idNumber().value());
            if (known != null && !known.realName.equals(row.realName())) {
                errors.add(new RosterImportError(row.rowNumber(), RosterColumn.NAME.header(),
                        "与该身份证号已登记的姓名“" + known.realName + "”不一致，请核对（实名制）"));
            }
        }

        Map<String, EnterpriseRow> enterprises = new HashMap<>();
        sql.list("SELECT id, name, credit_code FROM enterprise WHERE institution_id = ?",
                        rs -> new EnterpriseRow(rs.getLong(1), rs.getString(2), rs.getString(3)), target.institutionId())
                .forEach(e -> enterprises.put(e.name, e));
        Map<String, String> codeOfNewName = new HashMap<>();
        Map<String, String> codeToSet = new LinkedHashMap<>();
        for (RosterRow row : rows) {
            if (row.creditCode() == null) {
                continue;
            }
            EnterpriseRow known = enterprises.get(row.enterpriseName());
            String expected = known != null && known.creditCode != null ? known.creditCode
                    : codeOfNewName.getOrDefault(row.enterpriseName(), codeToSet.get(row.enterpriseName()));
            if (expected != null && !expected.equals(row.creditCode())) {
                errors.add(new RosterImportError(row.rowNumber(), RosterColumn.CREDIT_CODE.header(),
                        "与企业“" + row.enterpriseName() + "”的统一社会信用代码" + expected + "不一致"));
            } else if (known == null) {
                codeOfNewName.put(row.enterpriseName(), row.creditCode());
            } else if (known.creditCode == null) {
                codeToSet.put(row.enterpriseName(), row.creditCode());
            }
        }

        ClassDates dates = new ClassDates(target.startDate(), target.endDate());
        Map<String, List<OtherClass>> overlapping = new HashMap<>();
        sql.list("SELECT p.id_number, c.code, c.start_date, c.end_date FROM roster_entry r "
                                + "JOIN person p ON p.id = r.person_id JOIN training_class c ON c.id = r.class_id "
                                + "WHERE c.id <> ? AND c.start_date <= ? AND c.end_date >= ?",
                        rs -> new OtherClass(rs.getString(1), rs.getString(2),
                                new ClassDates(Sql.date(rs, "start_date"), Sql.date(rs, "end_date"))),
                        target.id(), dates.end(), dates.start())
                .forEach(o -> overlapping.computeIfAbsent(o.idNumber, k -> new ArrayList<>()).add(o));
        for (RosterRow row : rows) {
            for (OtherClass other : overlapping.getOrDefault(row.idNumber().value(), List.of())) {
                Verdict verdict = OverlapPolicy.check(dates, other.code, other.dates);
                if (verdict instanceof Verdict.Rejected rejected) {
                    errors.add(new RosterImportError(row.rowNumber(), RosterColumn.ID_NUMBER.header(), rejected.reason()));
                }
            }
        }

        Map<Long, EntryRow> entryOfPerson = new HashMap<>();
        sql.list("SELECT person_id, id, enterprise_id, job_title, online_hours, offline_hours, practical_hours "
                        + "FROM roster_entry WHERE class_id = ?",
                rs -> new EntryRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        new cn.kaowu.core.registry.domain.Hours(rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7))),
                target.id()).forEach(entry -> entryOfPerson.put(entry.personId, entry));
        int newTrainees = 0;
        for (RosterRow row : rows) {
            PersonRow known = persons.get(row.idNumber().value());
            if (known == null || !entryOfPerson.containsKey(known.id)) {
                newTrainees++;
            }
        }
        if (RosterCapacityPolicy.check(target.code(), target.capacity(), entryOfPerson.size() + newTrainees)
                instanceof Verdict.Rejected rejected) {
            errors.add(RosterImportError.file(rejected.reason()));
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RosterImportError::row));
            return RosterImportResult.failed(errors);
        }

        Instant now = clock.instant();
        Timestamp stamp = Timestamp.from(now);
        int enterprisesCreated = 0;
        for (RosterRow row : rows) {
            if (!enterprises.containsKey(row.enterpriseName())) {
                long id = sql.insert("INSERT INTO enterprise (institution_id, name, credit_code, industry_code, county_code, created_at) "
                                + "VALUES (?, ?, ?, ?, NULL, ?)", target.institutionId(), row.enterpriseName(),
                        codeOfNewName.get(row.enterpriseName()), target.industryCode(), now);
                enterprises.put(row.enterpriseName(), new EnterpriseRow(id, row.enterpriseName(), codeOfNewName.get(row.enterpriseName())));
                enterprisesCreated++;
            }
        }
        for (Map.Entry<String, String> code : codeToSet.entrySet()) {
            sql.update("UPDATE enterprise SET credit_code = ? WHERE id = ?", code.getValue(), enterprises.get(code.getKey()).id);
        }

        List<RosterRow> newPeople = rows.stream().filter(r -> !persons.containsKey(r.idNumber().value())).toList();
        List<RosterRow> knownPeople = rows.stream().filter(r -> persons.containsKey(r.idNumber().value())
                && !r.phone().equals(persons.get(r.idNumber().value()).phone)).toList();
        sql.batch("INSERT INTO person (id_number, real_name, birth_date, gender, phone, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", newPeople, BATCH, (s, r) -> {
            s.setString(1, r.idNumber().value());
            s.setString(2, r.realName());
            s.setDate(3, java.sql.Date.valueOf(r.idNumber().birthDate()));
            s.setString(4, r.idNumber().gender());
            s.setString(5, r.phone());
            s.setTimestamp(6, stamp);
            s.setTimestamp(7, stamp);
        });
        sql.batch("UPDATE person SET phone = ?, updated_at = ? WHERE id = ?", knownPeople, BATCH, (s, r) -> {
            s.setString(1, r.phone());
            s.setTimestamp(2, stamp);
            s.setLong(3, persons.get(r.idNumber().value()).id);
        });
        persons.putAll(loadPersons(newPeople.stream().map(r -> r.idNumber().value()).toList()));

        List<RosterRow> newEntries = new ArrayList<>();
        List<RosterRow> changedEntries = new ArrayList<>();
        int unchanged = 0;
        for (RosterRow row : rows) {
            EntryRow existing = entryOfPerson.get(persons.get(row.idNumber().value()).id);
            if (existing == null) {
                newEntries.add(row);
            } else if (existing.enterpriseId != enterprises.get(row.enterpriseName()).id
                    || !existing.jobTitle.equals(row.jobTitle()) || !existing.hours.equals(row.hours())) {
                changedEntries.add(row);
            } else {
                unchanged++;
            }
        }
        sql.batch("INSERT INTO roster_entry (class_id, person_id, enterprise_id, job_title, online_hours, offline_hours, "
                + "practical_hours, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", newEntries, BATCH, (s, r) -> {
            s.setLong(1, target.id());
            s.setLong(2, persons.get(r.idNumber().value()).id);
            s.setLong(3, enterprises.get(r.enterpriseName()).id);
            s.setString(4, r.jobTitle());
            s.setBigDecimal(5, r.hours().online());
            s.setBigDecimal(6, r.hours().offline());
            s.setBigDecimal(7, r.hours().practical());
            s.setTimestamp(8, stamp);
            s.setTimestamp(9, stamp);
        });
        sql.batch("UPDATE roster_entry SET enterprise_id = ?, job_title = ?, online_hours = ?, offline_hours = ?, "
                + "practical_hours = ?, updated_at = ? WHERE id = ?", changedEntries, BATCH, (s, r) -> {
            s.setLong(1, enterprises.get(r.enterpriseName()).id);
            s.setString(2, r.jobTitle());
            s.setBigDecimal(3, r.hours().online());
            s.setBigDecimal(4, r.hours().offline());
            s.setBigDecimal(5, r.hours().practical());
            s.setTimestamp(6, stamp);
            s.setLong(7, entryOfPerson.get(persons.get(r.idNumber().value()).id).id);
        });

        RosterImportResult result = new RosterImportResult(List.of(), rows.size(), newPeople.size(), newEntries.size(),
                changedEntries.size(), unchanged, enterprisesCreated);
        auditLog.record(caller, "roster.import", "training_class", String.valueOf(target.id()),
                target.code() + " " + source + "：" + rows.size() + "行，新增人员" + newPeople.size() + "，新增学员"
                        + newEntries.size() + "，更新学员" + changedEntries.size() + "，未变" + unchanged + "，新增企业" + enterprisesCreated);
        LOG.info("roster import into {}: {} rows in {} ms", target.code(), rows.size(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private Map<String, PersonRow> loadPersons(Collection<String> idNumbers) {
        Map<String, PersonRow> found = new HashMap<>();
        List<String> all = new ArrayList<>(idNumbers);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            sql.list("SELECT id, id_number, real_name, phone FROM person WHERE id_number IN (" + marks + ")",
                    rs -> new PersonRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), chunk.toArray())
                    .forEach(p -> found.put(p.idNumber, p));
        }
        return found;
    }

    private record PersonRow(long id, String idNumber, String realName, String phone) {
    }

    private record EntryRow(long personId, long id, long enterpriseId, String jobTitle,
                            cn.kaowu.core.registry.domain.Hours hours) {
    }

    private record EnterpriseRow(long id, String name, String creditCode) {
    }

    private record OtherClass(String idNumber, String code, ClassDates dates) {
    }
}
