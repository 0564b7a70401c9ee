package cn.kaowu.bank.template;

import cn.kaowu.bank.item.ItemType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the .xlsx template: sheets named 单选题 / 多选题 / 判断题 (other sheets are ignored),
 * columns found by their header in the first row (any order; unknown columns ignored; a 题型
 * column, as the TSV has, is ignored since the sheet gives the type). Empty rows are skipped.
 */
public final class TemplateReader {

    /** What the file holds, or why it cannot be read as the template at all. */
    public record Result(List<RawItem> items, List<String> problems) {
    }

    private TemplateReader() {
    }

    public static Result read(InputStream in) throws IOException {
        List<RawItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean anySheet = false;
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                ItemType type = typeOf(sheet.getName());
                if (type == null) {
                    continue;
                }
                anySheet = true;
                readSheet(sheet, type, items, problems);
            }
        }
        if (!anySheet) {
            problems.add("未找到工作表“单选题”“多选题”或“判断题”，请使用下载的导入模板");
        }
        return new Result(items, problems);
    }

    private static ItemType typeOf(String sheetName) {
        String name = sheetName.strip();
        for (ItemType type : ItemType.values()) {
            if (type.label().equals(name)) {
                return type;
            }
        }
        return null;
    }

    private static void readSheet(Sheet sheet, ItemType type, List<RawItem> items, List<String> problems)
            throws IOException {
        List<Row> rows = sheet.read();
        if (rows.isEmpty()) {
            return;
        }
        Row header = rows.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.getCellCount(); c++) {
            String name = text(header, c).strip();
            if (!name.isEmpty()) {
                columns.putIfAbsent(name, c);
            }
        }
        for (String required : TemplateColumns.REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(type.label() + " 第1行：缺少列“" + required + "”");
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        for (Row row : rows.subList(1, rows.size())) {
            if (isBlank(row)) {
                continue;
            }
            List<String> options = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                options.add(cell(row, columns, TemplateColumns.option(i)));
            }
            String location = type.label() + " 第" + row.getRowNum() + "行";
            items.add(raw(location, type, row, columns, options));
        }
    }

    private static RawItem raw(String location, ItemType type, Row row, Map<String, Integer> columns,
                               List<String> options) {
        return new RawItem(location, type, cell(row, columns, TemplateColumns.STEM), options,
                cell(row, columns, TemplateColumns.ANSWER), cell(row, columns, TemplateColumns.EXPLANATION),
                cell(row, columns, TemplateColumns.AREA), cell(row, columns, TemplateColumns.INDUSTRIES),
                cell(row, columns, TemplateColumns.CATEGORIES), number(cell(row, columns, TemplateColumns.DIFFICULTY)),
                cell(row, columns, TemplateColumns.LEGAL_BASIS), cell(row, columns, TemplateColumns.KNOWLEDGE_POINT),
                cell(row, columns, TemplateColumns.SOURCE), number(cell(row, columns, TemplateColumns.POINTS)),
                cell(row, columns, TemplateColumns.AUTHOR));
    }

    private static boolean isBlank(Row row) {
        for (int c = 0; c < row.getCellCount(); c++) {
            if (!text(row, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(Row row, Map<String, Integer> columns, String name) {
        Integer c = columns.get(name);
        return c == null ? "" : TemplateColumns.restore(text(row, c).strip());
    }

    private static String text(Row row, int c) {
        if (c >= row.getCellCount()) {
            return "";
        }
        String text = row.getCellText(c);
        return text == null ? "" : text;
    }

    /** Excel numbers arrive as "3" or "3.0". */
    private static String number(String text) {
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
