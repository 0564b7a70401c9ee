package cn.kaowu.core.registry.importing;

import java.util.Map;

/**
 * One data row of a roster file as text, before validation. A value that could not be read
 * (a formula without a cached result, an error cell, a numeric ID number) carries its reason in
 * {@code cellErrors} instead.
 *
 * @param rowNumber  the spreadsheet row number (header is row 1)
 * @param values     the cell texts by column (absent or empty when blank)
 * @param cellErrors reasons why a cell could not be read, by column
 */
public record RawRow(int rowNumber, Map<RosterColumn, String> values, Map<RosterColumn, String> cellErrors) {

    public RawRow {
        values = Map.copyOf(values);
        cellErrors = Map.copyOf(cellErrors);
    }

    public String value(RosterColumn column) {
        return values.getOrDefault(column, "");
    }
}
