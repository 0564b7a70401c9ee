package cn.kaowu.paper.assembly;

import cn.kaowu.paper.blueprint.BlueprintCell;

/**
 * How one blueprint cell stands against the bank for one pool (industry × category).
 *
 * @param cell             the cell
 * @param label            the cell and pool in words
 * @param needed           items one paper needs
 * @param available        active items in the bank that fit (minus a re-sit's exclusions)
 * @param papers           how many papers draw from this pool in the batch
 * @param neededForPapers  an estimate of the items the cell needs for that many papers under the
 *                         overlap cap, when every cell takes its proportional share of the cap
 * @param lowerBound       the least this cell needs even if it took the whole overlap budget
 */
public record CellAvailability(BlueprintCell cell, String label, int needed, int available, int papers,
                               int neededForPapers, int lowerBound) {

    public boolean enoughForOnePaper() {
        return available >= needed;
    }

    public boolean enoughForAllPapers() {
        return available >= neededForPapers;
    }
}
