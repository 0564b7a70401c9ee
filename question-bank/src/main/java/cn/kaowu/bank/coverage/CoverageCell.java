package cn.kaowu.bank.coverage;

import cn.kaowu.bank.item.ItemType;

/**
 * How well the bank covers one cell.
 *
 * @param need            items a paper needs in this cell
 * @param available       active items in the bank that fit the class profile and the cell
 * @param papersSupported papers with pairwise overlap within the cap the cell supports
 *                        ({@link PaperSupply}); {@link Integer#MAX_VALUE} when the need is 0
 * @param thin            fewer papers than the request's threshold (or not even one)
 * @param shortBy         items missing for a single paper (0 when available ≥ need)
 */
public record CoverageCell(ItemType type, String contentArea, Integer difficulty, int need, int available,
                           int papersSupported, boolean thin, int shortBy) {
}
