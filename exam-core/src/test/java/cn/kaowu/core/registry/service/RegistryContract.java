package cn.kaowu.core.registry.service;

import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessDenied;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.reference.ReferenceData;
import cn.kaowu.core.reference.ReferenceDataAdministration;
import cn.kaowu.core.reference.ReferenceKind;
import cn.kaowu.core.registry.demo.DemoCity;
import cn.kaowu.core.registry.demo.DemoCityData;
import cn.kaowu.core.registry.domain.CreditCode;
import cn.kaowu.core.registry.domain.Hours;
import cn.kaowu.core.registry.domain.IdNumber;
import cn.kaowu.core.registry.domain.ProjectStatus;
import cn.kaowu.core.registry.importing.RosterFiles;
import cn.kaowu.core.registry.persistence.Sql;
import cn.kaowu.core.testing.TestCallers;
import cn.kaowu.core.testing.TestDatabase;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The registry's services on every database the product runs on: rules, import, scoping, audit. */
abstract class RegistryContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    abstract TestDatabase database();

    private <T> T bean(Class<T> type) {
        return database().bean(type);
    }

    /** Two institutions, a 2026 project and a manager class each, and callers scoped to them. */
    private record World(long institutionA, long institutionB, long projectA, long projectB, long classA, long classB,
                         Caller a, Caller b) {
    }

    private World world() {
        int n = SEQUENCE.incrementAndGet();
        InstitutionService institutions = bean(InstitutionService.class);
        long a = institutions.registerInstitution(TestCallers.admin(), new NewInstitution("甲培训中心" + n, code("12231000", n * 2),
                "231002", "联系人", "0453-1234567", "地址")).organisationId();
        long b = institutions.registerInstitution(TestCallers.admin(), new NewInstitution("乙培训学校" + n, code("12231000", n * 2 + 1),
                "231003", "联系人", "0453-1234567", "地址")).organisationId();
        ProjectService projects = bean(ProjectService.class);
        long pa = projects.createProject(TestCallers.admin(), project(a, "甲项目" + n)).id();
        long pb = projects.createProject(TestCallers.admin(), project(b, "乙项目" + n)).id();
        ClassService classes = bean(ClassService.class);
        LocalDate start = LocalDate.of(2026, 1, 5).plusWeeks(n * 2L);
        long ca = classes.createClass(TestCallers.admin(), managerClass(pa, start, 80)).id();
        long cb = classes.createClass(TestCallers.admin(), managerClass(pb, start, 80)).id();
        return new World(a, b, pa, pb, ca, cb, new Caller(104, "inst-a", Role.INSTITUTION, a),
                new Caller(105, "inst-b", Role.INSTITUTION, b));
    }

    private static String code(String prefix, int n) {
        String first17 = prefix + String.format("%09d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static NewProject project(long institution, String name) {
        return new NewProject(2026, institution, name, new BigDecimal("50000"), 2,
                List.of(new ProjectTarget("MANAGER", "MINING", 40)));
    }

    private static ClassDraft managerClass(long project, LocalDate start, int capacity) {
        return new ClassDraft(project, "", "MANAGER", "MINING", "231002", start, start.plusDays(3), Hours.of(6, 9, 0), capacity);
    }

    private static final AtomicInteger PERSON = new AtomicInteger(100);

    static String idNumber() {
        String first17 = "231002" + "1985" + String.format("%02d%02d", 1 + PERSON.get() % 12, 1 + PERSON.get() % 28)
                + String.format("%03d", PERSON.getAndIncrement() % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    static String row(String name, String id, String enterprise, String hours) {
        return name + "," + id + ",13800138000," + enterprise + ",,安全员," + hours;
    }

    private byte[] csv(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = RosterFiles.HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return RosterFiles.csv(StandardCharsets.UTF_8, false, lines);
    }

    private long count(String table) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = bean(TransactionOperations.class);
        return tx.executeRead(status -> bean(Sql.class).count("SELECT COUNT(*) FROM " + table));
    }

    private long auditEntries() {
        return bean(AuditLog.class).verifyChain().entriesChecked();
    }

    // ---- classes and rules ----

    @Test
    void a_class_gets_a_code_of_year_city_and_sequence() {
        World w = world();
        assertThat(bean(ClassService.class).trainingClass(TestCallers.admin(), w.classA()).code()).matches("2026-MDJ-\\d{3}");
    }

    @Test
    void a_principal_class_over_40_is_refused_with_the_reason() {
        World w = world();
        ClassDraft draft = new ClassDraft(w.projectA(), "", "PRINCIPAL", "MINING", "231002", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 4), Hours.of(6, 9, 0), 41);
        assertThatThrownBy(() -> bean(ClassService.class).createClass(TestCallers.admin(), draft))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不超过40人");
    }

    @Test
    void a_team_leader_class_without_a_quarter_practical_hours_is_refused() {
        World w = world();
        ClassDraft draft = new ClassDraft(w.projectA(), "", "TEAM_LEADER", "MINING", "231002", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 4), Hours.of(8, 9, 3), 60);
        assertThatThrownBy(() -> bean(ClassService.class).createClass(w.a(), draft))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("实训");
    }

    @Test
    void rules_set_for_a_later_year_apply_from_that_year() {
        TrainingRulesService rules = bean(TrainingRulesService.class);
        var defaults = rules.rulesFor(TestCallers.admin(), 2030);
        List<cn.kaowu.core.registry.domain.CategoryRule> changed = new ArrayList<>();
        defaults.categories().values().forEach(r -> changed.add(new cn.kaowu.core.registry.domain.CategoryRule(r.categoryCode(),
                r.categoryName(), r.minHours(), r.maxHours(), r.minInPersonPercent(), r.minPracticalPercent(), 30)));
        rules.setRules(TestCallers.admin(), 2031, changed);
        assertThat(rules.rulesFor(TestCallers.admin(), 2030).forCategory("MANAGER").orElseThrow().maxClassSize()).isEqualTo(80);
        assertThat(rules.rulesFor(TestCallers.admin(), 2032).forCategory("MANAGER").orElseThrow().maxClassSize()).isEqualTo(30);
        assertThrows(AccessDenied.class, () -> rules.setRules(TestCallers.paperBuilder(), 2033, changed));
    }

    @Test
    void a_project_moves_through_its_statuses_and_only_the_bureau_accepts() {
        World w = world();
        ProjectService projects = bean(ProjectService.class);
        projects.changeStatus(w.a(), w.projectA(), ProjectStatus.RUNNING);
        projects.changeStatus(w.a(), w.projectA(), ProjectStatus.TRAINING_FINISHED);
        assertThatThrownBy(() -> projects.changeStatus(w.a(), w.projectA(), ProjectStatus.ACCEPTED))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> projects.changeStatus(TestCallers.admin(), w.projectA(), ProjectStatus.ACCEPTED))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不能从");
        projects.changeStatus(w.a(), w.projectA(), ProjectStatus.ACCEPTANCE_APPLIED);
        assertThat(projects.changeStatus(TestCallers.admin(), w.projectA(), ProjectStatus.ACCEPTED).status())
                .isEqualTo(ProjectStatus.ACCEPTED);
    }

    @Test
    void an_institution_with_an_invalid_credit_code_is_refused() {
        assertThatThrownBy(() -> bean(InstitutionService.class).registerInstitution(TestCallers.admin(),
                new NewInstitution("丙学校", "91350100M000100Y44", "231002", "联系人", "", "")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("统一社会信用代码：校验位错误");
    }

    // ---- import ----

    @Test
    void an_import_writes_people_entries_and_enterprises_and_one_audit_entry() {
        World w = world();
        long before = auditEntries();
        RosterImportResult result = bean(RosterImportService.class).importRoster(w.a(), w.classA(), "a.csv",
                csv(row("王伟", idNumber(), "恒达矿业", "6,9,0"), row("李娜", idNumber(), "金山煤矿", "6,9,0")));
        assertThat(result.errorTexts()).isEmpty();
        assertThat(result.personsCreated()).isEqualTo(2);
        assertThat(result.enterprisesCreated()).isEqualTo(2);
        assertThat(bean(RosterService.class).roster(w.a(), w.classA())).hasSize(2);
        assertThat(auditEntries()).isEqualTo(before + 1);
    }

    @Test
    void uploading_the_same_file_again_updates_hours_without_duplicates() {
        World w = world();
        String id = idNumber();
        RosterImportService imports = bean(RosterImportService.class);
        imports.importRoster(w.a(), w.classA(), "a.csv", csv(row("王伟", id, "恒达矿业", "6,9,0")));
        long people = count("person");
        RosterImportResult again = imports.importRoster(w.a(), w.classA(), "a.csv", csv(row("王伟", id, "恒达矿业", "6,10,0")));
        assertThat(again.entriesUpdated()).isEqualTo(1);
        assertThat(again.entriesCreated()).isZero();
        assertThat(count("person")).isEqualTo(people);
        List<RosterEntryView> roster = bean(RosterService.class).roster(w.a(), w.classA());
        assertThat(roster).singleElement().satisfies(e -> assertThat(e.completedHours().offline()).isEqualByComparingTo("10"));
    }

    @Test
    void one_bad_row_writes_nothing_and_names_row_and_column() {
        World w = world();
        long people = count("person");
        RosterImportResult result = bean(RosterImportService.class).importRoster(w.a(), w.classA(), "a.csv",
                csv(row("王伟", idNumber(), "恒达矿业", "6,9,0"), row("李娜", "110105194912310021", "恒达矿业", "6,9,0")));
        assertThat(result.imported()).isFalse();
        assertThat(result.errorTexts()).containsExactly("第3行 身份证号：校验位错误");
        assertThat(count("person")).isEqualTo(people);
        assertThat(bean(RosterService.class).roster(w.a(), w.classA())).isEmpty();
    }

    @Test
    void wrong_headers_and_empty_files_write_nothing() {
        World w = world();
        RosterImportService imports = bean(RosterImportService.class);
        assertThat(imports.importRoster(w.a(), w.classA(), "e.csv", new byte[0]).errorTexts()).containsExactly("文件为空");
        assertThat(imports.importRoster(w.a(), w.classA(), "h.csv",
                RosterFiles.csv(StandardCharsets.UTF_8, false, "姓名,手机号", "王伟,13800138000")).errorTexts())
                .contains("表头：缺少列“身份证号”");
    }

    @Test
    void a_person_on_an_overlapping_class_is_refused() {
        World w = world();
        String id = idNumber();
        bean(RosterImportService.class).importRoster(w.a(), w.classA(), "a.csv", csv(row("王伟", id, "恒达矿业", "6,9,0")));
        RosterImportResult result = bean(RosterImportService.class).importRoster(w.b(), w.classB(), "b.csv",
                csv(row("王伟", id, "恒达矿业", "6,9,0")));
        assertThat(result.errorTexts()).singleElement().asString().startsWith("第2行 身份证号：该人员已在班次").contains("重叠");
    }

    @Test
    void a_roster_over_the_capacity_is_refused() {
        World w = world();
        ClassView small = bean(ClassService.class).createClass(TestCallers.admin(),
                managerClass(w.projectA(), LocalDate.of(2027, 1, 4), 1));
        RosterImportResult result = bean(RosterImportService.class).importRoster(w.a(), small.id(), "a.csv",
                csv(row("王伟", idNumber(), "恒达矿业", "6,9,0"), row("李娜", idNumber(), "恒达矿业", "6,9,0")));
        assertThat(result.errorTexts()).singleElement().asString().contains("超出1人");
    }

    @Test
    void the_same_id_number_with_another_name_is_refused() {
        World w = world();
        String id = idNumber();
        bean(RosterImportService.class).importRoster(w.a(), w.classA(), "a.csv", csv(row("王伟", id, "恒达矿业", "6,9,0")));
        ClassView later = bean(ClassService.class).createClass(TestCallers.admin(),
                managerClass(w.projectA(), LocalDate.of(2027, 6, 7), 40));
        assertThat(bean(RosterImportService.class).importRoster(w.a(), later.id(), "b.csv",
                csv(row("王小伟", id, "恒达矿业", "6,9,0"))).errorTexts()).singleElement().asString().contains("实名制");
    }

    // ---- masking and eligibility ----

    @Test
    void id_numbers_are_masked_for_everyone_but_the_paper_builder() {
        World w = world();
        String id = idNumber();
        bean(RosterImportService.class).importRoster(w.a(), w.classA(), "a.csv", csv(row("王伟", id, "恒达矿业", "6,9,0")));
        RosterService rosters = bean(RosterService.class);
        assertThat(rosters.roster(TestCallers.paperBuilder(), w.classA()).get(0).idNumber()).isEqualTo(id);
        for (Caller caller : new Caller[]{TestCallers.admin(), TestCallers.reviewer(), w.a()}) {
            assertThat(rosters.roster(caller, w.classA()).get(0).idNumber()).isEqualTo(IdNumber.mask(id));
        }
    }

    @Test
    void trainees_short_of_hours_are_listed_as_ineligible_with_the_reason() {
        World w = world();
        bean(RosterImportService.class).importRoster(w.a(), w.classA(), "a.csv",
                csv(row("王伟", idNumber(), "恒达矿业", "6,9,0"), row("李娜", idNumber(), "恒达矿业", "6,4,0")));
        List<IneligibleCandidate> ineligible = bean(RosterService.class).ineligibleCandidates(w.a(), w.classA());
        assertThat(ineligible).singleElement().satisfies(c -> {
            assertThat(c.realName()).isEqualTo("李娜");
            assertThat(c.reason()).contains("不具备考试资格").contains("12–48学时");
        });
        assertThat(bean(RosterService.class).eligibleCandidates(w.a(), w.classA())).extracting(RosterEntryView::realName)
                .containsExactly("王伟");
    }

    // ---- access ----

    @Test
    void institution_a_cannot_read_or_change_institution_b_registry() {
        World w = world();
        RosterService rosters = bean(RosterService.class);
        refused(() -> rosters.roster(w.a(), w.classB()));
        refused(() -> rosters.ineligibleCandidates(w.a(), w.classB()));
        refused(() -> rosters.eligibleCandidates(w.a(), w.classB()));
        refused(() -> bean(ClassService.class).trainingClass(w.a(), w.classB()));
        refused(() -> bean(ClassService.class).classes(w.a(), w.projectB()));
        refused(() -> bean(ClassService.class).updateClass(w.a(), w.classB(), managerClass(w.projectB(), LocalDate.of(2026, 9, 1), 50)));
        refused(() -> bean(ClassService.class).createClass(w.a(), managerClass(w.projectB(), LocalDate.of(2026, 9, 1), 50)));
        refused(() -> bean(ProjectService.class).project(w.a(), w.projectB()));
        refused(() -> bean(ProjectService.class).changeStatus(w.a(), w.projectB(), ProjectStatus.RUNNING));
        refused(() -> bean(InstitutionService.class).institution(w.a(), w.institutionB()));
        refused(() -> bean(InstitutionService.class).enterprises(w.a(), w.institutionB()));
        refused(() -> bean(InstitutionService.class).registerEnterprise(w.a(), w.institutionB(), new NewEnterprise("某企业", null, null, null)));
        refused(() -> bean(RosterImportService.class).importRoster(w.a(), w.classB(), "x.csv", csv(row("王伟", idNumber(), "恒达", "6,9,0"))));
        assertThat(bean(ProjectService.class).projects(w.a(), null)).extracting(ProjectView::institutionId).containsOnly(w.institutionA());
        assertThat(bean(ClassService.class).classes(w.a(), null)).extracting(ClassView::institutionId).containsOnly(w.institutionA());
        assertThat(bean(InstitutionService.class).institutions(w.a())).extracting(InstitutionView::organisationId)
                .containsExactly(w.institutionA());
    }

    @Test
    void invigilators_and_candidates_are_refused_every_registry_list() {
        World w = world();
        for (Caller caller : new Caller[]{TestCallers.invigilator(), TestCallers.candidate()}) {
            refused(() -> bean(ProjectService.class).projects(caller, null));
            refused(() -> bean(ProjectService.class).project(caller, w.projectA()));
            refused(() -> bean(ClassService.class).classes(caller, null));
            refused(() -> bean(ClassService.class).trainingClass(caller, w.classA()));
            refused(() -> bean(RosterService.class).roster(caller, w.classA()));
            refused(() -> bean(RosterService.class).ineligibleCandidates(caller, w.classA()));
            refused(() -> bean(InstitutionService.class).institutions(caller));
            refused(() -> bean(InstitutionService.class).enterprises(caller, w.institutionA()));
            refused(() -> bean(RosterImportService.class).template(caller));
            refused(() -> bean(RosterImportService.class).importRoster(caller, w.classA(), "x.csv", new byte[0]));
        }
    }

    @Test
    void the_reviewer_reads_but_changes_nothing() {
        World w = world();
        Caller reviewer = TestCallers.reviewer();
        assertThat(bean(ClassService.class).classes(reviewer, null)).isNotEmpty();
        assertThat(bean(RosterService.class).roster(reviewer, w.classA())).isEmpty();
        refused(() -> bean(RosterImportService.class).importRoster(reviewer, w.classA(), "x.csv", new byte[0]));
        refused(() -> bean(ClassService.class).updateClass(reviewer, w.classA(), managerClass(w.projectA(), LocalDate.of(2026, 9, 1), 50)));
        refused(() -> bean(ProjectService.class).createProject(reviewer, project(w.institutionA(), "验收人项目")));
        refused(() -> bean(InstitutionService.class).registerInstitution(reviewer, new NewInstitution("x", "", "", "", "", "")));
    }

    @Test
    void only_the_bureau_approves_projects_registers_institutions_and_schedules_exams() {
        World w = world();
        for (Caller caller : new Caller[]{w.a(), TestCallers.invigilator(), TestCallers.candidate(), TestCallers.reviewer()}) {
            refused(() -> bean(ProjectService.class).createProject(caller, project(w.institutionA(), "项目x")));
            refused(() -> bean(ProjectService.class).updatePlan(caller, w.projectA(), BigDecimal.ONE, 1, List.of()));
            refused(() -> bean(InstitutionService.class).registerInstitution(caller, new NewInstitution("x", "", "", "", "", "")));
            refused(() -> bean(ClassService.class).markExamScheduled(caller, w.classA(), true));
        }
    }

    @Test
    void once_the_exam_is_scheduled_the_institution_can_no_longer_change_the_roster() {
        World w = world();
        String id = idNumber();
        bean(RosterImportService.class).importRoster(w.a(), w.classA(), "a.csv", csv(row("王伟", id, "恒达矿业", "6,9,0")));
        long entry = bean(RosterService.class).roster(w.a(), w.classA()).get(0).entryId();
        bean(ClassService.class).markExamScheduled(TestCallers.paperBuilder(), w.classA(), true);
        refused(() -> bean(RosterImportService.class).importRoster(w.a(), w.classA(), "a.csv", csv(row("王伟", id, "恒达矿业", "6,9,0"))));
        refused(() -> bean(RosterService.class).updateHours(w.a(), entry, Hours.of(6, 9, 0)));
        refused(() -> bean(RosterService.class).removeTrainee(w.a(), entry));
        refused(() -> bean(ClassService.class).updateClass(w.a(), w.classA(), managerClass(w.projectA(), LocalDate.of(2026, 9, 1), 50)));
        assertThat(bean(RosterService.class).updateHours(TestCallers.admin(), entry, Hours.of(6, 10, 0)).completedHours().offline())
                .isEqualByComparingTo("10");
    }

    @Test
    void reference_data_is_changed_by_the_administrator_only_and_audited() {
        ReferenceDataAdministration admin = bean(ReferenceDataAdministration.class);
        long before = auditEntries();
        String code = "LOCAL_" + SEQUENCE.incrementAndGet();
        admin.add(TestCallers.admin(), ReferenceKind.INDUSTRY, code, "地方行业" + code, "否", 200);
        admin.rename(TestCallers.admin(), ReferenceKind.INDUSTRY, code, "地方特色行业" + code);
        assertThat(bean(ReferenceData.class).find(ReferenceKind.INDUSTRY, code)).isPresent();
        admin.retire(TestCallers.admin(), ReferenceKind.INDUSTRY, code);
        assertThat(bean(ReferenceData.class).find(ReferenceKind.INDUSTRY, code)).isEmpty();
        assertThat(auditEntries()).isEqualTo(before + 3);
        for (Caller caller : new Caller[]{TestCallers.paperBuilder(), TestCallers.institutionA(), TestCallers.reviewer(),
                TestCallers.invigilator(), TestCallers.candidate()}) {
            refused(() -> admin.add(caller, ReferenceKind.INDUSTRY, "X_" + code, "x", "", 1));
            refused(() -> admin.rename(caller, ReferenceKind.INDUSTRY, code, "y"));
            refused(() -> admin.retire(caller, ReferenceKind.COUNTY, "231002"));
            refused(() -> admin.rows(caller, ReferenceKind.COUNTY));
        }
    }

    @Test
    void person_records_are_scoped_to_the_institution_that_trained_them() {
        World w = world();
        bean(RosterImportService.class).importRoster(w.a(), w.classA(), "a.csv", csv(row("王伟", idNumber(), "恒达矿业", "6,9,0")));
        long person = bean(RosterService.class).roster(w.a(), w.classA()).get(0).personId();
        assertThat(bean(RosterService.class).person(w.a(), person).classCodes()).hasSize(1);
        refused(() -> bean(RosterService.class).person(w.b(), person));
        refused(() -> bean(RosterService.class).person(TestCallers.candidate(), person));
    }

    @Test
    void the_demo_city_seeds_through_the_services_with_some_trainees_ineligible() {
        DemoCityData data = bean(DemoCity.class).seed(Caller.system());
        assertThat(data.institutionIds()).hasSize(2);
        assertThat(data.classIds()).hasSize(6);
        int trainees = 0;
        int ineligible = 0;
        for (long classId : data.classIds()) {
            trainees += bean(RosterService.class).roster(TestCallers.paperBuilder(), classId).size();
            ineligible += bean(RosterService.class).ineligibleCandidates(TestCallers.paperBuilder(), classId).size();
        }
        assertThat(trainees).isEqualTo(150);
        assertThat(ineligible).isBetween(5, 30);
        assertThat(bean(RosterService.class).person(TestCallers.admin(), data.candidatePersonId()).classCodes()).hasSize(1);
        assertThat(bean(AuditLog.class).verifyChain().intact()).isTrue();
    }

    private static void refused(Executable call) {
        assertThrows(AccessDenied.class, call);
    }
}
