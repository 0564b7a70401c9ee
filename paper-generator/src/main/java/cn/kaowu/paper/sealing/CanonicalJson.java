package cn.kaowu.paper.sealing;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small canonical JSON writer and reader, the byte form behind {@link CanonicalPaper}. It is a
 * subset of RFC 8785 (JSON Canonicalization Scheme) restricted to what a paper needs, so that any
 * verifier can recompute the bytes with a few lines of code:
 * <ul>
 *   <li>values are objects, arrays, strings, integers (no fractions, no exponents) and {@code null};</li>
 *   <li>object members are written in ascending order of their names compared as UTF-16 code units
 *       (Java's {@link String#compareTo}), whatever the order of the map they came from;</li>
 *   <li>no whitespace anywhere; integers in plain decimal, {@code -} for negatives, no leading zeros;</li>
 *   <li>strings are normalised to Unicode NFC, then written in UTF-8 between {@code "}: only
 *       {@code "} and {@code \} are escaped with a backslash, control characters below U+0020 as
 *       {@code \}{@code u00xx} (lowercase hex); every other character is written as itself;</li>
 *   <li>the whole document is UTF-8 without a byte-order mark and without a trailing newline.</li>
 * </ul>
 * The reader accepts exactly what the writer produces (and ordinary JSON escapes), nothing more.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    static byte[] write(Object value) {
        StringBuilder out = new StringBuilder(4096);
        writeValue(value, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeValue(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            writeString(s, out);
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(Normalizer.normalize((String) k, Normalizer.Form.NFC), v));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(e.getKey(), out);
                out.append(':');
                writeValue(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeValue(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("规范化 JSON 不支持的值类型：" + value.getClass().getName());
        }
    }

    private static void writeString(String raw, StringBuilder out) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** Parses canonical JSON back into maps (in document order), lists, strings, longs and nulls. */
    static Object read(byte[] bytes) {
        Reader reader = new Reader(new String(bytes, StandardCharsets.UTF_8));
        Object value = reader.value();
        if (reader.pos != reader.text.length()) {
            throw reader.error("多余的内容");
        }
        return value;
    }

    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        Object value() {
            if (pos >= text.length()) {
                throw error("内容意外结束");
            }
            char c = text.charAt(pos);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 'n':
                    expect("null");
                    return null;
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error("无法识别的字符 '" + c + "'");
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            if (peek() == '}') {
                pos++;
                return map;
            }
            while (true) {
                String key = string();
                expect(":");
                map.put(key, value());
                char c = next();
                if (c == '}') {
                    return map;
                }
                if (c != ',') {
                    throw error("对象中缺少 ',' 或 '}'");
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            pos++;
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.add(value());
                char c = next();
                if (c == ']') {
                    return list;
                }
                if (c != ',') {
                    throw error("数组中缺少 ',' 或 ']'");
                }
            }
        }

        private String string() {
            if (next() != '"') {
                throw error("应为字符串");
            }
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw error("\\u 转义不完整");
                        }
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw error("未知转义 \\" + e);
                }
            }
        }

        private Long number() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            try {
                return Long.parseLong(text.substring(start, pos));
            } catch (NumberFormatException e) {
                throw error("不是整数");
            }
        }

        private void expect(String token) {
            if (!text.startsWith(token, pos)) {
                throw error("应为 " + token);
            }
            pos += token.length();
        }

        private char peek() {
            if (pos >= text.length()) {
                throw error("内容意外结束");
            }
            return text.charAt(pos);
        }

        private char next() {
            char c = peek();
            pos++;
            return c;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("试卷规范化内容格式错误（第 " + pos + " 个字符）：" + what);
        }
    }
}
