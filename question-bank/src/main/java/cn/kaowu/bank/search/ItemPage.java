package cn.kaowu.bank.search;

import java.util.List;
import java.util.Map;

/**
 * A page of rows, the total count of matches, and facets: for each filter dimension ("type",
 * "status", "contentArea", "difficulty", "industry", "category") the count per value, computed
 * with every other filter applied (so a grid can show how many each choice would give).
 * Facet values are enum names (SINGLE_CHOICE, ACTIVE), codes (LAW, MINING, ALL) or "1"–"5".
 */
public record ItemPage(List<ItemRow> rows, long total, Map<String, Map<String, Long>> facets) {
}
