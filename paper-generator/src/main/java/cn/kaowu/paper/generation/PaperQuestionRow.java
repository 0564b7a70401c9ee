package cn.kaowu.paper.generation;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.paper.assembly.ItemRef;

/**
 * One question of a stored paper: position (1-based, print order), the pinned item version, a
 * copy of its classification and points, and the option order when options are shuffled (the bank
 * labels in print order, e.g. "CADB"; null when printed as in the bank).
 */
public record PaperQuestionRow(int position, long itemId, int itemVersion, ItemType type, String areaCode,
                               int difficulty, int points, String optionOrder) {

    public ItemRef ref() {
        return new ItemRef(itemId, itemVersion);
    }
}
