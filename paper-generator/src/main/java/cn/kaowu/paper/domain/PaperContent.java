package cn.kaowu.paper.domain;

import cn.kaowu.bank.item.ItemType;

import java.util.List;

/**
 * The full content of one generated paper, as it is sealed, hashed and printed: sections in
 * type order, questions numbered through the paper, each pinned to an item version, with keys.
 * This type carries answer keys: it never leaves the paper builder's services; a candidate's
 * view of a paper is a different type without keys.
 *
 * @param examName        e.g. "2026年度工伤预防能力提升培训结业考试"
 * @param classCode       the class (班次) code, printed in the watermark
 * @param className       the class name as printed in the header
 * @param paperCode       a unique code of this paper (e.g. "P2026-0001-A"), printed on every page
 * @param durationMinutes exam duration
 * @param totalPoints     sum of all questions' points
 * @param passMark        points needed to pass
 * @param sections        one per item type present, in {@link ItemType} order
 */
public record PaperContent(String examName, String classCode, String className, String paperCode,
                           int durationMinutes, int totalPoints, int passMark, List<Section> sections) {

    public PaperContent {
        sections = List.copyOf(sections);
    }

    /** One section (一、单选题 …): its questions all have the same type and points. */
    public record Section(ItemType type, int pointsEach, List<Question> questions) {
        public Section {
            questions = List.copyOf(questions);
        }
    }

    /**
     * One question as printed.
     *
     * @param number      the number through the paper, starting at 1
     * @param itemId      the bank item
     * @param itemVersion the exact version pinned
     * @param stem        the stem as text (never HTML)
     * @param options     the options in print order (empty for 判断题)
     * @param key         the correct answer: option labels in order ("A", "ACD") or "正确"/"错误"
     * @param explanation 解析, printed only in the answer key
     * @param legalBasis  法规依据, printed only in the answer key
     */
    public record Question(int number, long itemId, int itemVersion, String stem, List<Option> options,
                           String key, String explanation, String legalBasis) {
        public Question {
            options = List.copyOf(options);
        }
    }

    /** An option with its label (A–F). */
    public record Option(String label, String text) {
    }

    public int questionCount() {
        return sections.stream().mapToInt(s -> s.questions().size()).sum();
    }
}
