package cn.kaowu.core.registry.domain;

/**
 * Cleans what people type into spreadsheets: full-width digits, letters and the full-width full
 * stop (０-９, Ａ-Ｚ, ａ-ｚ incl. ｘ, ．) become half-width, and leading/trailing whitespace —
 * including full-width and no-break spaces — is removed. Chinese punctuation such as （） is
 * kept, so enterprise names stay as written.
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A')
                    || (c >= '\uFF41' && c <= '\uFF5A') || c == '\uFF0E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                out.append(' ');
            } else if (c != '\uFEFF' && c != '\u200B') {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
