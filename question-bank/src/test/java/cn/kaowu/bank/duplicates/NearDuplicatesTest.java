package cn.kaowu.bank.duplicates;

import cn.kaowu.bank.item.ItemDraft;
import cn.kaowu.bank.synthetic.SyntheticBank;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicatesTest {

    private static final String STEM = "生产经营单位的主要负责人对本单位的安全生产工作全面负责，这是安全生产法规定的基本职责之一。";

    @Test
    void a_stem_that_differs_in_punctuation_and_spacing_only_is_a_duplicate() {
        String variant = "生产经营单位的主要负责人 对本单位的安全生产工作全面负责。这是安全生产法规定的基本职责之一";
        assertThat(NearDuplicates.similarity(STEM, variant)).isEqualTo(1.0);
        assertThat(NearDuplicates.pairs(List.of(STEM, variant), 0, NearDuplicates.DEFAULT_THRESHOLD))
                .containsExactly(new NearDuplicates.Match(0, 1, 1.0));
    }

    @Test
    void a_stem_with_one_word_changed_is_flagged() {
        String variant = "生产经营单位的主要负责人对本单位的安全生产工作全面负责，这是职业病防治法规定的基本职责之一。";
        List<NearDuplicates.Match> matches = NearDuplicates.pairs(List.of(STEM, variant), 0,
                NearDuplicates.DEFAULT_THRESHOLD);
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).similarity()).isBetween(0.7, 1.0);
    }

    @Test
    void different_stems_are_not_flagged() {
        String other = "从业人员发现直接危及人身安全的紧急情况时，有权停止作业或者采取应急措施后撤离作业场所。";
        assertThat(NearDuplicates.pairs(List.of(STEM, other), 0, NearDuplicates.DEFAULT_THRESHOLD)).isEmpty();
    }

    @Test
    void only_pairs_that_involve_a_new_stem_are_reported() {
        List<String> stems = List.of(STEM, STEM + "！", "完全不同的一道题目，讲的是职业病危害因素的识别方法。", STEM);
        assertThat(NearDuplicates.pairs(stems, 3, NearDuplicates.DEFAULT_THRESHOLD))
                .extracting(NearDuplicates.Match::second).containsOnly(3);
    }

    @Test
    void scanning_finds_the_same_pairs_as_hashing_for_a_few_new_stems() {
        List<String> stems = new java.util.ArrayList<>(SyntheticBank.withDefaultCodes(3).items(500).stream()
                .map(ItemDraft::stem).toList());
        stems.add(stems.get(17) + "。");
        stems.add(stems.get(42).replace("公司", "集团"));
        assertThat(NearDuplicates.pairsByScan(stems, 500, NearDuplicates.DEFAULT_THRESHOLD))
                .isEqualTo(NearDuplicates.pairs(stems, 500, NearDuplicates.DEFAULT_THRESHOLD))
                .extracting(NearDuplicates.Match::first).containsExactly(17, 42);
    }

    @Test
    void a_synthetic_bank_has_no_near_duplicates() {
        List<String> stems = SyntheticBank.withDefaultCodes(7).items(3000).stream().map(ItemDraft::stem).toList();
        assertThat(NearDuplicates.pairs(stems, 0, NearDuplicates.DEFAULT_THRESHOLD)).isEmpty();
    }
}
