package cn.kaowu.paper.assembly;

import java.util.List;

/**
 * One assembled paper: its items in print order (item-type order, then blueprint cell order).
 *
 * @param slotIndex      which slot of the problem it fills
 * @param items          the chosen items, pinned to their versions
 * @param meanDifficulty the mean difficulty reached
 * @param nanos          how long assembling this paper took
 */
public record AssembledPaper(int slotIndex, List<CandidateItem> items, double meanDifficulty, long nanos) {

    public AssembledPaper {
        items = List.copyOf(items);
    }
}
