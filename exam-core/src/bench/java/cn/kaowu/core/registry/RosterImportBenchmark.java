package cn.kaowu.core.registry;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.registry.domain.CategoryRule;
import cn.kaowu.core.registry.domain.CreditCode;
import cn.kaowu.core.registry.domain.Hours;
import cn.kaowu.core.registry.domain.IdNumber;
import cn.kaowu.core.registry.importing.RosterColumn;
import cn.kaowu.core.registry.service.ClassDraft;
import cn.kaowu.core.registry.service.ClassService;
import cn.kaowu.core.registry.service.InstitutionService;
import cn.kaowu.core.registry.service.NewInstitution;
import cn.kaowu.core.registry.service.NewProject;
import cn.kaowu.core.registry.service.ProjectService;
import cn.kaowu.core.registry.service.ProjectTarget;
import cn.kaowu.core.registry.service.RosterImportResult;
import cn.kaowu.core.registry.service.RosterImportService;
import cn.kaowu.core.registry.service.TrainingRulesService;
import cn.kaowu.core.testing.TestDatabase;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Imports a generated 20,000-row .xlsx roster into one class on H2 and on MariaDB and prints the
 * times: first upload (all inserts) and the same file again (all updates). The year 2099 gets a
 * rule set whose class-size limit allows such a class (the rules are configurable per year).
 *
 * <p>Run: {@code mvn -Pbench -pl exam-core test-compile exec:java -Dexec.mainClass=cn.kaowu.core.registry.RosterImportBenchmark -Dexec.classpathScope=test}
 */
public final class RosterImportBenchmark {

    private static final int ROWS = 20_000;

    private RosterImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        byte[] file = xlsx(ROWS, 9);
        byte[] changed = xlsx(ROWS, 10);
        System.out.printf("generated %,d-row xlsx: %,d bytes%n", ROWS, file.length);
        // The first import in a JVM also pays for class loading and JIT compilation of the reader,
        // the checks and the JDBC path: shown once as "cold", then every figure on a fresh database.
        try (TestDatabase h2 = TestDatabase.h2()) {
            run("H2 (cold JVM)", h2, file, changed);
        }
        try (TestDatabase h2 = TestDatabase.h2()) {
            run("H2", h2, file, changed);
        }
        try (TestDatabase mariaDb = TestDatabase.mariaDb()) {
            run("MariaDB", mariaDb, file, changed);
        }
    }

    private static void run(String name, TestDatabase database, byte[] file, byte[] changed) {
        Caller admin = Caller.system();
        TrainingRulesService rules = database.bean(TrainingRulesService.class);
        List<CategoryRule> large = new ArrayList<>();
        rules.rulesFor(admin, 2099).categories().values().forEach(r -> large.add(new CategoryRule(r.categoryCode(),
                r.categoryName(), r.minHours(), r.maxHours(), r.minInPersonPercent(), r.minPracticalPercent(), ROWS)));
        rules.setRules(admin, 2099, large);
        String first17 = "12231000000000001";
        long institution = database.bean(InstitutionService.class).registerInstitution(admin, new NewInstitution("基准测试培训中心",
                first17 + CreditCode.checkCharacter(first17), "231002", "联系人", "", "")).organisationId();
        long project = database.bean(ProjectService.class).createProject(admin, new NewProject(2099, institution, "基准项目",
                BigDecimal.ONE, 1, List.of(new ProjectTarget("MANAGER", "MINING", ROWS)))).id();
        long classId = database.bean(ClassService.class).createClass(admin, new ClassDraft(project, "", "MANAGER", "MINING",
                "231002", LocalDate.of(2099, 3, 2), LocalDate.of(2099, 3, 6), Hours.of(6, 9, 0), ROWS)).id();
        RosterImportService imports = database.bean(RosterImportService.class);
        String[] rounds = {"first upload (inserts)", "same file again", "all hours changed (updates)"};
        byte[][] files = {file, file, changed};
        for (int i = 0; i < rounds.length; i++) {
            String round = rounds[i];
            long start = System.nanoTime();
            RosterImportResult result = imports.importRoster(admin, classId, "bench.xlsx", files[i]);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!result.imported()) {
                throw new IllegalStateException("import refused: " + result.errorTexts().subList(0, Math.min(5, result.errors().size())));
            }
            System.out.printf("%-14s %-28s %,6d ms  (persons +%d, entries +%d, updated %d, unchanged %d)%n", name, round,
                    millis, result.personsCreated(), result.entriesCreated(), result.entriesUpdated(), result.entriesUnchanged());
        }
    }

    private static byte[] xlsx(int rows, int offlineHours) throws IOException {
        Random random = new Random(42);
        Set<String> used = new HashSet<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "bench", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("花名册");
            RosterColumn[] columns = RosterColumn.values();
            for (int c = 0; c < columns.length; c++) {
                sheet.value(0, c, columns[c].header());
            }
            for (int r = 1; r <= rows; r++) {
                String id;
                do {
                    LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(365 * 36));
                    String first17 = "23100" + (2 + random.nextInt(4)) + birth.toString().replace("-", "")
                            + String.format("%03d", random.nextInt(1000));
                    id = first17 + IdNumber.checkCharacter(first17);
                } while (!used.add(id));
                sheet.value(r, 0, "学员" + (char) ('甲' + random.nextInt(10)) + (char) ('一' + random.nextInt(9)));
                sheet.value(r, 1, id);
                sheet.value(r, 2, "139" + String.format("%08d", random.nextInt(100_000_000)));
                sheet.value(r, 3, "基准企业" + (r % 50));
                sheet.value(r, 5, "安全员");
                sheet.value(r, 6, 6);
                sheet.value(r, 7, offlineHours);
                sheet.value(r, 8, 0);
            }
        }
        return out.toByteArray();
    }
}
