package cn.kaowu.paper.assembly;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.BlueprintCell;
import cn.kaowu.paper.blueprint.DifficultyTarget;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperAssemblerTest {

    private final PaperAssembler assembler = new PaperAssembler();

    private static HardConstraintChecker.Result check(AssemblyProblem problem, List<AssembledPaper> papers) {
        List<HardConstraintChecker.PaperUnderCheck> toCheck = new ArrayList<>();
        for (AssembledPaper paper : papers) {
            PaperSlot slot = problem.slots().get(paper.slotIndex());
            toCheck.add(new HardConstraintChecker.PaperUnderCheck(slot.label(), paper.items(),
                    HardConstraintChecker.byId(slot.pool()), slot.excludedItemIds()));
        }
        return HardConstraintChecker.check(problem.blueprint(), problem.names(), problem.overlapCap(), toCheck,
                problem.existing());
    }

    @Test
    void every_paper_has_the_exact_counts_and_only_items_that_fit_the_class() {
        InMemoryItemSource bank = TestBank.bank(60, 1);
        AssemblyProblem problem = TestBank.problem(bank, 8, 0.2, 7);

        List<AssembledPaper> papers = assembler.assemble(problem, PaperAssembler.Progress.NONE);

        assertThat(papers).hasSize(8);
        assertThat(check(problem, papers).violations()).isEmpty();
        assertThat(papers).allSatisfy(p -> assertThat(p.items())
                .allSatisfy(item -> assertThat(item.industries().includes("MINING")).isTrue()));
    }

    @Test
    void the_same_seed_gives_the_same_papers_and_another_seed_other_papers() {
        InMemoryItemSource bank = TestBank.bank(60, 1);

        List<AssembledPaper> first = assembler.assemble(TestBank.problem(bank, 6, 0.2, 42), PaperAssembler.Progress.NONE);
        List<AssembledPaper> again = assembler.assemble(TestBank.problem(bank, 6, 0.2, 42), PaperAssembler.Progress.NONE);
        List<AssembledPaper> other = assembler.assemble(TestBank.problem(bank, 6, 0.2, 43), PaperAssembler.Progress.NONE);

        assertThat(again.stream().map(AssembledPaper::items).toList())
                .isEqualTo(first.stream().map(AssembledPaper::items).toList());
        assertThat(other.get(0).items()).isNotEqualTo(first.get(0).items());
    }

    @Test
    void a_binding_overlap_cap_is_never_exceeded() {
        InMemoryItemSource bank = TestBank.bank(12, 1);
        AssemblyProblem problem = TestBank.problem(bank, 6, 0.3, 5);

        List<AssembledPaper> papers = assembler.assemble(problem, PaperAssembler.Progress.NONE);

        HardConstraintChecker.Result result = check(problem, papers);
        assertThat(result.violations()).isEmpty();
        assertThat(result.maxPairwiseOverlap()).isLessThanOrEqualTo(3).isPositive();
    }

    @Test
    void papers_already_in_the_period_count_against_the_cap() {
        InMemoryItemSource bank = TestBank.bank(30, 1);
        AssemblyProblem first = TestBank.problem(bank, 3, 0.2, 1);
        List<AssembledPaper> earlier = assembler.assemble(first, PaperAssembler.Progress.NONE);
        List<ExistingPaper> existing = new ArrayList<>();
        Map<Long, Integer> exposure = new HashMap<>();
        for (AssembledPaper paper : earlier) {
            Set<Long> ids = new HashSet<>();
            paper.items().forEach(i -> {
                ids.add(i.itemId());
                exposure.merge(i.itemId(), 1, Integer::sum);
            });
            existing.add(new ExistingPaper("已有试卷" + paper.slotIndex(), ids));
        }
        AssemblyProblem next = new AssemblyProblem(TestBank.blueprint(), TestBank.NAMES, TestBank.slots(bank, 4), existing,
                exposure, 0.2, 2);

        List<AssembledPaper> papers = assembler.assemble(next, PaperAssembler.Progress.NONE);

        assertThat(check(next, papers).violations()).isEmpty();
    }

    @Test
    void less_used_items_are_preferred_so_the_bank_wears_evenly() {
        InMemoryItemSource bank = TestBank.bank(40, 1);
        AssemblyProblem problem = TestBank.problem(bank, 10, 0.2, 3);

        List<AssembledPaper> papers = assembler.assemble(problem, PaperAssembler.Progress.NONE);

        Map<Long, Integer> uses = new HashMap<>();
        papers.forEach(p -> p.items().forEach(i -> uses.merge(i.itemId(), 1, Integer::sum)));
        // 27 fitting single/LAW items, 10 papers × 4 = 40 uses: nobody is used three times while another waits
        int fitting = (int) problem.slots().get(0).pool().stream()
                .filter(i -> i.type() == ItemType.SINGLE_CHOICE && i.areaCode().equals("LAW")).count();
        long unused = problem.slots().get(0).pool().stream()
                .filter(i -> i.type() == ItemType.SINGLE_CHOICE && i.areaCode().equals("LAW"))
                .filter(i -> !uses.containsKey(i.itemId())).count();
        assertThat(fitting).isEqualTo(27);
        assertThat(unused).isZero();
        assertThat(uses.values()).allSatisfy(u -> assertThat(u).isLessThanOrEqualTo(3));
    }

    @Test
    void the_mean_difficulty_is_moved_into_the_band() {
        InMemoryItemSource bank = TestBank.bank(60, 1);
        AssemblyProblem problem = TestBank.problem(bank, 10, 0.2, 11);

        List<AssembledPaper> papers = assembler.assemble(problem, PaperAssembler.Progress.NONE);

        assertThat(papers).allSatisfy(p -> assertThat(p.meanDifficulty()).isBetween(2.8, 3.2));
    }

    @Test
    void a_resit_paper_shares_no_item_with_the_excluded_first_paper() {
        InMemoryItemSource bank = TestBank.bank(30, 1);
        List<AssembledPaper> first = assembler.assemble(TestBank.problem(bank, 1, 0.2, 1), PaperAssembler.Progress.NONE);
        Set<Long> firstItems = new HashSet<>();
        first.get(0).items().forEach(i -> firstItems.add(i.itemId()));
        PaperSlot resit = new PaperSlot("班次 T1补考卷", "MINING|TEAM_LEADER", "行业：矿山",
                bank.activeItemsFor("MINING", "TEAM_LEADER"), firstItems);
        AssemblyProblem problem = new AssemblyProblem(TestBank.blueprint(), TestBank.NAMES, List.of(resit), List.of(),
                Map.of(), 1.0, 1);

        List<AssembledPaper> papers = assembler.assemble(problem, PaperAssembler.Progress.NONE);

        assertThat(papers.get(0).items()).noneMatch(i -> firstItems.contains(i.itemId()));
        assertThat(check(problem, papers).violations()).isEmpty();
    }

    @Test
    void a_cell_the_bank_cannot_fill_is_named_with_what_it_needs_and_what_the_bank_has() {
        InMemoryItemSource bank = TestBank.bank(3, 1);
        AssemblyProblem problem = TestBank.problem(bank, 1, 0.2, 1);

        assertThatThrownBy(() -> assembler.assemble(problem, PaperAssembler.Progress.NONE))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("单选题 × 法律法规，行业：矿山（含煤矿），人员类别：班组长")
                .hasMessageContaining("每份试卷需要4道题，题库中符合条件的有效题目只有2道，还差2道");
    }

    @Test
    void more_classes_than_the_overlap_cap_allows_fail_fast_with_the_papers_needed() {
        InMemoryItemSource bank = TestBank.bank(10, 1);
        AssemblyProblem problem = TestBank.problem(bank, 30, 0.2, 1);

        assertThatThrownBy(() -> assembler.assemble(problem, PaperAssembler.Progress.NONE))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("共有30份试卷")
                .hasMessageContaining("任意两份试卷最多共用2道题")
                .hasMessageContaining("30份试卷约需");
    }

    @Test
    void a_difficulty_level_cell_takes_only_items_of_that_level() {
        InMemoryItemSource bank = TestBank.bank(100, 1);
        Blueprint blueprint = new Blueprint(null, "按难度", null, null, 30, 10, 6, Map.of(ItemType.SINGLE_CHOICE, 1),
                List.of(BlueprintCell.of(ItemType.SINGLE_CHOICE, "LAW", 2, 5), BlueprintCell.of(ItemType.SINGLE_CHOICE, "LAW", 4, 5)),
                DifficultyTarget.band(2.8, 3.2));
        AssemblyProblem problem = new AssemblyProblem(blueprint, TestBank.NAMES, TestBank.slots(bank, 2), List.of(), Map.of(),
                0.5, 1);

        List<AssembledPaper> papers = assembler.assemble(problem, PaperAssembler.Progress.NONE);

        assertThat(papers.get(0).items()).extracting(CandidateItem::difficulty).containsOnly(2, 4);
        assertThat(papers.get(0).meanDifficulty()).isEqualTo(3.0);
        assertThat(check(problem, papers).violations()).isEmpty();
    }
}
