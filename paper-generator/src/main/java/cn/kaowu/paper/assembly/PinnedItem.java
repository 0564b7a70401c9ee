package cn.kaowu.paper.assembly;

import cn.kaowu.bank.item.ItemType;

import java.util.List;
import java.util.Objects;

/**
 * The full content of one pinned item version, as printed and sealed.
 *
 * @param ref         item id and version
 * @param type        the item type
 * @param stem        the stem as plain text
 * @param options     the option texts in bank order; the first is labelled A (empty for 判断题)
 * @param key         the correct answer in bank labelling: "B", "ACD", or "正确"/"错误" for 判断题
 * @param explanation 解析 (may be empty)
 * @param legalBasis  法规依据 (may be empty)
 */
public record PinnedItem(ItemRef ref, ItemType type, String stem, List<String> options, String key,
                         String explanation, String legalBasis) {

    public PinnedItem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(stem, "stem");
        options = List.copyOf(options);
        Objects.requireNonNull(key, "key");
        explanation = explanation == null ? "" : explanation;
        legalBasis = legalBasis == null ? "" : legalBasis;
    }
}
