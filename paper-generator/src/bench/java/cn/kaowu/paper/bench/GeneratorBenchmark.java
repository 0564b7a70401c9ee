package cn.kaowu.paper.bench;

// Run (from the repository root; the bench profile adds src/bench/java and OR-Tools):
//   mvn -q -B -pl paper-generator -am install -DskipTests
//   mvn -q -B -Pbench -pl paper-generator test-compile exec:java \
//       -Dexec.mainClass=cn.kaowu.paper.bench.GeneratorBenchmark -Dexec.classpathScope=test
// Optional arguments: <classes=200> <cp-sat papers=20> <cp-sat seconds per paper=10> <seed=20260301>
// -Dtail=5 (default) also solves the last 5 papers with CP-SAT given the assembler's earlier papers.
// CP-SAT runs with presolve off (its presolve alone took 16 s per paper on this model here; with it off
// CP-SAT proves the optimum in seconds): -Dcpsat.presolve=true turns it on, -Dcpsat.log=true logs the search.

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.paper.assembly.Applicability;
import cn.kaowu.paper.assembly.AssembledPaper;
import cn.kaowu.paper.assembly.AssemblyProblem;
import cn.kaowu.paper.assembly.CandidateItem;
import cn.kaowu.paper.assembly.HardConstraintChecker;
import cn.kaowu.paper.assembly.InMemoryItemSource;
import cn.kaowu.paper.assembly.PaperAssembler;
import cn.kaowu.paper.assembly.PaperSlot;
import cn.kaowu.paper.assembly.PinnedItem;
import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.BlueprintCell;
import cn.kaowu.paper.blueprint.DifficultyTarget;
import cn.kaowu.paper.blueprint.TaxonomyNames;
import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The paper generator against Google OR-Tools CP-SAT on the same problem: a synthetic bank of
 * 20,000 items (3 types, 5 areas, 4 industries, 3 categories, difficulty 1–5), a 100-item
 * blueprint (60 single, 20 multiple, 20 true/false over five areas), 200 classes, overlap cap 20 %.
 *
 * <p>One objective for both, per paper: 100 · |mean difficulty − target| + mean exposure of the
 * chosen items (uses before this paper). CP-SAT solves each paper given its own previous papers
 * (sequential, like the assembler) with the same hard constraints.
 */
public final class GeneratorBenchmark {

    static final String[] AREAS = {"POLICY", "LAW", "ACCIDENT", "OCCUPATIONAL", "WARNING"};
    static final String[] INDUSTRIES = {"MINING", "MACHINERY", "RAILWAY_TRANSPORT", "RAILWAY_CONSTRUCTION"};
    static final String[] CATEGORIES = {"PRINCIPAL", "MANAGER", "TEAM_LEADER"};
    static final int BANK = 20_000;

    private GeneratorBenchmark() {
    }

    public static void main(String[] args) {
        int classes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int cpPapers = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        double cpSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20260301L;

        InMemoryItemSource bank = syntheticBank(BANK, 42);
        Blueprint blueprint = blueprint();
        TaxonomyNames names = names();
        double cap = 0.20;
        System.out.printf("Bank: %,d active items; blueprint: %d items (60 单选, 20 多选, 20 判断 over 5 areas), "
                + "target mean difficulty %.1f (band %.1f–%.1f); %d classes; overlap cap %.0f %% (%d items); %d cores%n",
                bank.activeCount(), blueprint.questionCount(), blueprint.difficulty().target(),
                blueprint.difficulty().min(), blueprint.difficulty().max(), classes, cap * 100,
                AssemblyProblem.overlapLimit(cap, blueprint.questionCount()), Runtime.getRuntime().availableProcessors());

        long poolStart = System.nanoTime();
        AssemblyProblem problem = problem(bank, blueprint, names, classes, cap, seed);
        long poolNanos = System.nanoTime() - poolStart;
        System.out.printf("Loading pools from the item source (12 industry × category pairs): %.1f ms%n", poolNanos / 1e6);

        PaperAssembler assembler = new PaperAssembler();
        long coldStart = System.nanoTime();
        List<AssembledPaper> cold = assembler.assemble(problem, PaperAssembler.Progress.NONE);
        long coldNanos = System.nanoTime() - coldStart;
        for (int i = 0; i < 3; i++) {
            assembler.assemble(problem, PaperAssembler.Progress.NONE);
        }
        long warmStart = System.nanoTime();
        List<AssembledPaper> papers = assembler.assemble(problem, PaperAssembler.Progress.NONE);
        long warmNanos = System.nanoTime() - warmStart;
        boolean reproducible = sameItems(cold, papers);

        long checkStart = System.nanoTime();
        HardConstraintChecker.Result check = check(problem, papers);
        long checkNanos = System.nanoTime() - checkStart;

        long[] perPaper = papers.stream().mapToLong(AssembledPaper::nanos).sorted().toArray();
        double target = blueprint.difficulty().target();
        double meanDeviation = papers.stream().mapToDouble(p -> Math.abs(p.meanDifficulty() - target)).average().orElse(0);
        long inBand = papers.stream().filter(p -> blueprint.difficulty().contains(p.meanDifficulty())).count();
        int[] uses = uses(bank, papers);
        int min = Arrays.stream(uses).min().orElse(0);
        int max = Arrays.stream(uses).max().orElse(0);
        Map<Integer, Integer> histogram = new TreeMap<>();
        for (int u : uses) {
            histogram.merge(u, 1, Integer::sum);
        }
        double[] ourObjective = objectives(papers, target);

        System.out.println();
        System.out.println("== Assembler (constructive + repair + swap search), sequential, one thread ==");
        System.out.printf("All %d papers: %.0f ms cold (first run in this JVM), %.0f ms warm%n", papers.size(),
                coldNanos / 1e6, warmNanos / 1e6);
        System.out.printf("Per paper (warm): median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                perPaper[perPaper.length / 2] / 1e6, perPaper[(int) Math.ceil(perPaper.length * 0.95) - 1] / 1e6,
                perPaper[perPaper.length - 1] / 1e6);
        System.out.printf("Independent hard-constraint check of all papers: %d violations (%.0f ms)%n",
                check.violations().size(), checkNanos / 1e6);
        check.violations().stream().limit(5).forEach(v -> System.out.println("  " + v));
        System.out.printf("Maximum pairwise overlap reached: %d items (cap %d)%n", check.maxPairwiseOverlap(),
                check.overlapLimit());
        System.out.printf("Mean |difficulty − target|: %.4f; papers within band %.1f–%.1f: %d of %d%n", meanDeviation,
                blueprint.difficulty().min(), blueprint.difficulty().max(), inBand, papers.size());
        System.out.printf("Exposure over all %,d bank items: min %d, max %d uses; histogram (uses → items) %s%n",
                uses.length, min, max, histogram);
        System.out.printf("Same seed, same papers (cold run = warm run): %s%n", reproducible);

        if (cpPapers <= 0) {
            return;
        }
        System.out.println();
        System.out.printf("== CP-SAT baseline: first %d papers, sequential, %.0f s limit per paper, 2 workers ==%n",
                cpPapers, cpSeconds);
        long loadStart = System.nanoTime();
        Loader.loadNativeLibraries();
        System.out.printf("Native library loaded in %.0f ms (not counted)%n", (System.nanoTime() - loadStart) / 1e6);
        CpSatBaseline baseline = new CpSatBaseline(problem, cpSeconds);
        double cpTotalObjective = 0;
        double ourTotalObjective = 0;
        long cpTotalNanos = 0;
        long ourTotalNanos = 0;
        int optimal = 0;
        List<Long> cpTimes = new ArrayList<>();
        for (int i = 0; i < Math.min(cpPapers, papers.size()); i++) {
            CpSatBaseline.Solved solved = baseline.solveNext();
            cpTimes.add(solved.nanos());
            cpTotalNanos += solved.nanos();
            cpTotalObjective += solved.objective();
            ourTotalNanos += papers.get(i).nanos();
            ourTotalObjective += ourObjective[i];
            if (solved.status() == CpSolverStatus.OPTIMAL) {
                optimal++;
            }
            System.out.printf("  paper %2d: CP-SAT %8.1f ms (model %5.1f ms), objective %8.4f (%s) | assembler %6.2f ms, objective %8.4f%n",
                    i + 1, solved.nanos() / 1e6, solved.buildNanos() / 1e6, solved.objective(), solved.status(),
                    papers.get(i).nanos() / 1e6,
                    ourObjective[i]);
        }
        int n = Math.min(cpPapers, papers.size());
        long[] cpSorted = cpTimes.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("CP-SAT: %d papers in %.0f ms, median %.1f ms per paper, %d proven optimal, mean objective %.4f%n",
                n, cpTotalNanos / 1e6, cpSorted[cpSorted.length / 2] / 1e6, optimal, cpTotalObjective / n);
        System.out.printf("Assembler: same %d papers in %.1f ms, mean objective %.4f%n", n, ourTotalNanos / 1e6,
                ourTotalObjective / n);
        System.out.printf("Speed ratio (CP-SAT time / assembler time, same papers): %.0f×%n",
                (double) cpTotalNanos / Math.max(1, ourTotalNanos));
        System.out.printf("Objective: assembler %s CP-SAT (%.4f vs %.4f, lower is better; ∞ = no solution within the limit)%n",
                ourTotalObjective <= cpTotalObjective + 1e-9 ? "≤" : ">", ourTotalObjective / n, cpTotalObjective / n);

        int tail = Math.min(Integer.getInteger("tail", 5), papers.size());
        if (tail <= 0) {
            return;
        }
        System.out.println();
        System.out.printf("== Like for like at the end of the batch: the last %d papers, each solved by CP-SAT given the "
                + "assembler's earlier papers (same exposure, same overlap budget) ==%n", tail);
        List<Set<Long>> earlier = new ArrayList<>();
        Map<Long, Integer> exposure = new HashMap<>();
        double tailCp = 0;
        double tailOurs = 0;
        long tailCpNanos = 0;
        long tailOurNanos = 0;
        for (int i = 0; i < papers.size(); i++) {
            if (i >= papers.size() - tail) {
                CpSatBaseline.Solved solved = baseline.solve(problem.slots().get(i), earlier, exposure);
                tailCp += solved.objective();
                tailOurs += ourObjective[i];
                tailCpNanos += solved.nanos();
                tailOurNanos += papers.get(i).nanos();
                System.out.printf("  paper %3d: CP-SAT %8.1f ms, objective %8.4f (%s) | assembler %6.2f ms, objective %8.4f%n",
                        i + 1, solved.nanos() / 1e6, solved.objective(), solved.status(), papers.get(i).nanos() / 1e6,
                        ourObjective[i]);
            }
            Set<Long> ids = new HashSet<>();
            papers.get(i).items().forEach(item -> ids.add(item.itemId()));
            ids.forEach(id -> exposure.merge(id, 1, Integer::sum));
            earlier.add(ids);
        }
        System.out.printf("Last %d papers: CP-SAT mean objective %.4f in %.0f ms, assembler %.4f in %.1f ms (%.0f× faster)%n",
                tail, tailCp / tail, tailCpNanos / 1e6, tailOurs / tail, tailOurNanos / 1e6,
                (double) tailCpNanos / Math.max(1, tailOurNanos));
    }

    /** 100 · |mean − target| + mean exposure before the paper, per paper of the assembler's sequence. */
    static double[] objectives(List<AssembledPaper> papers, double target) {
        Map<Long, Integer> exposure = new HashMap<>();
        double[] result = new double[papers.size()];
        for (int i = 0; i < papers.size(); i++) {
            AssembledPaper paper = papers.get(i);
            double exposureSum = 0;
            for (CandidateItem item : paper.items()) {
                exposureSum += exposure.getOrDefault(item.itemId(), 0);
            }
            result[i] = objective(paper.meanDifficulty(), exposureSum / paper.items().size(), target);
            for (CandidateItem item : paper.items()) {
                exposure.merge(item.itemId(), 1, Integer::sum);
            }
        }
        return result;
    }

    static double objective(double meanDifficulty, double meanExposure, double target) {
        return 100 * Math.abs(meanDifficulty - target) + meanExposure;
    }

    static boolean sameItems(List<AssembledPaper> a, List<AssembledPaper> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).items().equals(b.get(i).items())) {
                return false;
            }
        }
        return true;
    }

    static HardConstraintChecker.Result check(AssemblyProblem problem, List<AssembledPaper> papers) {
        Map<String, Map<Long, CandidateItem>> pools = new HashMap<>();
        List<HardConstraintChecker.PaperUnderCheck> toCheck = new ArrayList<>();
        for (AssembledPaper paper : papers) {
            PaperSlot slot = problem.slots().get(paper.slotIndex());
            Map<Long, CandidateItem> pool = pools.computeIfAbsent(slot.poolKey(), k -> HardConstraintChecker.byId(slot.pool()));
            toCheck.add(new HardConstraintChecker.PaperUnderCheck(slot.label(), paper.items(), pool, slot.excludedItemIds()));
        }
        return HardConstraintChecker.check(problem.blueprint(), problem.names(), problem.overlapCap(), toCheck,
                problem.existing());
    }

    static int[] uses(InMemoryItemSource bank, List<AssembledPaper> papers) {
        Map<Long, Integer> count = new HashMap<>();
        for (AssembledPaper paper : papers) {
            for (CandidateItem item : paper.items()) {
                count.merge(item.itemId(), 1, Integer::sum);
            }
        }
        Set<Long> all = new HashSet<>();
        for (String industry : INDUSTRIES) {
            for (String category : CATEGORIES) {
                bank.activeItemsFor(industry, category).forEach(i -> all.add(i.itemId()));
            }
        }
        return all.stream().mapToInt(id -> count.getOrDefault(id, 0)).toArray();
    }

    static AssemblyProblem problem(InMemoryItemSource bank, Blueprint blueprint, TaxonomyNames names, int classes,
                                   double cap, long seed) {
        Map<String, List<CandidateItem>> pools = new HashMap<>();
        List<PaperSlot> slots = new ArrayList<>();
        for (int i = 0; i < classes; i++) {
            String industry = INDUSTRIES[i % INDUSTRIES.length];
            String category = CATEGORIES[(i / INDUSTRIES.length) % CATEGORIES.length];
            String key = industry + "|" + category;
            List<CandidateItem> pool = pools.computeIfAbsent(key, k -> bank.activeItemsFor(industry, category));
            slots.add(new PaperSlot("班次 B" + (i + 1), key, "行业：" + names.industry(industry) + "，人员类别："
                    + names.category(category), pool, Set.of()));
        }
        return new AssemblyProblem(blueprint, names, slots, List.of(), Map.of(), cap, seed);
    }

    static Blueprint blueprint() {
        List<BlueprintCell> cells = new ArrayList<>();
        for (String area : AREAS) {
            cells.add(BlueprintCell.of(ItemType.SINGLE_CHOICE, area, 12));
        }
        for (String area : AREAS) {
            cells.add(BlueprintCell.of(ItemType.MULTIPLE_CHOICE, area, 4));
        }
        for (String area : AREAS) {
            cells.add(BlueprintCell.of(ItemType.TRUE_FALSE, area, 4));
        }
        return new Blueprint(null, "基准测试方案", null, null, 90, 120, 72,
                Map.of(ItemType.SINGLE_CHOICE, 1, ItemType.MULTIPLE_CHOICE, 2, ItemType.TRUE_FALSE, 1),
                cells, DifficultyTarget.band(2.8, 3.2));
    }

    static TaxonomyNames names() {
        return new TaxonomyNames(
                Map.of("POLICY", "政策论述", "LAW", "法律法规", "ACCIDENT", "事故防范", "OCCUPATIONAL", "职业病预防",
                        "WARNING", "警示教育"),
                Map.of("MINING", "矿山（含煤矿）", "MACHINERY", "机械制造", "RAILWAY_TRANSPORT", "铁路运输",
                        "RAILWAY_CONSTRUCTION", "铁路建设施工"),
                Map.of("PRINCIPAL", "分管负责人", "MANAGER", "专职安全、职业健康管理人员", "TEAM_LEADER", "班组长"));
    }

    /**
     * 60 % single, 20 % multiple, 20 % true/false; areas uniform; 40 % of items for all industries,
     * the rest for one; 50 % for all categories, the rest for one; difficulty 1–5 weighted 10/25/35/20/10.
     */
    static InMemoryItemSource syntheticBank(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InMemoryItemSource bank = new InMemoryItemSource();
        int[] difficultyWeights = {10, 25, 35, 20, 10};
        for (int i = 1; i <= size; i++) {
            int t = random.nextInt(10);
            ItemType type = t < 6 ? ItemType.SINGLE_CHOICE : t < 8 ? ItemType.MULTIPLE_CHOICE : ItemType.TRUE_FALSE;
            String area = AREAS[random.nextInt(AREAS.length)];
            Applicability industries = random.nextInt(10) < 4 ? Applicability.all()
                    : Applicability.of(INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
            Applicability categories = random.nextInt(2) == 0 ? Applicability.all()
                    : Applicability.of(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            int r = random.nextInt(100);
            int difficulty = 1;
            for (int acc = difficultyWeights[0]; r >= acc; acc += difficultyWeights[difficulty++]) {
                // walk the cumulative weights
            }
            CandidateItem item = new CandidateItem(i, 1, type, area, difficulty, industries, categories);
            List<String> options = type == ItemType.TRUE_FALSE ? List.of() : List.of("甲", "乙", "丙", "丁");
            String key = switch (type) {
                case SINGLE_CHOICE -> "B";
                case MULTIPLE_CHOICE -> "ACD";
                case TRUE_FALSE -> "正确";
            };
            bank.add(item, new PinnedItem(item.ref(), type, "第" + i + "题", options, key, "", ""));
        }
        return bank;
    }

    /** CP-SAT, one paper at a time, given its own previous papers. */
    static final class CpSatBaseline {
        record Solved(long nanos, long buildNanos, double objective, CpSolverStatus status, Set<Long> chosen) {
        }

        private final AssemblyProblem problem;
        private final double seconds;
        private final Map<Long, Integer> exposure = new HashMap<>();
        private final List<Set<Long>> previous = new ArrayList<>();
        private int next;

        CpSatBaseline(AssemblyProblem problem, double seconds) {
            this.problem = problem;
            this.seconds = seconds;
        }

        /** The next paper of CP-SAT's own sequence. */
        Solved solveNext() {
            Solved solved = solve(problem.slots().get(next++), previous, exposure);
            for (Long id : solved.chosen()) {
                exposure.merge(id, 1, Integer::sum);
            }
            previous.add(solved.chosen());
            return solved;
        }

        /** One paper given earlier papers and exposure (e.g. the assembler's, for a like-for-like comparison). */
        Solved solve(PaperSlot slot, List<Set<Long>> previous, Map<Long, Integer> exposure) {
            long start = System.nanoTime();
            Blueprint blueprint = problem.blueprint();
            int n = blueprint.questionCount();
            long target100 = Math.round(blueprint.difficulty().target() * 100);
            CpModel model = new CpModel();
            List<BoolVar> vars = new ArrayList<>();
            List<CandidateItem> varItems = new ArrayList<>();
            Map<Long, BoolVar> byId = new HashMap<>();
            for (BlueprintCell cell : blueprint.cells()) {
                List<BoolVar> cellVars = new ArrayList<>();
                for (CandidateItem item : slot.pool()) {
                    if (cell.accepts(item) && !slot.excludedItemIds().contains(item.itemId())) {
                        BoolVar x = model.newBoolVar("x" + item.itemId());
                        vars.add(x);
                        varItems.add(item);
                        byId.put(item.itemId(), x);
                        cellVars.add(x);
                    }
                }
                model.addEquality(LinearExpr.sum(cellVars.toArray(new BoolVar[0])), cell.count());
            }
            int limit = problem.overlapLimit();
            for (Set<Long> paper : previous) {
                List<BoolVar> sharedVars = new ArrayList<>();
                for (Long id : paper) {
                    BoolVar x = byId.get(id);
                    if (x != null) {
                        sharedVars.add(x);
                    }
                }
                if (sharedVars.size() > limit) {
                    model.addLessOrEqual(LinearExpr.sum(sharedVars.toArray(new BoolVar[0])), limit);
                }
            }
            BoolVar[] all = vars.toArray(new BoolVar[0]);
            long[] difficulty100 = new long[all.length];
            long[] exposures = new long[all.length];
            for (int i = 0; i < all.length; i++) {
                difficulty100[i] = 100L * varItems.get(i).difficulty();
                exposures[i] = exposure.getOrDefault(varItems.get(i).itemId(), 0);
            }
            IntVar deviation = model.newIntVar(0, 500L * n, "deviation");
            model.addAbsEquality(deviation,
                    LinearExpr.newBuilder().addWeightedSum(all, difficulty100).add(-target100 * n).build());
            // n × (100 · |mean − target| + mean exposure) = |100 Σd − 100 T n| + Σ exposure
            model.minimize(LinearExpr.newBuilder().add(deviation).addWeightedSum(all, exposures).build());
            long buildNanos = System.nanoTime() - start;
            CpSolver solver = new CpSolver();
            solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(2).setRandomSeed((int) problem.seed())
                    .setLogSearchProgress(Boolean.getBoolean("cpsat.log"))
                    .setCpModelPresolve(Boolean.getBoolean("cpsat.presolve"));
            CpSolverStatus status = solver.solve(model);
            long nanos = System.nanoTime() - start;
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                return new Solved(nanos, buildNanos, Double.POSITIVE_INFINITY, status, Set.of());
            }
            Set<Long> chosen = new HashSet<>();
            double difficultySum = 0;
            double exposureSum = 0;
            for (int i = 0; i < all.length; i++) {
                if (solver.booleanValue(all[i])) {
                    CandidateItem item = varItems.get(i);
                    chosen.add(item.itemId());
                    difficultySum += item.difficulty();
                    exposureSum += exposures[i];
                }
            }
            double objective = objective(difficultySum / n, exposureSum / n, blueprint.difficulty().target());
            return new Solved(nanos, buildNanos, objective, status, chosen);
        }
    }
}
