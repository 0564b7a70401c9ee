package cn.kaowu.paper.blueprint;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.paper.assembly.CandidateItem;

import java.util.Objects;

/**
 * One cell of a blueprint: exactly {@code count} items of this type and content area, and, when
 * {@code difficulty} is set, of that difficulty level (that is how a blueprint fixes counts per
 * difficulty level). A null difficulty takes items of any level.
 */
public record BlueprintCell(ItemType type, String areaCode, Integer difficulty, int count) {

    public BlueprintCell {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(areaCode, "areaCode");
    }

    public static BlueprintCell of(ItemType type, String areaCode, int count) {
        return new BlueprintCell(type, areaCode, null, count);
    }

    public static BlueprintCell of(ItemType type, String areaCode, int difficulty, int count) {
        return new BlueprintCell(type, areaCode, difficulty, count);
    }

    /** Whether an item belongs to this cell (taxonomy of the class is checked elsewhere). */
    public boolean accepts(CandidateItem item) {
        return item.type() == type && item.areaCode().equals(areaCode)
                && (difficulty == null || difficulty == item.difficulty());
    }

    /** The cell without its count: type × area × difficulty. */
    public String key() {
        return type.name() + "|" + areaCode + "|" + (difficulty == null ? "*" : difficulty);
    }
}
