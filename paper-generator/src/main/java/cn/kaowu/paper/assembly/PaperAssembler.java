package cn.kaowu.paper.assembly;

import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.BlueprintCell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Assembles one paper per slot, one after the other, exact on the hard constraints and good on the
 * soft ones.
 *
 * <p>Per paper: the cells are filled scarcest first; within a cell the candidates are ordered by
 * exposure (uses so far) with a seeded random tie-break, and taken in that order when they keep
 * every earlier paper of the period within the overlap budget (an item → papers index tracks how
 * many items the new paper already shares with each earlier one). A cell that runs short is
 * repaired by ejecting one item of another cell that blocks a candidate. Then a swap search within
 * cells moves the mean difficulty to the middle of the target band, each swap taking the least
 * exposed fitting item. A cell that still cannot be filled fails the whole batch with the cell, the
 * paper and the figures: the assembler never returns a weaker paper.
 *
 * <p>Deterministic: equal problems give equal papers.
 */
public final class PaperAssembler {

    /** Called after each paper. */
    @FunctionalInterface
    public interface Progress {
        void paperAssembled(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** Checks feasibility, then assembles all slots; throws {@link RuleViolation} with Chinese reasons. */
    public List<AssembledPaper> assemble(AssemblyProblem problem, Progress progress) {
        List<String> reasons = BankFeasibility.diagnose(problem);
        if (!reasons.isEmpty()) {
            throw new RuleViolation(reasons);
        }
        return new Run(problem).run(progress);
    }

    private static final class Run {
        private final AssemblyProblem problem;
        private final Blueprint blueprint;
        private final List<BlueprintCell> cells;
        private final int limit;
        private final int questions;
        private final double targetSum;

        private final Map<Long, Integer> index = new HashMap<>();
        private final List<CandidateItem> items = new ArrayList<>();
        private int[] exposure = new int[1024];
        private int[][] papersOf = new int[1024][];
        private int[] papersOfSize = new int[1024];

        private final int[] shared;
        private boolean[] inPaper;
        private boolean[] excluded;
        private final Map<String, int[][]> cellPools = new HashMap<>();

        Run(AssemblyProblem problem) {
            this.problem = problem;
            this.blueprint = problem.blueprint();
            this.cells = blueprint.cells();
            this.limit = problem.overlapLimit();
            this.questions = blueprint.questionCount();
            this.targetSum = blueprint.difficulty().target() * questions;
            this.shared = new int[problem.existing().size() + problem.slots().size()];
        }

        List<AssembledPaper> run(Progress progress) {
            int paperNo = 0;
            for (ExistingPaper paper : problem.existing()) {
                int[] gs = paper.itemIds().stream().sorted().mapToInt(id -> indexOf(id, null)).toArray();
                register(paperNo++, gs, false);
            }
            for (PaperSlot slot : problem.slots()) {
                if (!cellPools.containsKey(slot.poolKey())) {
                    cellPools.put(slot.poolKey(), poolCells(slot.pool()));
                }
            }
            for (Map.Entry<Long, Integer> entry : problem.priorExposure().entrySet()) {
                Integer g = index.get(entry.getKey());
                if (g != null) {
                    exposure[g] += entry.getValue();
                }
            }
            inPaper = new boolean[items.size()];
            excluded = new boolean[items.size()];
            List<AssembledPaper> result = new ArrayList<>();
            for (int s = 0; s < problem.slots().size(); s++) {
                long start = System.nanoTime();
                int[][] chosen = assembleOne(s, paperNo);
                int[] flat = Arrays.stream(chosen).flatMapToInt(Arrays::stream).toArray();
                register(paperNo++, flat, true);
                result.add(toPaper(s, chosen, System.nanoTime() - start));
                progress.paperAssembled(s + 1, problem.slots().size());
            }
            return result;
        }

        private int indexOf(long itemId, CandidateItem item) {
            Integer g = index.get(itemId);
            if (g == null) {
                g = items.size();
                index.put(itemId, g);
                items.add(item);
                if (g == exposure.length) {
                    exposure = Arrays.copyOf(exposure, g * 2);
                    papersOf = Arrays.copyOf(papersOf, g * 2);
                    papersOfSize = Arrays.copyOf(papersOfSize, g * 2);
                }
            } else if (item != null && items.get(g) == null) {
                items.set(g, item);
            }
            return g;
        }

        /** Candidates of each cell for one pool, as item indexes in a fixed order (by item id). */
        private int[][] poolCells(List<CandidateItem> pool) {
            List<CandidateItem> sorted = new ArrayList<>(pool);
            sorted.sort((a, b) -> Long.compare(a.itemId(), b.itemId()));
            int[][] result = new int[cells.size()][];
            for (int c = 0; c < cells.size(); c++) {
                BlueprintCell cell = cells.get(c);
                result[c] = sorted.stream().filter(cell::accepts).mapToInt(item -> indexOf(item.itemId(), item)).toArray();
            }
            return result;
        }

        private void register(int paper, int[] gs, boolean counts) {
            for (int g : gs) {
                int[] list = papersOf[g];
                if (list == null) {
                    list = new int[4];
                    papersOf[g] = list;
                } else if (papersOfSize[g] == list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                    papersOf[g] = list;
                }
                list[papersOfSize[g]++] = paper;
                if (counts) {
                    exposure[g]++;
                }
            }
        }

        private boolean acceptable(int g) {
            if (inPaper[g] || excluded[g]) {
                return false;
            }
            int[] list = papersOf[g];
            for (int i = 0; i < papersOfSize[g]; i++) {
                if (shared[list[i]] >= limit) {
                    return false;
                }
            }
            return true;
        }

        private void take(int g) {
            inPaper[g] = true;
            int[] list = papersOf[g];
            for (int i = 0; i < papersOfSize[g]; i++) {
                shared[list[i]]++;
            }
        }

        private void release(int g) {
            inPaper[g] = false;
            int[] list = papersOf[g];
            for (int i = 0; i < papersOfSize[g]; i++) {
                shared[list[i]]--;
            }
        }

        private int[][] assembleOne(int s, int paperNo) {
            PaperSlot slot = problem.slots().get(s);
            SplittableRandom random = new SplittableRandom(mix(problem.seed(), s));
            int[][] pool = cellPools.get(slot.poolKey());
            for (long id : slot.excludedItemIds()) {
                Integer g = index.get(id);
                if (g != null) {
                    excluded[g] = true;
                }
            }
            int[][] order = new int[cells.size()][];
            for (int c = 0; c < cells.size(); c++) {
                order[c] = byExposure(pool[c], random);
            }
            Integer[] cellOrder = new Integer[cells.size()];
            for (int c = 0; c < cellOrder.length; c++) {
                cellOrder[c] = c;
            }
            Arrays.sort(cellOrder, (a, b) -> Integer.compare(pool[a].length - cells.get(a).count(),
                    pool[b].length - cells.get(b).count()));
            int[][] chosen = new int[cells.size()][];
            int[] filled = new int[cells.size()];
            for (int c : cellOrder) {
                chosen[c] = new int[cells.get(c).count()];
                for (int g : order[c]) {
                    if (filled[c] == chosen[c].length) {
                        break;
                    }
                    if (acceptable(g)) {
                        take(g);
                        chosen[c][filled[c]++] = g;
                    }
                }
                while (filled[c] < chosen[c].length && repair(c, order, chosen, filled)) {
                    // each successful repair adds one item to cell c
                }
                if (filled[c] < chosen[c].length) {
                    fail(slot, s, c, pool[c].length, filled[c], paperNo);
                }
            }
            balanceDifficulty(order, chosen);
            for (int[] cellItems : chosen) {
                for (int g : cellItems) {
                    inPaper[g] = false;
                }
            }
            for (long id : slot.excludedItemIds()) {
                Integer g = index.get(id);
                if (g != null) {
                    excluded[g] = false;
                }
            }
            Arrays.fill(shared, 0);
            return chosen;
        }

        /** Candidates ordered by (exposure, seeded random); the index rides in the low bits. */
        private int[] byExposure(int[] candidates, SplittableRandom random) {
            long[] keys = new long[candidates.length];
            for (int i = 0; i < candidates.length; i++) {
                int g = candidates[i];
                long e = Math.min(exposure[g], 0x7FFF);
                keys[i] = (e << 48) | ((long) random.nextInt(1 << 24) << 24) | g;
            }
            Arrays.sort(keys);
            int[] result = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                result[i] = (int) (keys[i] & 0xFFFFFF);
            }
            return result;
        }

        /**
         * One ejection: a candidate y of cell c blocked by exactly one saturated earlier paper j
         * becomes acceptable when an item x of another cell that is also on j leaves; x is replaced
         * by a fitting item z of its own cell.
         */
        private boolean repair(int c, int[][] order, int[][] chosen, int[] filled) {
            for (int y : order[c]) {
                if (inPaper[y] || excluded[y]) {
                    continue;
                }
                int blocker = -1;
                int blockers = 0;
                for (int i = 0; i < papersOfSize[y]; i++) {
                    int j = papersOf[y][i];
                    if (shared[j] >= limit) {
                        blocker = j;
                        blockers++;
                    }
                }
                if (blockers != 1) {
                    continue;
                }
                for (int c2 = 0; c2 < cells.size(); c2++) {
                    if (c2 == c || chosen[c2] == null || filled[c2] < chosen[c2].length) {
                        continue;
                    }
                    for (int p = 0; p < chosen[c2].length; p++) {
                        int x = chosen[c2][p];
                        if (!onPaper(x, blocker)) {
                            continue;
                        }
                        release(x);
                        if (acceptable(y)) {
                            take(y);
                            for (int z : order[c2]) {
                                if (z != x && acceptable(z)) {
                                    take(z);
                                    chosen[c2][p] = z;
                                    chosen[c][filled[c]++] = y;
                                    return true;
                                }
                            }
                            release(y);
                        }
                        take(x);
                    }
                }
            }
            return false;
        }

        private boolean onPaper(int g, int paper) {
            for (int i = 0; i < papersOfSize[g]; i++) {
                if (papersOf[g][i] == paper) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Swaps within cells that bring Σ difficulty closer to target × n; each step takes the swap
         * with the best gain in 100·|Σd − T·n| + Σ exposure (the benchmark's objective times n).
         */
        private void balanceDifficulty(int[][] order, int[][] chosen) {
            double sum = 0;
            for (int[] cellItems : chosen) {
                for (int g : cellItems) {
                    sum += items.get(g).difficulty();
                }
            }
            int[][][] byLevel = new int[cells.size()][][];
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).difficulty() != null) {
                    continue;
                }
                int[] counts = new int[6];
                for (int g : order[c]) {
                    counts[items.get(g).difficulty()]++;
                }
                byLevel[c] = new int[6][];
                for (int level = 1; level <= 5; level++) {
                    byLevel[c][level] = new int[counts[level]];
                }
                int[] fill = new int[6];
                for (int g : order[c]) {
                    int level = items.get(g).difficulty();
                    byLevel[c][level][fill[level]++] = g;
                }
            }
            // first only swaps that use no more exposed items, then any: a steepest step that buys a big
            // difficulty move with a used item is often matched by two moves with unused ones
            sum = swapForDifficulty(chosen, byLevel, sum, 0);
            sum = swapForDifficulty(chosen, byLevel, sum, Integer.MAX_VALUE);
            lessExposedSameLevel(chosen, byLevel);
        }

        private double swapForDifficulty(int[][] chosen, int[][][] byLevel, double start, int maxExposureIncrease) {
            double sum = start;
            int[] bestY = new int[6];
            for (int step = 0; step < 4 * questions; step++) {
                double diff = sum - targetSum;
                if (Math.abs(diff) < 0.5) {
                    return sum;
                }
                double bestGain = 0;
                int bestCell = -1;
                int bestPos = -1;
                int bestNew = -1;
                for (int c = 0; c < cells.size(); c++) {
                    if (byLevel[c] == null) {
                        continue;
                    }
                    for (int level = 1; level <= 5; level++) {
                        bestY[level] = firstAcceptable(byLevel[c][level]);
                    }
                    for (int p = 0; p < chosen[c].length; p++) {
                        int x = chosen[c][p];
                        int dx = items.get(x).difficulty();
                        for (int level = 1; level <= 5; level++) {
                            int y = bestY[level];
                            if (y < 0 || level == dx || exposure[y] - exposure[x] > maxExposureIncrease) {
                                continue;
                            }
                            double after = Math.abs(diff + level - dx);
                            double gain = 100 * (Math.abs(diff) - after) - (exposure[y] - exposure[x]);
                            if (gain > bestGain + 1e-9) {
                                bestGain = gain;
                                bestCell = c;
                                bestPos = p;
                                bestNew = y;
                            }
                        }
                    }
                }
                if (bestCell < 0) {
                    return sum;
                }
                int x = chosen[bestCell][bestPos];
                release(x);
                if (!acceptable(bestNew)) {
                    take(x);
                    return sum;
                }
                take(bestNew);
                chosen[bestCell][bestPos] = bestNew;
                sum += items.get(bestNew).difficulty() - items.get(x).difficulty();
            }
            return sum;
        }

        /** Replaces an item by a less exposed one of the same cell and difficulty where the overlap budget allows. */
        private void lessExposedSameLevel(int[][] chosen, int[][][] byLevel) {
            for (int c = 0; c < cells.size(); c++) {
                if (byLevel[c] == null) {
                    continue;
                }
                for (int p = 0; p < chosen[c].length; p++) {
                    int x = chosen[c][p];
                    if (exposure[x] == 0) {
                        continue;
                    }
                    release(x);
                    int y = firstAcceptable(byLevel[c][items.get(x).difficulty()]);
                    if (y >= 0 && exposure[y] < exposure[x]) {
                        take(y);
                        chosen[c][p] = y;
                    } else {
                        take(x);
                    }
                }
            }
        }

        /** The first acceptable item of a level list (the list is in exposure order). */
        private int firstAcceptable(int[] list) {
            for (int g : list) {
                if (acceptable(g)) {
                    return g;
                }
            }
            return -1;
        }

        private AssembledPaper toPaper(int s, int[][] chosen, long nanos) {
            List<CandidateItem> result = new ArrayList<>(questions);
            double sum = 0;
            for (var type : cn.kaowu.bank.item.ItemType.values()) {
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c).type() != type) {
                        continue;
                    }
                    for (int g : chosen[c]) {
                        CandidateItem item = items.get(g);
                        result.add(item);
                        sum += item.difficulty();
                    }
                }
            }
            return new AssembledPaper(s, result, sum / questions, nanos);
        }

        private void fail(PaperSlot slot, int s, int c, int poolSize, int got, int paperNo) {
            BlueprintCell cell = cells.get(c);
            int papers = (int) problem.slots().stream().filter(o -> o.poolKey().equals(slot.poolKey())).count();
            List<CellAvailability> estimate = BankFeasibility.availability(blueprint, problem.names(), slot.poolLabel(),
                    slot.pool(), slot.excludedItemIds(), papers, problem.overlapCap());
            CellAvailability figures = estimate.get(c);
            throw new RuleViolation(String.format(
                    "生成第%d份试卷（%s）时，单元格［%s，%s］需要%d道题：题库中有%d道，但在重叠上限%s（任意两份试卷最多共用%d道题）下"
                            + "只能选出%d道，其余题目与本期已生成的%d份试卷共用过多；按%d份试卷估算该单元格约需%d道题。"
                            + "请补充题目、减少本期班次或提高重叠上限",
                    s + 1, slot.label(), problem.names().cell(cell), slot.poolLabel(), cell.count(), poolSize,
                    BankFeasibility.percent(problem.overlapCap()), limit, got, paperNo, papers,
                    figures.neededForPapers()));
        }

        private static long mix(long seed, int slot) {
            long z = seed + 0x9E3779B97F4A7C15L * (slot + 1L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
