package cn.kaowu.paper.sealing;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.paper.domain.PaperContent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical byte form of a {@link PaperContent} — what is hashed and encrypted when a paper is
 * sealed — and its SHA-256.
 *
 * <h2>How a verifier recomputes it</h2>
 * The bytes are canonical JSON (see {@link CanonicalJson}: members sorted by name, no whitespace,
 * strings NFC-normalised and UTF-8, only {@code "}, {@code \} and control characters escaped,
 * integers in plain decimal, absent text as {@code null}) of this tree:
 * <pre>
 * { "classCode": text, "className": text, "durationMinutes": int, "examName": text,
 *   "format": "kaowu-paper/1", "paperCode": text, "passMark": int, "totalPoints": int,
 *   "sections": [ { "type": "SINGLE_CHOICE" | "MULTIPLE_CHOICE" | "TRUE_FALSE", "pointsEach": int,
 *                   "questions": [ { "number": int, "itemId": int, "itemVersion": int, "stem": text,
 *                                    "options": [ { "label": "A", "text": text }, ... ],
 *                                    "key": text, "explanation": text|null, "legalBasis": text|null } ] } ] }
 * </pre>
 * Arrays keep the paper's order (sections in type order, questions and options in print order);
 * only object members are sorted. The hash is the lowercase hex SHA-256 of these bytes. For example
 * {@code {"a":1,"b":"试卷"}} is the canonical form of a map holding b then a.
 */
public final class CanonicalPaper {

    /** Identifies this canonical form; a new layout gets a new value. */
    public static final String FORMAT = "kaowu-paper/1";

    private final byte[] bytes;

    private CanonicalPaper(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The canonical form of a paper's content. */
    public static CanonicalPaper of(PaperContent content) {
        return new CanonicalPaper(CanonicalJson.write(toTree(content)));
    }

    /** Wraps bytes that claim to be a canonical paper (e.g. just decrypted); see {@link #toPaperContent()}. */
    public static CanonicalPaper fromBytes(byte[] bytes) {
        return new CanonicalPaper(bytes.clone());
    }

    /** A copy of the canonical UTF-8 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Lowercase hex SHA-256 of the canonical bytes (64 characters). */
    public String sha256Hex() {
        return sha256Hex(bytes);
    }

    /** The canonical bytes as text, for display and debugging. */
    public String asText() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Reads the content back. Text comes back NFC-normalised, so
     * {@code of(x).toPaperContent()} equals {@code x} whenever x's text already is NFC.
     */
    public PaperContent toPaperContent() {
        try {
            return parse();
        } catch (SealingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SealingException("试卷内容无法读取：不是有效的 " + FORMAT + " 规范化内容（" + e.getMessage() + "）。", e);
        }
    }

    private PaperContent parse() {
        Object tree = CanonicalJson.read(bytes);
        if (!(tree instanceof Map<?, ?> root) || !FORMAT.equals(root.get("format"))) {
            throw new SealingException("试卷内容格式无法识别：应为 " + FORMAT + " 规范化格式。");
        }
        List<PaperContent.Section> sections = new ArrayList<>();
        for (Object s : list(root, "sections")) {
            Map<?, ?> section = (Map<?, ?>) s;
            List<PaperContent.Question> questions = new ArrayList<>();
            for (Object q : list(section, "questions")) {
                Map<?, ?> question = (Map<?, ?>) q;
                List<PaperContent.Option> options = new ArrayList<>();
                for (Object o : list(question, "options")) {
                    Map<?, ?> option = (Map<?, ?>) o;
                    options.add(new PaperContent.Option(text(option, "label"), text(option, "text")));
                }
                questions.add(new PaperContent.Question(integer(question, "number"),
                        number(question, "itemId"), integer(question, "itemVersion"), text(question, "stem"),
                        options, text(question, "key"), text(question, "explanation"),
                        text(question, "legalBasis")));
            }
            sections.add(new PaperContent.Section(ItemType.valueOf(text(section, "type")),
                    integer(section, "pointsEach"), questions));
        }
        return new PaperContent(text(root, "examName"), text(root, "classCode"), text(root, "className"),
                text(root, "paperCode"), integer(root, "durationMinutes"), integer(root, "totalPoints"),
                integer(root, "passMark"), sections);
    }

    /** Lowercase hex SHA-256 of any bytes. */
    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static Map<String, Object> toTree(PaperContent content) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("examName", content.examName());
        root.put("classCode", content.classCode());
        root.put("className", content.className());
        root.put("paperCode", content.paperCode());
        root.put("durationMinutes", content.durationMinutes());
        root.put("totalPoints", content.totalPoints());
        root.put("passMark", content.passMark());
        List<Object> sections = new ArrayList<>();
        for (PaperContent.Section section : content.sections()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("type", section.type().name());
            s.put("pointsEach", section.pointsEach());
            List<Object> questions = new ArrayList<>();
            for (PaperContent.Question question : section.questions()) {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("number", question.number());
                q.put("itemId", question.itemId());
                q.put("itemVersion", question.itemVersion());
                q.put("stem", question.stem());
                List<Object> options = new ArrayList<>();
                for (PaperContent.Option option : question.options()) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("label", option.label());
                    o.put("text", option.text());
                    options.add(o);
                }
                q.put("options", options);
                q.put("key", question.key());
                q.put("explanation", question.explanation());
                q.put("legalBasis", question.legalBasis());
                questions.add(q);
            }
            s.put("questions", questions);
            sections.add(s);
        }
        root.put("sections", sections);
        return root;
    }

    private static List<?> list(Map<?, ?> map, String name) {
        return (List<?>) map.get(name);
    }

    private static String text(Map<?, ?> map, String name) {
        return (String) map.get(name);
    }

    private static long number(Map<?, ?> map, String name) {
        return (Long) map.get(name);
    }

    private static int integer(Map<?, ?> map, String name) {
        return Math.toIntExact(number(map, name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CanonicalPaper other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CanonicalPaper[sha256=" + sha256Hex() + ", " + bytes.length + " bytes]";
    }
}
