package cn.kaowu.paper.assembly;

import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.BlueprintCell;
import cn.kaowu.paper.blueprint.TaxonomyNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a blueprint against the bank before anything is generated, and says exactly why a batch
 * cannot be made: which cell (type × area × difficulty, for which industry and category) needs how
 * many items, how many the bank has, and how many it would need for N papers under the overlap cap.
 *
 * <p>The refusals are necessary conditions, so a batch refused here is truly impossible:
 * <ul>
 *   <li>a cell has fewer fitting items than one paper needs;</li>
 *   <li>N papers drawing c items each from P items share, summed over all pairs of papers, at least
 *       L(P, N, c) items (reached when uses are spread evenly); every pair may share at most k items
 *       in total, so the cells of one pool together must satisfy Σ L ≤ C(N, 2) · k.</li>
 * </ul>
 */
public final class BankFeasibility {

    private BankFeasibility() {
    }

    /** Per cell availability for one pool, for a check screen before generation. */
    public static List<CellAvailability> availability(Blueprint blueprint, TaxonomyNames names, String poolLabel,
                                                      List<CandidateItem> pool, java.util.Set<Long> excluded,
                                                      int papers, double overlapCap) {
        int n = blueprint.questionCount();
        long budget = pairs(papers) * AssemblyProblem.overlapLimit(overlapCap, n);
        List<CellAvailability> result = new ArrayList<>();
        for (BlueprintCell cell : blueprint.cells()) {
            int available = 0;
            for (CandidateItem item : pool) {
                if (cell.accepts(item) && !excluded.contains(item.itemId())) {
                    available++;
                }
            }
            int c = Math.max(cell.count(), 0);
            long share = n == 0 ? 0 : (long) Math.floor((double) budget * c / n);
            result.add(new CellAvailability(cell, "［" + names.cell(cell) + "，" + poolLabel + "］", c, available,
                    papers, minimumPool(papers, c, share), minimumPool(papers, c, budget)));
        }
        return result;
    }

    /** Every reason the problem cannot be solved; empty when nothing rules it out. */
    public static List<String> diagnose(AssemblyProblem problem) {
        List<String> reasons = new ArrayList<>();
        Blueprint blueprint = problem.blueprint();
        int k = problem.overlapLimit();
        Map<String, List<PaperSlot>> byPool = new LinkedHashMap<>();
        for (PaperSlot slot : problem.slots()) {
            byPool.computeIfAbsent(slot.poolKey(), key -> new ArrayList<>()).add(slot);
        }
        for (List<PaperSlot> slots : byPool.values()) {
            PaperSlot first = slots.get(0);
            int papers = slots.size();
            List<CellAvailability> cells = availability(blueprint, problem.names(), first.poolLabel(), first.pool(),
                    java.util.Set.of(), papers, problem.overlapCap());
            boolean short1 = false;
            for (CellAvailability cell : cells) {
                if (!cell.enoughForOnePaper()) {
                    short1 = true;
                    reasons.add("单元格" + cell.label() + "每份试卷需要" + cell.needed() + "道题，题库中符合条件的有效题目只有"
                            + cell.available() + "道，还差" + (cell.needed() - cell.available()) + "道");
                }
            }
            for (PaperSlot slot : slots) {
                if (slot.excludedItemIds().isEmpty()) {
                    continue;
                }
                for (CellAvailability cell : availability(blueprint, problem.names(), first.poolLabel(), slot.pool(),
                        slot.excludedItemIds(), 1, problem.overlapCap())) {
                    if (!cell.enoughForOnePaper() && cell.available() + countExcluded(cell.cell(), slot) >= cell.needed()) {
                        reasons.add(slot.label() + "的补考卷：单元格" + cell.label() + "需要" + cell.needed()
                                + "道题，排除首考卷已用的题目后只剩" + cell.available() + "道");
                    }
                }
            }
            if (short1 || papers < 2) {
                continue;
            }
            long budget = pairs(papers) * k;
            long total = 0;
            for (CellAvailability cell : cells) {
                total += pairOverlap(cell.available(), papers, cell.needed());
            }
            if (total > budget) {
                StringBuilder detail = new StringBuilder();
                for (CellAvailability cell : cells) {
                    if (!cell.enoughForAllPapers()) {
                        detail.append("；单元格").append(cell.label()).append("每份需要").append(cell.needed())
                                .append("道，题库有").append(cell.available()).append("道，").append(papers)
                                .append("份试卷约需").append(cell.neededForPapers()).append("道");
                    }
                }
                reasons.add(String.format("%s共有%d份试卷：在重叠上限%s（任意两份试卷最多共用%d道题）下题库不够，"
                                + "这些试卷两两之间至少要共用%d道次题目，上限只允许%d道次；请减少本期班次、提高重叠上限或补充题目%s",
                        first.poolLabel(), papers, percent(problem.overlapCap()), k, total, budget, detail));
            }
        }
        return reasons;
    }

    private static int countExcluded(BlueprintCell cell, PaperSlot slot) {
        int count = 0;
        for (CandidateItem item : slot.pool()) {
            if (cell.accepts(item) && slot.excludedItemIds().contains(item.itemId())) {
                count++;
            }
        }
        return count;
    }

    static String percent(double share) {
        double value = share * 100;
        return value == Math.rint(value) ? (long) value + "%" : String.format("%.1f%%", value);
    }

    static long pairs(long papers) {
        return papers * (papers - 1) / 2;
    }

    /**
     * The least number of (paper pair, shared item) incidences when {@code papers} papers each draw
     * {@code count} items from {@code pool} items: uses spread as evenly as possible.
     */
    static long pairOverlap(int pool, int papers, int count) {
        if (pool <= 0) {
            return Long.MAX_VALUE / 4;
        }
        long uses = (long) papers * count;
        long q = uses / pool;
        long r = uses % pool;
        return (pool - r) * (q * (q - 1) / 2) + r * ((q + 1) * q / 2);
    }

    /** The smallest pool for which {@link #pairOverlap} fits within the budget. */
    static int minimumPool(int papers, int count, long budget) {
        if (count <= 0) {
            return 0;
        }
        long high = (long) papers * count;
        long low = count;
        if (papers <= 1 || pairOverlap((int) low, papers, count) <= budget) {
            return count;
        }
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (pairOverlap((int) mid, papers, count) <= budget) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return (int) low;
    }
}
