package cn.kaowu.bank.coverage;

import cn.kaowu.bank.item.ItemType;

/**
 * One cell of a blueprint shape: how many items of a type and content area (optionally of one
 * difficulty) a paper needs.
 *
 * @param difficulty 1–5, or null for any difficulty
 */
public record CoverageNeed(ItemType type, String contentArea, Integer difficulty, int need) {
}
