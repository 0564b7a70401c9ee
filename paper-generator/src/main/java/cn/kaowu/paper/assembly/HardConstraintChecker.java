package cn.kaowu.paper.assembly;

import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.BlueprintCell;
import cn.kaowu.paper.blueprint.TaxonomyNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks assembled papers against the hard constraints, independently of how they were made:
 * every item fits its class and is an active version, no item twice, exact counts per cell, points
 * add up, a re-sit shares nothing with the excluded items, and any two papers of the period share
 * at most the cap. The generator runs it before anything is written; tests and the benchmark use it
 * as their oracle.
 */
public final class HardConstraintChecker {

    private HardConstraintChecker() {
    }

    /**
     * One paper to check.
     *
     * @param label    how it is named in messages
     * @param items    its items
     * @param pool     the active items that fit its class, by item id
     * @param excluded item ids it must not contain
     */
    public record PaperUnderCheck(String label, List<CandidateItem> items, Map<Long, CandidateItem> pool,
                                  Set<Long> excluded) {
    }

    /**
     * The verdict.
     *
     * @param violations         every broken hard constraint, in Chinese; empty when all hold
     * @param maxPairwiseOverlap the most items any two papers (new–new or new–existing) share
     * @param overlapLimit       the most they may share
     */
    public record Result(List<String> violations, int maxPairwiseOverlap, int overlapLimit) {
        public Result {
            violations = List.copyOf(violations);
        }

        public boolean holds() {
            return violations.isEmpty();
        }
    }

    /** Indexes a pool by item id, for {@link PaperUnderCheck}. */
    public static Map<Long, CandidateItem> byId(List<CandidateItem> pool) {
        Map<Long, CandidateItem> result = new HashMap<>(pool.size() * 2);
        for (CandidateItem item : pool) {
            result.put(item.itemId(), item);
        }
        return result;
    }

    public static Result check(Blueprint blueprint, TaxonomyNames names, double overlapCap,
                               List<PaperUnderCheck> papers, List<ExistingPaper> existing) {
        List<String> violations = new ArrayList<>();
        int limit = AssemblyProblem.overlapLimit(overlapCap, blueprint.questionCount());
        for (PaperUnderCheck paper : papers) {
            checkOne(blueprint, names, paper, violations);
        }
        int max = 0;
        Map<Long, List<Integer>> papersOfItem = new HashMap<>();
        List<Set<Long>> all = new ArrayList<>();
        for (ExistingPaper paper : existing) {
            all.add(paper.itemIds());
        }
        for (PaperUnderCheck paper : papers) {
            Set<Long> ids = new HashSet<>();
            paper.items().forEach(i -> ids.add(i.itemId()));
            all.add(ids);
        }
        for (int p = 0; p < all.size(); p++) {
            for (Long id : all.get(p)) {
                papersOfItem.computeIfAbsent(id, key -> new ArrayList<>()).add(p);
            }
        }
        int firstNew = existing.size();
        for (int p = firstNew; p < all.size(); p++) {
            int[] sharedWith = new int[p];
            for (Long id : all.get(p)) {
                for (int other : papersOfItem.get(id)) {
                    if (other < p) {
                        sharedWith[other]++;
                    }
                }
            }
            for (int other = 0; other < p; other++) {
                max = Math.max(max, sharedWith[other]);
                if (sharedWith[other] > limit) {
                    String otherLabel = other < firstNew ? existing.get(other).label() : papers.get(other - firstNew).label();
                    violations.add(papers.get(p - firstNew).label() + "与" + otherLabel + "共用" + sharedWith[other]
                            + "道题，超过重叠上限" + limit + "道");
                }
            }
        }
        return new Result(violations, max, limit);
    }

    private static void checkOne(Blueprint blueprint, TaxonomyNames names, PaperUnderCheck paper, List<String> violations) {
        String who = paper.label();
        int[] counts = new int[blueprint.cells().size()];
        Set<Long> seen = new HashSet<>();
        int points = 0;
        for (CandidateItem item : paper.items()) {
            if (!seen.add(item.itemId())) {
                violations.add(who + "：题目" + item.itemId() + "出现了不止一次");
            }
            CandidateItem active = paper.pool().get(item.itemId());
            if (active == null) {
                violations.add(who + "：题目" + item.itemId() + "不是适用于该班次行业和人员类别的有效题目");
            } else if (!active.equals(item)) {
                violations.add(who + "：题目" + item.itemId() + "的版本或分类与题库当前有效版本" + active.version() + "不符");
            }
            if (paper.excluded().contains(item.itemId())) {
                violations.add(who + "：题目" + item.itemId() + "已在首考卷中使用，补考卷不得再用");
            }
            int matched = -1;
            for (int c = 0; c < counts.length; c++) {
                if (blueprint.cells().get(c).accepts(item)) {
                    matched = c;
                    break;
                }
            }
            if (matched < 0) {
                violations.add(who + "：题目" + item.itemId() + "（" + names.item(item) + "）不属于组卷方案的任何单元格");
            } else {
                counts[matched]++;
            }
            points += blueprint.pointsOf(item.type());
        }
        for (int c = 0; c < counts.length; c++) {
            BlueprintCell cell = blueprint.cells().get(c);
            if (counts[c] != cell.count()) {
                violations.add(who + "：单元格［" + names.cell(cell) + "］应有" + cell.count() + "道题，实有" + counts[c] + "道");
            }
        }
        if (points != blueprint.totalPoints()) {
            violations.add(who + "：总分为" + points + "分，组卷方案要求" + blueprint.totalPoints() + "分");
        }
    }
}
