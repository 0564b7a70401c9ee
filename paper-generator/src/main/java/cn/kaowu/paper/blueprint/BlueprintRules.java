package cn.kaowu.paper.blueprint;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.core.policy.Verdict;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a blueprint must meet before it is saved or used: positive counts, known codes, no
 * duplicate cells, points that add up to the total, a sensible pass mark and difficulty band.
 * Each rejection says which line (cell) and what to fix.
 */
public final class BlueprintRules {

    /** The largest paper a blueprint may describe. */
    public static final int MAX_QUESTIONS = 500;

    private BlueprintRules() {
    }

    public static List<Verdict> check(Blueprint blueprint, TaxonomyNames names) {
        List<Verdict> verdicts = new ArrayList<>();
        if (blueprint.name() == null || blueprint.name().isBlank()) {
            verdicts.add(Verdict.rejected("组卷方案名称不能为空"));
        } else if (blueprint.name().length() > 100) {
            verdicts.add(Verdict.rejected("组卷方案名称不能超过100个字"));
        }
        if (blueprint.industry() != null && !names.industries().containsKey(blueprint.industry())) {
            verdicts.add(Verdict.rejected("未知行业代码：" + blueprint.industry()));
        }
        if (blueprint.personnelCategory() != null && !names.categories().containsKey(blueprint.personnelCategory())) {
            verdicts.add(Verdict.rejected("未知人员类别代码：" + blueprint.personnelCategory()));
        }
        if (blueprint.durationMinutes() <= 0 || blueprint.durationMinutes() > 600) {
            verdicts.add(Verdict.rejected("考试时长须在1至600分钟之间，当前为" + blueprint.durationMinutes() + "分钟"));
        }
        verdicts.addAll(checkCells(blueprint, names));
        verdicts.addAll(checkPoints(blueprint));
        verdicts.addAll(checkDifficulty(blueprint));
        return verdicts;
    }

    private static List<Verdict> checkCells(Blueprint blueprint, TaxonomyNames names) {
        List<Verdict> verdicts = new ArrayList<>();
        if (blueprint.cells().isEmpty()) {
            verdicts.add(Verdict.rejected("组卷方案至少需要一个题型×内容领域的题数"));
            return verdicts;
        }
        Set<String> seen = new HashSet<>();
        Map<String, Boolean> fixedDifficultyByTypeArea = new HashMap<>();
        int line = 0;
        for (BlueprintCell cell : blueprint.cells()) {
            line++;
            String where = "第" + line + "行（" + names.cell(cell) + "）";
            if (cell.count() <= 0) {
                verdicts.add(Verdict.rejected(where + "：题数必须为正整数，当前为" + cell.count()));
            }
            if (!names.areas().containsKey(cell.areaCode())) {
                verdicts.add(Verdict.rejected(where + "：未知内容领域代码 " + cell.areaCode()));
            }
            if (cell.difficulty() != null && (cell.difficulty() < 1 || cell.difficulty() > 5)) {
                verdicts.add(Verdict.rejected(where + "：难度须为1至5，当前为" + cell.difficulty()));
            }
            if (!seen.add(cell.key())) {
                verdicts.add(Verdict.rejected(where + "：与前面的行重复，请合并为一行"));
            }
            String typeArea = cell.type().name() + "|" + cell.areaCode();
            Boolean fixed = fixedDifficultyByTypeArea.putIfAbsent(typeArea, cell.difficulty() != null);
            if (fixed != null && fixed != (cell.difficulty() != null)) {
                verdicts.add(Verdict.rejected(where + "：同一题型×内容领域不能既按难度分行又不分难度，请统一"));
            }
        }
        if (blueprint.questionCount() > MAX_QUESTIONS) {
            verdicts.add(Verdict.rejected("试卷题量为" + blueprint.questionCount() + "道，超过上限" + MAX_QUESTIONS + "道"));
        }
        return verdicts;
    }

    private static List<Verdict> checkPoints(Blueprint blueprint) {
        List<Verdict> verdicts = new ArrayList<>();
        Set<ItemType> used = EnumSet.noneOf(ItemType.class);
        blueprint.cells().forEach(c -> used.add(c.type()));
        boolean pointsKnown = true;
        for (ItemType type : used) {
            int points = blueprint.pointsOf(type);
            if (points <= 0) {
                pointsKnown = false;
                verdicts.add(Verdict.rejected(type.label() + "的每题分值必须为正整数，当前为" + points));
            }
        }
        if (blueprint.totalPoints() <= 0) {
            verdicts.add(Verdict.rejected("试卷总分必须为正整数，当前为" + blueprint.totalPoints()));
        } else if (pointsKnown && blueprint.pointsFromCells() != blueprint.totalPoints()) {
            StringBuilder sum = new StringBuilder();
            for (ItemType type : used) {
                int count = blueprint.cells().stream().filter(c -> c.type() == type).mapToInt(BlueprintCell::count).sum();
                if (!sum.isEmpty()) {
                    sum.append(" + ");
                }
                sum.append(type.label()).append(count).append("题×").append(blueprint.pointsOf(type)).append("分");
            }
            verdicts.add(Verdict.rejected("各题型分值合计为" + blueprint.pointsFromCells() + "分（" + sum
                    + "），与试卷总分" + blueprint.totalPoints() + "分不符"));
        }
        if (blueprint.passMark() <= 0 || (blueprint.totalPoints() > 0 && blueprint.passMark() > blueprint.totalPoints())) {
            verdicts.add(Verdict.rejected("及格分须在1至总分" + blueprint.totalPoints() + "分之间，当前为" + blueprint.passMark()));
        }
        return verdicts;
    }

    private static List<Verdict> checkDifficulty(Blueprint blueprint) {
        DifficultyTarget band = blueprint.difficulty();
        if (band.min() < 1 || band.max() > 5 || band.min() > band.max()) {
            return List.of(Verdict.rejected("平均难度目标区间须满足 1 ≤ 下限 ≤ 上限 ≤ 5，当前为"
                    + band.min() + "～" + band.max()));
        }
        boolean allFixed = !blueprint.cells().isEmpty()
                && blueprint.cells().stream().allMatch(c -> c.difficulty() != null && c.count() > 0);
        if (allFixed) {
            double mean = blueprint.cells().stream().mapToDouble(c -> c.difficulty() * (double) c.count()).sum()
                    / blueprint.questionCount();
            if (!band.contains(mean)) {
                return List.of(Verdict.rejected(String.format(
                        "各难度题数已固定，平均难度为%.2f，不在目标区间%.2f～%.2f内，请调整题数或区间",
                        mean, band.min(), band.max())));
            }
        }
        return List.of();
    }
}
