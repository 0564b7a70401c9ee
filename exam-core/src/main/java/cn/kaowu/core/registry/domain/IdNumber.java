package cn.kaowu.core.registry.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Set;

/**
 * A resident identity number (公民身份号码) checked per GB 11643-1999: 6-digit area code, 8-digit
 * birth date, 3-digit sequence and a check character computed with ISO 7064 MOD 11-2. The number
 * identifies a person across years (一人一档).
 *
 * @param value the 18 characters, with an upper-case X when the check character is ten
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final int MINIMUM_AGE = 16;

    public IdNumber {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Checks a number as typed (already normalised to half-width, upper-case X) against the
     * standard and a plausible birth date (on or after 1900, at least 16 years old on {@code today}).
     *
     * @return the number, or the reason in Chinese why it is not one
     */
    public static Parsed parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Parsed.invalid("不能为空");
        }
        String value = text.strip().toUpperCase();
        if (value.length() != 18) {
            return Parsed.invalid("应为18位（当前" + value.length() + "位）");
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(value.charAt(i)) || value.charAt(i) > '9') {
                return Parsed.invalid("前17位应为数字");
            }
        }
        char last = value.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Parsed.invalid("末位应为数字或X");
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            return Parsed.invalid("地址码无效（前两位" + value.substring(0, 2) + "不是省级行政区划代码）");
        }
        LocalDate birth;
        try {
            birth = LocalDate.parse(value.substring(6, 14), BIRTH);
        } catch (DateTimeParseException e) {
            return Parsed.invalid("出生日期无效（" + value.substring(6, 14) + "）");
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.plusYears(MINIMUM_AGE).isAfter(today)) {
            return Parsed.invalid("出生日期不合理（" + birth + "）");
        }
        if (checkCharacter(value.substring(0, 17)) != last) {
            return Parsed.invalid("校验位错误");
        }
        return new Parsed(new IdNumber(value), null);
    }

    /** The GB 11643 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 14), BIRTH);
    }

    /** 男 for an odd sequence digit, 女 for an even one. */
    public String gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? "男" : "女";
    }

    /** The number as lists show it: the first four and last four characters, e.g. {@code 1101**********1234}. */
    public static String mask(String value) {
        if (value == null || value.length() < 8) {
            return value;
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return mask(value);
    }

    /** The outcome of {@link #parse}: a number or a reason. */
    public record Parsed(IdNumber number, String error) {
        static Parsed invalid(String error) {
            return new Parsed(null, error);
        }

        public boolean valid() {
            return number != null;
        }
    }
}
