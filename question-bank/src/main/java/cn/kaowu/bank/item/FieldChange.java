package cn.kaowu.bank.item;

/**
 * One field that differs between two versions of an item.
 *
 * @param field  a stable name (stem, optionA, key, difficulty…)
 * @param label  the Chinese label shown (题干, 选项A, 答案, 难度…)
 * @param before the value in the older version, as text ("" when absent)
 * @param after  the value in the newer version, as text
 */
public record FieldChange(String field, String label, String before, String after) {
}
