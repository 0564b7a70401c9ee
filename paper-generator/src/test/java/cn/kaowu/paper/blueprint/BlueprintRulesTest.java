package cn.kaowu.paper.blueprint;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.core.policy.Verdict;
import cn.kaowu.paper.assembly.TestBank;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BlueprintRulesTest {

    private static List<String> reasons(Blueprint blueprint) {
        return BlueprintRules.check(blueprint, TestBank.NAMES).stream().filter(v -> !v.isAllowed())
                .map(v -> ((Verdict.Rejected) v).reason()).toList();
    }

    private static Blueprint withCells(int total, List<BlueprintCell> cells) {
        Blueprint base = TestBank.blueprint();
        return new Blueprint(null, base.name(), null, null, 60, total, Math.min(36, total), base.pointsPerType(), cells,
                base.difficulty());
    }

    @Test
    void a_valid_blueprint_is_allowed() {
        assertThat(reasons(TestBank.blueprint())).isEmpty();
    }

    @Test
    void a_zero_or_negative_count_is_rejected_with_its_line() {
        List<String> reasons = reasons(withCells(60, List.of(BlueprintCell.of(ItemType.SINGLE_CHOICE, "LAW", 0),
                BlueprintCell.of(ItemType.TRUE_FALSE, "POLICY", -2))));

        assertThat(reasons).contains("第1行（单选题 × 法律法规）：题数必须为正整数，当前为0",
                "第2行（判断题 × 政策论述）：题数必须为正整数，当前为-2");
    }

    @Test
    void points_that_do_not_add_up_to_the_total_are_rejected_with_the_sum() {
        List<String> reasons = reasons(withCells(100, TestBank.blueprint().cells()));

        assertThat(reasons).containsExactly(
                "各题型分值合计为60分（单选题6题×5分 + 多选题2题×10分 + 判断题2题×5分），与试卷总分100分不符");
    }

    @Test
    void a_duplicate_cell_and_mixed_difficulty_rows_are_rejected() {
        List<String> reasons = reasons(withCells(20, List.of(BlueprintCell.of(ItemType.SINGLE_CHOICE, "LAW", 1),
                BlueprintCell.of(ItemType.SINGLE_CHOICE, "LAW", 1), BlueprintCell.of(ItemType.SINGLE_CHOICE, "LAW", 3, 2))));

        assertThat(reasons).anyMatch(r -> r.startsWith("第2行") && r.contains("重复"))
                .anyMatch(r -> r.startsWith("第3行") && r.contains("不能既按难度分行又不分难度"));
    }

    @Test
    void an_unknown_area_a_bad_band_and_a_pass_mark_above_the_total_are_rejected() {
        Blueprint blueprint = new Blueprint(null, "方案", null, "NOWHERE", 0, 5, 9, Map.of(ItemType.SINGLE_CHOICE, 5),
                List.of(BlueprintCell.of(ItemType.SINGLE_CHOICE, "ASTRO", 1)), DifficultyTarget.band(3.5, 2.5));

        assertThat(reasons(blueprint)).contains("未知行业代码：NOWHERE", "考试时长须在1至600分钟之间，当前为0分钟",
                "第1行（单选题 × ASTRO）：未知内容领域代码 ASTRO", "及格分须在1至总分5分之间，当前为9",
                "平均难度目标区间须满足 1 ≤ 下限 ≤ 上限 ≤ 5，当前为3.5～2.5");
    }

    @Test
    void fixed_difficulty_counts_outside_the_band_are_rejected() {
        Blueprint blueprint = new Blueprint(null, "方案", null, null, 60, 2, 1, Map.of(ItemType.SINGLE_CHOICE, 1),
                List.of(BlueprintCell.of(ItemType.SINGLE_CHOICE, "LAW", 1, 2)), DifficultyTarget.band(2.8, 3.2));

        assertThat(reasons(blueprint)).containsExactly("各难度题数已固定，平均难度为1.00，不在目标区间2.80～3.20内，请调整题数或区间");
    }
}
