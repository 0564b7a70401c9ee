package cn.kaowu.bank.item;

import java.util.List;
import java.util.Objects;

/**
 * The content of one version of an item, as an author enters it. Text is stored exactly as given
 * (HTML or script in a stem stays text; views render it escaped).
 *
 * @param type        单选/多选/判断
 * @param stem        题干
 * @param options     option texts in order A, B, C…; empty for true/false
 * @param key         the answer: letters in order (B, ABD) or 正确/错误 — see {@link AnswerKey}
 * @param explanation 解析, may be empty
 * @param points      分值 (the type's default when an import leaves it empty)
 * @param taxonomy    classification
 */
public record ItemDraft(ItemType type, String stem, List<String> options, String key, String explanation,
                        int points, Taxonomy taxonomy) {

    public ItemDraft {
        Objects.requireNonNull(type, "type");
        stem = stem == null ? "" : stem;
        options = options == null ? List.of() : options.stream().map(o -> o == null ? "" : o).toList();
        key = key == null ? "" : key;
        explanation = explanation == null ? "" : explanation;
        Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /** The option letter for a position (0 → A). */
    public static char letter(int index) {
        return (char) ('A' + index);
    }

    /** The key in canonical form (letters in order; 正确/错误) and trailing empty options dropped. */
    public ItemDraft normalised() {
        int last = options.size();
        while (last > 0 && (options.get(last - 1) == null || options.get(last - 1).isBlank())) {
            last--;
        }
        return new ItemDraft(type, stem, options.subList(0, last), AnswerKey.normalise(type, key), explanation,
                points, taxonomy);
    }
}
