package cn.kaowu.bank.importing;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.template.RawItem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Word document in the usual Chinese layout:
 * <pre>
 * 一、单选题
 * 1. 题干……（　）
 * A. …  B. …        (one option per line, or several on a line)
 * 答案：B
 * 解析：……
 * </pre>
 * Stems are numbered "1." / "1、" / "1．"; options start with A./A、/A．; section headings
 * 一、单选题 / 二、多选题 / 三、判断题 set the type. Optional lines per item: 内容领域：, 适用行业：,
 * 人员类别：, 难度：, 法规依据：, 知识点：, 来源：, 分值：, 作者：. Without a heading the type is
 * inferred (no options: 判断题; one letter: 单选题; several: 多选题).
 */
public final class DocxItemReader {

    private static final Pattern HEADING = Pattern.compile(
            "^[（(]?[一二三四五六七八九十]+[)）]?\\s*[、.．]?\\s*(单选|单项选择|多选|多项选择|判断)题?.*$");
    private static final Pattern STEM = Pattern.compile("^(\\d{1,4})\\s*[.、．](?!\\d)\\s*(.*)$");
    private static final Pattern OPTION = Pattern.compile("^([A-Fa-f])\\s*[.、．:：)）]\\s*(.*)$");
    private static final Pattern INLINE_OPTION = Pattern.compile("\\s+(?=[A-F]\\s*[.、．]\\s*\\S)");
    private static final Pattern LABELLED = Pattern.compile(
            "^[【\\[]?(答案|解析|内容领域|适用行业|人员类别|难度|法规依据|知识点|来源|分值|作者)[】\\]]?\\s*[:：]\\s*(.*)$");

    private DocxItemReader() {
    }

    public static ParsedFile read(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(in)) {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                for (String line : paragraph.getText().split("\\R")) {
                    lines.add(line);
                }
            }
        }
        return parse(lines);
    }

    private static final class Draft {
        final int number;
        final ItemType sectionType;
        final StringBuilder stem = new StringBuilder();
        final List<String> options = new ArrayList<>();
        final Map<String, StringBuilder> labelled = new LinkedHashMap<>();
        String lastLabel;

        Draft(int number, ItemType sectionType) {
            this.number = number;
            this.sectionType = sectionType;
        }

        String get(String label) {
            StringBuilder value = labelled.get(label);
            return value == null ? "" : value.toString().strip();
        }
    }

    /** Parses lines of text (exposed for tests without a Word file). */
    public static ParsedFile parse(List<String> lines) {
        List<Draft> drafts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ItemType section = null;
        Draft current = null;
        for (String rawLine : lines) {
            String line = rawLine.replace('\u3000', ' ').strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches() && line.length() <= 40) {
                section = typeOf(heading.group(1));
                current = null;
                continue;
            }
            Matcher stem = STEM.matcher(line);
            if (stem.matches()) {
                current = new Draft(Integer.parseInt(stem.group(1)), section);
                current.stem.append(stem.group(2));
                drafts.add(current);
                continue;
            }
            if (current == null) {
                continue;
            }
            Matcher labelled = LABELLED.matcher(line);
            if (labelled.matches()) {
                current.lastLabel = labelled.group(1);
                current.labelled.computeIfAbsent(current.lastLabel, k -> new StringBuilder()).append(labelled.group(2));
                continue;
            }
            if (OPTION.matcher(line).matches() && current.lastLabel == null) {
                for (String part : INLINE_OPTION.split(line)) {
                    Matcher option = OPTION.matcher(part.strip());
                    if (option.matches()) {
                        int index = Character.toUpperCase(option.group(1).charAt(0)) - 'A';
                        while (current.options.size() < index) {
                            current.options.add("");
                        }
                        if (current.options.size() == index) {
                            current.options.add(option.group(2).strip());
                        } else {
                            current.options.set(index, option.group(2).strip());
                        }
                    }
                }
                continue;
            }
            if (current.lastLabel != null) {
                current.labelled.get(current.lastLabel).append('\n').append(line);
            } else if (current.options.isEmpty()) {
                current.stem.append('\n').append(line);
            } else {
                int last = current.options.size() - 1;
                current.options.set(last, current.options.get(last) + line);
            }
        }
        if (drafts.isEmpty()) {
            problems.add("文档中没有找到编号的试题（如“1. 题干”或“1、题干”），请按“一、单选题 / 1. 题干 / A. 选项 / 答案：B / 解析：…”的格式排版");
        }
        Set<Integer> numbers = new HashSet<>();
        boolean unique = drafts.stream().allMatch(d -> numbers.add(d.number));
        List<RawItem> items = new ArrayList<>();
        for (Draft d : drafts) {
            ItemType type = d.sectionType != null ? d.sectionType : infer(d);
            String location = (unique ? "" : type.label() + " ") + "第" + d.number + "题";
            items.add(new RawItem(location, type, d.stem.toString(), d.options, d.get("答案"), d.get("解析"),
                    d.get("内容领域"), d.get("适用行业"), d.get("人员类别"), d.get("难度"), d.get("法规依据"),
                    d.get("知识点"), d.get("来源"), d.get("分值"), d.get("作者")));
        }
        return new ParsedFile(items, problems);
    }

    private static ItemType typeOf(String word) {
        if (word.startsWith("单")) {
            return ItemType.SINGLE_CHOICE;
        }
        return word.startsWith("多") ? ItemType.MULTIPLE_CHOICE : ItemType.TRUE_FALSE;
    }

    private static ItemType infer(Draft d) {
        if (d.options.isEmpty()) {
            return ItemType.TRUE_FALSE;
        }
        String answer = d.get("答案").replaceAll("[^A-Fa-f]", "");
        return answer.length() > 1 || d.options.size() > 4 ? ItemType.MULTIPLE_CHOICE : ItemType.SINGLE_CHOICE;
    }
}
