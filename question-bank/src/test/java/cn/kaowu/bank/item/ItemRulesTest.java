package cn.kaowu.bank.item;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ItemRulesTest {

    private final Vocabulary vocabulary = Samples.vocabulary();

    private List<String> problems(ItemDraft item) {
        return ItemRules.check(item.normalised(), vocabulary).stream().map(FieldError::toString).toList();
    }

    @Test
    void well_formed_items_of_every_type_pass() {
        assertThat(problems(Samples.single("题干一"))).isEmpty();
        assertThat(problems(Samples.multiple("题干二"))).isEmpty();
        assertThat(problems(Samples.trueFalse("题干三"))).isEmpty();
    }

    @Test
    void a_single_choice_item_needs_exactly_four_options() {
        ItemDraft three = new ItemDraft(ItemType.SINGLE_CHOICE, "题干", List.of("甲", "乙", "丙"), "A", "", 1,
                Samples.single("x").taxonomy());
        assertThat(problems(three)).containsExactly("选项：单选题应有4个选项，现有3个");
    }

    @Test
    void a_key_that_names_a_missing_option_is_rejected() {
        ItemDraft item = new ItemDraft(ItemType.SINGLE_CHOICE, "题干", List.of("甲", "乙", "丙", "丁"), "E", "", 1,
                Samples.single("x").taxonomy());
        assertThat(problems(item)).containsExactly("答案：答案中的选项E不存在");
    }

    @Test
    void a_multiple_choice_item_needs_at_least_two_correct_options() {
        ItemDraft item = new ItemDraft(ItemType.MULTIPLE_CHOICE, "题干", List.of("甲", "乙", "丙", "丁"), "B", "", 2,
                Samples.multiple("x").taxonomy());
        assertThat(problems(item)).containsExactly("答案：多选题至少两个正确选项");
    }

    @Test
    void a_multiple_choice_item_may_have_at_most_six_options() {
        ItemDraft item = new ItemDraft(ItemType.MULTIPLE_CHOICE, "题干", List.of("1", "2", "3", "4", "5", "6", "7"),
                "AB", "", 2, Samples.multiple("x").taxonomy());
        assertThat(problems(item)).contains("选项：多选题应有4至6个选项，现有7个");
    }

    @Test
    void a_true_false_item_with_options_is_rejected() {
        ItemDraft item = new ItemDraft(ItemType.TRUE_FALSE, "题干", List.of("对", "错"), "正确", "", 1,
                Samples.trueFalse("x").taxonomy());
        assertThat(problems(item)).containsExactly("选项：判断题不应有选项");
    }

    @Test
    void a_missing_key_is_reported_as_missing() {
        ItemDraft item = new ItemDraft(ItemType.TRUE_FALSE, "题干", List.of(), " ", "", 1, Samples.trueFalse("x").taxonomy());
        assertThat(problems(item)).containsExactly("答案：缺少答案");
    }

    @Test
    void true_false_keys_are_read_from_the_usual_signs() {
        assertThat(AnswerKey.normalise(ItemType.TRUE_FALSE, "√")).isEqualTo("正确");
        assertThat(AnswerKey.normalise(ItemType.TRUE_FALSE, "错")).isEqualTo("错误");
        assertThat(AnswerKey.normalise(ItemType.MULTIPLE_CHOICE, "d、a，b")).isEqualTo("ABD");
    }

    @Test
    void unknown_reference_codes_and_a_difficulty_outside_one_to_five_are_rejected() {
        ItemDraft item = new ItemDraft(ItemType.TRUE_FALSE, "题干", List.of(), "正确", "", 1,
                Samples.taxonomy("SPACE", List.of("MOON"), List.of(), 6));
        assertThat(problems(item)).containsExactlyInAnyOrder("内容领域：未知的内容领域“SPACE”",
                "适用行业：未知的适用行业“MOON”", "人员类别：不能为空（可填“全部”）", "难度：应为1至5的整数");
    }

    @Test
    void html_in_a_stem_is_accepted_as_plain_text() {
        ItemDraft item = Samples.trueFalse("<script>alert('x')</script>是否正确？");
        assertThat(problems(item)).isEmpty();
        assertThat(item.normalised().stem()).isEqualTo("<script>alert('x')</script>是否正确？");
    }

    @Test
    void a_legal_basis_is_read_with_or_without_book_title_marks() {
        assertThat(LegalBasis.parse("《安全生产法》第二十一条")).isEqualTo(new LegalBasis("安全生产法", "第二十一条"));
        assertThat(LegalBasis.parse("职业病防治法第三十条")).isEqualTo(new LegalBasis("职业病防治法", "第三十条"));
        assertThat(new LegalBasis("安全生产法", "第二十一条").display()).isEqualTo("《安全生产法》第二十一条");
    }

    @Test
    void the_diff_lists_only_the_fields_that_changed() {
        ItemDraft before = Samples.single("原题干");
        ItemDraft after = new ItemDraft(before.type(), "新题干", before.options(), "B", before.explanation(),
                before.points(), before.taxonomy());
        assertThat(VersionDiff.between(before, after)).containsExactly(
                new FieldChange("stem", "题干", "原题干", "新题干"), new FieldChange("key", "答案", "A", "B"));
    }
}
