package cn.kaowu.bank.coverage;

import java.util.List;

/**
 * The coverage matrix.
 *
 * @param cells           one per requested cell, in request order
 * @param papersSupported the smallest over all cells: how many papers the bank supports as a whole
 */
public record CoverageResult(List<CoverageCell> cells, int papersSupported) {

    public List<CoverageCell> thinCells() {
        return cells.stream().filter(CoverageCell::thin).toList();
    }
}
