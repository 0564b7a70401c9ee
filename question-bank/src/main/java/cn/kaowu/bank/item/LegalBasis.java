package cn.kaowu.bank.item;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 法规依据: the name of a law or regulation and the article, e.g. 《安全生产法》第二十一条.
 *
 * @param lawName the name without book-title marks (安全生产法), empty when none
 * @param article the article (第二十一条), may be empty
 */
public record LegalBasis(String lawName, String article) {

    public static final LegalBasis NONE = new LegalBasis("", "");

    private static final Pattern TITLED = Pattern.compile("^\\s*《([^》]+)》\\s*(.*?)\\s*$");
    private static final Pattern PLAIN = Pattern.compile("^\\s*(.+?)\\s*(第[一二三四五六七八九十百千零〇0-9]+条.*)$");

    public LegalBasis {
        lawName = lawName == null ? "" : lawName.strip();
        article = article == null ? "" : article.strip();
    }

    public boolean isEmpty() {
        return lawName.isEmpty() && article.isEmpty();
    }

    /** Reads 《安全生产法》第二十一条, 安全生产法第二十一条 or just a law's name. */
    public static LegalBasis parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Matcher titled = TITLED.matcher(text);
        if (titled.matches()) {
            return new LegalBasis(titled.group(1), titled.group(2));
        }
        Matcher plain = PLAIN.matcher(text);
        if (plain.matches()) {
            return new LegalBasis(plain.group(1), plain.group(2));
        }
        return new LegalBasis(text, "");
    }

    /** As written on paper: 《安全生产法》第二十一条. */
    public String display() {
        if (isEmpty()) {
            return "";
        }
        return (lawName.isEmpty() ? "" : "《" + lawName + "》") + article;
    }
}
