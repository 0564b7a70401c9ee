package cn.kaowu.bank.search;

import cn.kaowu.bank.item.ItemStatus;
import cn.kaowu.bank.item.ItemType;

import java.time.Instant;
import java.util.List;

/** One grid row: an item's state and the taxonomy of its newest version (no options, no key). */
public record ItemRow(long id, ItemType type, ItemStatus status, int latestVersion, Integer activeVersion,
                      String stem, String contentArea, int difficulty, Double pValue, List<String> industries,
                      List<String> categories, String legalBasis, String knowledgePoint, String source,
                      String author, Instant updatedAt) {
}
