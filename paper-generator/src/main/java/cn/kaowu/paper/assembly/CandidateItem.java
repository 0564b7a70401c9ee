package cn.kaowu.paper.assembly;

import cn.kaowu.bank.item.ItemType;

import java.util.Objects;

/**
 * An active bank item as the assembler sees it: what it needs to place it in a blueprint cell
 * and to fit it to a class, but no content.
 *
 * @param itemId     the bank item
 * @param version    its current active version (the one a paper is pinned to)
 * @param type       the item type
 * @param areaCode   the content area (reference data code, e.g. LAW)
 * @param difficulty 1 (easy) … 5 (hard)
 * @param industries the industries it applies to
 * @param categories the personnel categories it applies to
 */
public record CandidateItem(long itemId, int version, ItemType type, String areaCode, int difficulty,
                            Applicability industries, Applicability categories) {

    public CandidateItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(industries, "industries");
        Objects.requireNonNull(categories, "categories");
        if (difficulty < 1 || difficulty > 5) {
            throw new IllegalArgumentException("difficulty must be 1..5: " + difficulty);
        }
    }

    public ItemRef ref() {
        return new ItemRef(itemId, version);
    }

    /** Whether this item may be put before a class of this industry and personnel category. */
    public boolean fits(String industryCode, String categoryCode) {
        return industries.includes(industryCode) && categories.includes(categoryCode);
    }
}
