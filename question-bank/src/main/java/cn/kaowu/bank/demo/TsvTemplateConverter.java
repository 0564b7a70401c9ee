package cn.kaowu.bank.demo;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.template.RawItem;
import cn.kaowu.bank.template.TemplateWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the content team's UTF-8 TSV files (header 题型 题干 选项A–F 答案 解析 内容领域 适用行业
 * 人员类别 难度 法规依据 知识点 来源, optionally 分值 作者) into the official .xlsx import template.
 * It only moves text; the import checks every row.
 */
public final class TsvTemplateConverter {

    private TsvTemplateConverter() {
    }

    /** Reads the TSV files in order and writes one template workbook. Returns the number of items. */
    public static int convert(List<Path> tsvFiles, OutputStream out) throws IOException {
        List<RawItem> items = new ArrayList<>();
        for (Path file : tsvFiles) {
            items.addAll(read(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
        TemplateWriter.write(items, out);
        return items.size();
    }

    /** The rows of one TSV; a row with an unknown 题型 is refused with its line number. */
    public static List<RawItem> read(String name, List<String> lines) {
        List<RawItem> items = new ArrayList<>();
        if (lines.isEmpty()) {
            return items;
        }
        String[] header = stripBom(lines.get(0)).split("\t", -1);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            columns.putIfAbsent(header[i].strip(), i);
        }
        for (String required : List.of("题型", "题干", "答案")) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException(name + " 第1行：缺少列“" + required + "”");
            }
        }
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String typeName = cell(cells, columns, "题型");
            ItemType type;
            try {
                type = ItemType.fromLabel(typeName);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " 第" + (n + 1) + "行 题型：未知题型“" + typeName + "”", e);
            }
            List<String> options = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                options.add(cell(cells, columns, "选项" + (char) ('A' + i)));
            }
            items.add(new RawItem(name + " 第" + (n + 1) + "行", type, cell(cells, columns, "题干"), options,
                    cell(cells, columns, "答案"), cell(cells, columns, "解析"), cell(cells, columns, "内容领域"),
                    cell(cells, columns, "适用行业"), cell(cells, columns, "人员类别"), cell(cells, columns, "难度"),
                    cell(cells, columns, "法规依据"), cell(cells, columns, "知识点"), cell(cells, columns, "来源"),
                    cell(cells, columns, "分值"), cell(cells, columns, "作者")));
        }
        return items;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String cell(String[] cells, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= cells.length ? "" : cells[i].strip();
    }
}
