package cn.kaowu.paper.assembly;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HardConstraintCheckerTest {

    @Test
    void two_papers_sharing_more_than_the_cap_are_reported() {
        InMemoryItemSource bank = TestBank.bank(30, 1);
        AssemblyProblem problem = TestBank.problem(bank, 1, 0.2, 1);
        List<AssembledPaper> papers = new PaperAssembler().assemble(problem, PaperAssembler.Progress.NONE);
        PaperSlot slot = problem.slots().get(0);
        var copy = new HardConstraintChecker.PaperUnderCheck("副本", papers.get(0).items(),
                HardConstraintChecker.byId(slot.pool()), Set.of());
        var original = new HardConstraintChecker.PaperUnderCheck("原卷", papers.get(0).items(),
                HardConstraintChecker.byId(slot.pool()), Set.of());

        HardConstraintChecker.Result result = HardConstraintChecker.check(problem.blueprint(), TestBank.NAMES, 0.2,
                List.of(original, copy), List.of());

        assertThat(result.maxPairwiseOverlap()).isEqualTo(10);
        assertThat(result.violations()).containsExactly("副本与原卷共用10道题，超过重叠上限2道");
    }

    @Test
    void a_missing_item_a_foreign_item_and_an_excluded_item_are_each_reported() {
        InMemoryItemSource bank = TestBank.bank(30, 1);
        AssemblyProblem problem = TestBank.problem(bank, 1, 0.2, 1);
        List<CandidateItem> items = new ArrayList<>(new PaperAssembler().assemble(problem, PaperAssembler.Progress.NONE)
                .get(0).items());
        CandidateItem dropped = items.remove(0);
        CandidateItem machineryOnly = bank.activeItemsFor("MACHINERY", "MANAGER").stream()
                .filter(i -> !i.industries().includes("MINING") && i.type() == cn.kaowu.bank.item.ItemType.TRUE_FALSE)
                .findFirst().orElseThrow();
        items.add(machineryOnly);
        var paper = new HardConstraintChecker.PaperUnderCheck("试卷1", items,
                HardConstraintChecker.byId(problem.slots().get(0).pool()), Set.of(items.get(0).itemId()));

        HardConstraintChecker.Result result = HardConstraintChecker.check(problem.blueprint(), TestBank.NAMES, 0.2,
                List.of(paper), List.of());

        assertThat(result.violations()).anyMatch(v -> v.contains("不是适用于该班次行业和人员类别的有效题目"))
                .anyMatch(v -> v.contains("补考卷不得再用"))
                .anyMatch(v -> v.contains("单选题 × 法律法规］应有4道题，实有3道"))
                .anyMatch(v -> v.contains("判断题 × 政策论述］应有2道题，实有3道"));
        assertThat(dropped.type()).isEqualTo(cn.kaowu.bank.item.ItemType.SINGLE_CHOICE);
    }
}
