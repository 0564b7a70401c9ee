package cn.kaowu.core.registry.importing;

/**
 * One problem of an uploaded roster. Row 0 means the file as a whole (or its header).
 *
 * @param row     the spreadsheet row number as Excel shows it (header is row 1), or 0
 * @param column  the column's header, or empty
 * @param message what is wrong, in Chinese
 */
public record RosterImportError(int row, String column, String message) {

    public static RosterImportError file(String message) {
        return new RosterImportError(0, "", message);
    }

    /** As shown to the user, e.g. {@code 第7行 身份证号：校验位错误}. */
    public String text() {
        String where = row > 0 ? "第" + row + "行" + (column.isEmpty() ? "" : " " + column) : column;
        return where.isEmpty() ? message : where + "：" + message;
    }

    @Override
    public String toString() {
        return text();
    }
}
