package cn.kaowu.bank.item;

import java.util.Locale;
import java.util.TreeSet;

/**
 * How answers are written: choice items as option letters in alphabetical order (B, ABD),
 * true/false items as 正确 or 错误. Normalises what people type (a, "A、B、D", √, 对, T…).
 */
public final class AnswerKey {

    public static final String TRUE = "正确";
    public static final String FALSE = "错误";

    private AnswerKey() {
    }

    /** The canonical form, or the stripped input when it cannot be read (the rules then say why). */
    public static String normalise(ItemType type, String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            return "";
        }
        if (type == ItemType.TRUE_FALSE) {
            String upper = text.toUpperCase(Locale.ROOT);
            return switch (upper) {
                case "正确", "对", "是", "√", "✓", "✔", "T", "TRUE", "Y", "A" -> TRUE;
                case "错误", "错", "否", "×", "✗", "✘", "F", "FALSE", "N", "B" -> FALSE;
                default -> text;
            };
        }
        StringBuilder letters = new StringBuilder();
        for (char c : text.toCharArray()) {
            char upper = Character.toUpperCase(toAscii(c));
            if (upper >= 'A' && upper <= 'Z') {
                letters.append(upper);
            } else if (!isSeparator(c)) {
                return text;
            }
        }
        TreeSet<Character> sorted = new TreeSet<>();
        for (char c : letters.toString().toCharArray()) {
            if (!sorted.add(c)) {
                return text;
            }
        }
        StringBuilder canonical = new StringBuilder();
        sorted.forEach(canonical::append);
        return canonical.toString();
    }

    private static char toAscii(char c) {
        // full-width Ａ-Ｚ / ａ-ｚ
        if (c >= 'Ａ' && c <= 'Ｚ') {
            return (char) ('A' + (c - 'Ａ'));
        }
        if (c >= 'ａ' && c <= 'ｚ') {
            return (char) ('a' + (c - 'ａ'));
        }
        return c;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || ",，、;；/|.．".indexOf(c) >= 0;
    }
}
