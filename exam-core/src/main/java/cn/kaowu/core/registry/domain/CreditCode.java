package cn.kaowu.core.registry.domain;

import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码) checked per GB 32100-2015: 18 characters from
 * the 31-character set without I, O, Z, S and V; the last is a MOD 31 check character over the
 * first 17 with weights 3^i mod 31.
 *
 * @param value the 18 characters, upper case
 */
public record CreditCode(String value) {

    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        Objects.requireNonNull(value, "value");
    }

    /** Checks a code as typed (normalised to half-width); the reason is in Chinese. */
    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(null, "不能为空");
        }
        String value = text.strip().toUpperCase();
        if (value.length() != 18) {
            return new Parsed(null, "应为18位（当前" + value.length() + "位）");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(value.charAt(i)) < 0) {
                return new Parsed(null, "第" + (i + 1) + "位“" + value.charAt(i) + "”不是允许的字符（不使用I、O、Z、S、V）");
            }
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return new Parsed(null, "校验位错误");
        }
        return new Parsed(new CreditCode(value), null);
    }

    /** The GB 32100 check character of the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** The outcome of {@link #parse}: a code or a reason. */
    public record Parsed(CreditCode code, String error) {
        public boolean valid() {
            return code != null;
        }
    }
}
