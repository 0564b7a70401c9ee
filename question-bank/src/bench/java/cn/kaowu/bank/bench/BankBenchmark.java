package cn.kaowu.bank.bench;

import cn.kaowu.bank.duplicates.DuplicateService;
import cn.kaowu.bank.duplicates.NearDuplicates;
import cn.kaowu.bank.exporting.ExportRows;
import cn.kaowu.bank.importing.ImportOptions;
import cn.kaowu.bank.importing.ImportResult;
import cn.kaowu.bank.importing.ImportService;
import cn.kaowu.bank.item.ItemDraft;
import cn.kaowu.bank.item.Vocabulary;
import cn.kaowu.bank.pool.ItemPoolService;
import cn.kaowu.bank.pool.PoolItem;
import cn.kaowu.bank.search.ItemQuery;
import cn.kaowu.bank.search.ItemSearch;
import cn.kaowu.bank.synthetic.SyntheticBank;
import cn.kaowu.bank.template.TemplateWriter;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.reference.ReferenceData;
import cn.kaowu.core.testing.TestDatabase;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * Prints the bank's speed figures: near-duplicate check of 20,000 stems; import of the demo
 * bank (.xlsx), a 300-item and a 20,000-item synthetic .xlsx on H2 and on MariaDB (each on a fresh
 * database; the import includes parsing, checking every row, the duplicate check and the
 * writes); the generator's pool query and a search page on 20,000 items.
 * <pre>
 * mvn -q -pl question-bank test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=cn.kaowu.bank.bench.BankBenchmark [-Dexec.args=h2 | -Dexec.args=duplicates]
 * </pre>
 */
public final class BankBenchmark {

    private static final Caller BUILDER = Caller.system();

    private BankBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean mariaDb = args.length == 0 || !args[0].equals("h2");
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("cn.kaowu.bank.importing"))
                .setLevel(ch.qos.logback.classic.Level.INFO);
        duplicatesInMemory();
        if (args.length > 0 && args[0].equals("duplicates")) {
            return;
        }
        byte[] small = syntheticXlsx(300, 1);
        byte[] large = syntheticXlsx(20_000, 2);
        System.out.printf("synthetic xlsx: 300 items %d KB, 20,000 items %d KB%n", small.length / 1024, large.length / 1024);
        run("H2", TestDatabase::h2, small, large);
        if (mariaDb) {
            run("MariaDB", TestDatabase::mariaDb, small, large);
        }
    }

    private static void duplicatesInMemory() {
        List<String> stems = SyntheticBank.withDefaultCodes(42).items(20_000).stream().map(ItemDraft::stem).toList();
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            int pairs = NearDuplicates.pairs(stems, 0, NearDuplicates.DEFAULT_THRESHOLD).size();
            System.out.printf("near-duplicate check, 20,000 stems in memory (round %d): %d ms, %d pairs%n", round,
                    ms(start), pairs);
        }
    }

    private static byte[] syntheticXlsx(int count, long seed) {
        Vocabulary vocabulary = new Vocabulary(
                SyntheticBank.AREAS.stream().map(c -> new cn.kaowu.core.reference.ReferenceEntry(c, c)).toList(),
                SyntheticBank.INDUSTRIES.stream().map(c -> new cn.kaowu.core.reference.ReferenceEntry(c, c)).toList(),
                SyntheticBank.CATEGORIES.stream().map(c -> new cn.kaowu.core.reference.ReferenceEntry(c, c)).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(SyntheticBank.withDefaultCodes(seed).items(count).stream()
                .map(d -> ExportRows.toRow(d, vocabulary)).toList(), out);
        return out.toByteArray();
    }

    private interface Databases {
        TestDatabase open();
    }

    private static void run(String name, Databases databases, byte[] small, byte[] large) throws Exception {
        try (TestDatabase db = databases.open()) {
            db.bean(ReferenceData.class).industries();
            byte[] demo;
            try (InputStream in = BankBenchmark.class.getClassLoader().getResourceAsStream("demo/demo-bank.xlsx")) {
                demo = in.readAllBytes();
            }
            long start = System.nanoTime();
            ImportResult result = db.bean(ImportService.class).importFile(BUILDER, "demo-bank.xlsx",
                    new ByteArrayInputStream(demo), ImportOptions.approved());
            System.out.printf("%s: import demo bank xlsx, %d items, empty bank: %d ms%n", name, result.count(), ms(start));
        }
        try (TestDatabase db = databases.open()) {
            importTimed(name, db, "300-item synthetic xlsx, empty bank", small);
        }
        try (TestDatabase db = databases.open()) {
            importTimed(name, db, "20,000-item synthetic xlsx, empty bank", large);
            importTimed(name, db, "300-item synthetic xlsx into the 20,000-item bank", syntheticXlsx(300, 3));
            for (int round = 1; round <= 2; round++) {
                long start = System.nanoTime();
                int pairs = db.bean(DuplicateService.class).report(BUILDER).size();
                System.out.printf("%s: bank-wide duplicate report, 20,300 items from the database (round %d): %d ms, %d pairs%n",
                        name, round, ms(start), pairs);
            }
            for (int round = 1; round <= 3; round++) {
                long start = System.nanoTime();
                List<PoolItem> pool = db.bean(ItemPoolService.class).activeItems(BUILDER, "MINING", "TEAM_LEADER");
                System.out.printf("%s: generator pool for MINING/TEAM_LEADER (round %d): %d ms, %d items%n", name, round,
                        ms(start), pool.size());
                start = System.nanoTime();
                int loaded = db.bean(ItemPoolService.class).loadVersions(BUILDER,
                        pool.stream().limit(100).map(PoolItem::ref).toList()).size();
                System.out.printf("%s: load %d pinned versions: %d ms%n", name, loaded, ms(start));
                start = System.nanoTime();
                long total = db.bean(ItemSearch.class).search(BUILDER, ItemQuery.all(0, 50)
                        .withContentAreas(Set.of("LAW")).withText("公司")).total();
                System.out.printf("%s: search page with facets and text filter (round %d): %d ms, %d matches%n", name,
                        round, ms(start), total);
            }
        }
    }

    private static void importTimed(String name, TestDatabase db, String what, byte[] xlsx) {
        long start = System.nanoTime();
        ImportResult result = db.bean(ImportService.class).importFile(BUILDER, "synthetic.xlsx",
                new ByteArrayInputStream(xlsx), ImportOptions.approved());
        System.out.printf("%s: import %s: %d ms (%d items, %d flagged similar)%n", name, what, ms(start), result.count(),
                result.similar().size());
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
