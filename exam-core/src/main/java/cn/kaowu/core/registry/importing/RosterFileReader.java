package cn.kaowu.core.registry.importing;

import cn.kaowu.core.registry.domain.TextNormaliser;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads an uploaded roster: .xlsx (first sheet) or CSV in UTF-8 (with or without BOM) or GBK —
 * told apart by content, not by the file name. The first non-blank row is the header; blank rows
 * are skipped. Cells are normalised (spaces trimmed, full-width digits and letters made half-width).
 * A formula cell yields its cached result; one without a cached result is reported, never guessed.
 */
public final class RosterFileReader {

    static final Charset GBK = Charset.forName("GB18030");

    private RosterFileReader() {
    }

    public static ParsedRoster read(byte[] content) {
        if (content == null || content.length == 0) {
            return ParsedRoster.failed("文件为空");
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return readXlsx(content);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            return ParsedRoster.failed("不支持旧版Excel（.xls）文件，请在Excel中另存为.xlsx或CSV后上传");
        }
        return readCsv(content);
    }

    /** The text of a CSV file: UTF-8 when it has a BOM or decodes as UTF-8 cleanly, else GBK (GB18030). */
    public static String decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GBK);
        }
    }

    private static ParsedRoster readXlsx(byte[] content) {
        List<TableRow> table = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Optional<Sheet> sheet = workbook.getFirstSheet() == null ? Optional.empty() : Optional.of(workbook.getFirstSheet());
            if (sheet.isEmpty()) {
                return ParsedRoster.failed("文件中没有工作表");
            }
            try (Stream<Row> rows = sheet.get().openStream()) {
                rows.forEach(row -> table.add(xlsxRow(row)));
            }
        } catch (IOException | RuntimeException e) {
            return ParsedRoster.failed("无法读取Excel文件（" + e.getClass().getSimpleName() + "），请确认是.xlsx格式且未损坏");
        }
        return toRoster(table);
    }

    private static TableRow xlsxRow(Row row) {
        List<ReadCell> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(xlsxCell(row.getCell(i)));
        }
        return new TableRow(row.getRowNum(), cells);
    }

    private static ReadCell xlsxCell(Cell cell) {
        if (cell == null) {
            return ReadCell.EMPTY;
        }
        CellType type = cell.getType();
        String raw = cell.getRawValue();
        return switch (type) {
            case EMPTY -> ReadCell.EMPTY;
            case STRING -> new ReadCell(TextNormaliser.normalise(cell.asString()), null, false);
            case NUMBER -> new ReadCell(plainNumber(raw), null, true);
            case BOOLEAN -> new ReadCell(TextNormaliser.normalise(raw), null, false);
            case ERROR -> new ReadCell("", "单元格是错误值" + raw + "，请改正后再上传", false);
            case FORMULA -> {
                if (raw == null || raw.isBlank()) {
                    yield new ReadCell("", "单元格是公式（=" + cell.getFormula()
                            + "）且没有计算结果，请在Excel中计算并保存，或改为直接填写数值", false);
                }
                yield looksNumeric(raw.strip()) ? new ReadCell(plainNumber(raw), null, true)
                        : new ReadCell(TextNormaliser.normalise(raw), null, false);
            }
        };
    }

    private static boolean looksNumeric(String raw) {
        return raw.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    }

    private static String plainNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        try {
            return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return TextNormaliser.normalise(raw);
        }
    }

    private static ParsedRoster readCsv(byte[] content) {
        String text = decode(content);
        List<TableRow> table = new ArrayList<>();
        char delimiter = guessDelimiter(text);
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int recordNumber = 1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean atEnd = i == text.length();
            if (quoted && !atEnd) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (atEnd && record.isEmpty() && field.isEmpty()) {
                    break;
                }
                record.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
                table.add(csvRow(recordNumber++, record));
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return toRoster(table);
    }

    private static TableRow csvRow(int number, List<String> fields) {
        List<ReadCell> cells = new ArrayList<>(fields.size());
        for (String field : fields) {
            String value = TextNormaliser.normalise(field);
            if (value.startsWith("=") && value.length() > 1) {
                cells.add(new ReadCell("", "单元格是公式（" + value + "），CSV文件不保存计算结果，请改为直接填写数值", false));
            } else {
                cells.add(new ReadCell(value, null, false));
            }
        }
        return new TableRow(number, cells);
    }

    private static char guessDelimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        if (firstLine.indexOf(',') < 0 && firstLine.indexOf('\t') >= 0) {
            return '\t';
        }
        if (firstLine.indexOf(',') < 0 && firstLine.indexOf('，') >= 0) {
            return '，';
        }
        return ',';
    }

    private static ParsedRoster toRoster(List<TableRow> table) {
        int headerIndex = 0;
        while (headerIndex < table.size() && table.get(headerIndex).blank()) {
            headerIndex++;
        }
        if (headerIndex == table.size()) {
            return ParsedRoster.failed("文件为空：没有表头，也没有数据行");
        }
        TableRow header = table.get(headerIndex);
        Map<Integer, RosterColumn> columns = new HashMap<>();
        List<RosterImportError> errors = new ArrayList<>();
        Map<RosterColumn, Integer> seen = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cells().get(i).text();
            if (text.isEmpty()) {
                continue;
            }
            Optional<RosterColumn> column = RosterColumn.ofHeader(text);
            if (column.isEmpty()) {
                errors.add(new RosterImportError(0, "表头", "未知的列“" + text + "”（第" + (i + 1)
                        + "列），应为：" + expectedHeaders()));
            } else if (seen.containsKey(column.get())) {
                errors.add(new RosterImportError(0, "表头", "列“" + column.get().header() + "”出现了两次"));
            } else {
                seen.put(column.get(), i);
                columns.put(i, column.get());
            }
        }
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required() && !seen.containsKey(column)) {
                errors.add(new RosterImportError(0, "表头", "缺少列“" + column.header() + "”"));
            }
        }
        if (!errors.isEmpty()) {
            return new ParsedRoster(List.of(), errors);
        }
        List<RawRow> rows = new ArrayList<>();
        for (TableRow row : table.subList(headerIndex + 1, table.size())) {
            if (row.blank()) {
                continue;
            }
            Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
            Map<RosterColumn, String> cellErrors = new EnumMap<>(RosterColumn.class);
            for (Map.Entry<Integer, RosterColumn> column : columns.entrySet()) {
                ReadCell cell = column.getKey() < row.cells().size() ? row.cells().get(column.getKey()) : ReadCell.EMPTY;
                if (cell.error() != null) {
                    cellErrors.put(column.getValue(), cell.error());
                } else if (cell.numeric() && column.getValue() == RosterColumn.ID_NUMBER) {
                    cellErrors.put(column.getValue(), "单元格是数字格式，身份证号会丢失末尾几位，请将该列设为文本格式后重新填写");
                } else {
                    values.put(column.getValue(), cell.text());
                }
            }
            rows.add(new RawRow(row.number(), values, cellErrors));
        }
        if (rows.isEmpty()) {
            return ParsedRoster.failed("文件没有数据行：表头下面是空的");
        }
        return new ParsedRoster(rows, List.of());
    }

    static String expectedHeaders() {
        StringBuilder text = new StringBuilder();
        for (RosterColumn column : RosterColumn.values()) {
            if (!text.isEmpty()) {
                text.append("、");
            }
            text.append(column.header());
        }
        return text.toString();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private record ReadCell(String text, String error, boolean numeric) {
        static final ReadCell EMPTY = new ReadCell("", null, false);
    }

    private record TableRow(int number, List<ReadCell> cells) {
        boolean blank() {
            return cells.stream().allMatch(c -> c.text().isEmpty() && c.error() == null);
        }
    }
}
