package cn.kaowu.bank.template;

import cn.kaowu.bank.item.ItemType;

import java.util.ArrayList;
import java.util.List;

/**
 * The official .xlsx template: one sheet per type named 单选题 / 多选题 / 判断题, Chinese headers
 * in the first row. The columns are a superset of the content team's TSV (without 题型, which the
 * sheet gives) plus the optional 分值 and 作者.
 */
public final class TemplateColumns {

    public static final String STEM = "题干";
    public static final String ANSWER = "答案";
    public static final String EXPLANATION = "解析";
    public static final String AREA = "内容领域";
    public static final String INDUSTRIES = "适用行业";
    public static final String CATEGORIES = "人员类别";
    public static final String DIFFICULTY = "难度";
    public static final String LEGAL_BASIS = "法规依据";
    public static final String KNOWLEDGE_POINT = "知识点";
    public static final String SOURCE = "来源";
    public static final String POINTS = "分值";
    public static final String AUTHOR = "作者";

    /** Columns without which a sheet cannot be read at all. */
    public static final List<String> REQUIRED = List.of(STEM, ANSWER);

    private TemplateColumns() {
    }

    public static String option(int index) {
        return "选项" + (char) ('A' + index);
    }

    /** The headers of a type's sheet, in order. */
    public static List<String> headers(ItemType type) {
        List<String> headers = new ArrayList<>();
        headers.add(STEM);
        for (int i = 0; i < type.maxOptions(); i++) {
            headers.add(option(i));
        }
        headers.addAll(List.of(ANSWER, EXPLANATION, AREA, INDUSTRIES, CATEGORIES, DIFFICULTY, LEGAL_BASIS,
                KNOWLEDGE_POINT, SOURCE, POINTS, AUTHOR));
        return headers;
    }

    /**
     * A cell that a spreadsheet would run as a formula (= + - @ first) gets a leading apostrophe,
     * so it stays text (formula injection neutralised).
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + text : text;
    }

    /** Undoes {@link #neutralise} when reading a file this system wrote. */
    public static String restore(String text) {
        if (text != null && text.length() >= 2 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }
}
