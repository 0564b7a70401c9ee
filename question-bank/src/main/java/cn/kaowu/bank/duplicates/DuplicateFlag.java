package cn.kaowu.bank.duplicates;

/**
 * A new or edited stem that is nearly the same as another: either an item already in the bank
 * ({@code similarItemId}) or another item of the same import ({@code similarIndex}). The caller
 * decides whether to keep it; nothing is refused because of a flag.
 *
 * @param index         position of the checked item in the list that was checked (0-based)
 * @param similarItemId the bank item it resembles, or null
 * @param similarIndex  the position of the other new item it resembles, or null
 * @param similarStem   the stem it resembles
 * @param similarity    Jaccard similarity of the 3-gram sets, 0–1
 */
public record DuplicateFlag(int index, Long similarItemId, Integer similarIndex, String similarStem,
                            double similarity) {
}
