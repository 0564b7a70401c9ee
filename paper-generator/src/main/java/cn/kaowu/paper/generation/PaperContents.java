package cn.kaowu.paper.generation;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.paper.assembly.ItemRef;
import cn.kaowu.paper.assembly.PinnedItem;
import cn.kaowu.paper.domain.PaperContent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Builds a {@link PaperContent} from a stored paper and its pinned items; relabels shuffled options. */
final class PaperContents {

    private PaperContents() {
    }

    static PaperContent build(Papers.PaperHead head, List<PaperQuestionRow> rows, Map<ItemRef, PinnedItem> items) {
        Map<ItemType, List<PaperContent.Question>> byType = new EnumMap<>(ItemType.class);
        Map<ItemType, Integer> points = new EnumMap<>(ItemType.class);
        List<PaperQuestionRow> ordered = new ArrayList<>(rows);
        ordered.sort((a, b) -> a.type() != b.type() ? a.type().compareTo(b.type()) : Integer.compare(a.position(), b.position()));
        int number = 0;
        for (PaperQuestionRow row : ordered) {
            PinnedItem item = items.get(row.ref());
            if (item == null) {
                throw new IllegalStateException("题库未返回试卷题目的固定版本 " + row.ref());
            }
            number++;
            byType.computeIfAbsent(row.type(), t -> new ArrayList<>()).add(question(number, row, item));
            points.putIfAbsent(row.type(), row.points());
        }
        List<PaperContent.Section> sections = new ArrayList<>();
        byType.forEach((type, questions) -> sections.add(new PaperContent.Section(type, points.get(type), questions)));
        return new PaperContent(head.examName(), head.classCode(), head.className(), head.paperCode(),
                head.durationMinutes(), head.totalPoints(), head.passMark(), sections);
    }

    private static PaperContent.Question question(int number, PaperQuestionRow row, PinnedItem item) {
        List<PaperContent.Option> options = new ArrayList<>();
        String key = item.key();
        if (item.type() != ItemType.TRUE_FALSE) {
            String order = row.optionOrder() == null ? labels(item.options().size()) : row.optionOrder();
            for (int printed = 0; printed < order.length(); printed++) {
                int original = order.charAt(printed) - 'A';
                options.add(new PaperContent.Option(String.valueOf((char) ('A' + printed)), item.options().get(original)));
            }
            char[] relabelled = new char[key.length()];
            for (int i = 0; i < key.length(); i++) {
                relabelled[i] = (char) ('A' + order.indexOf(key.charAt(i)));
            }
            Arrays.sort(relabelled);
            key = new String(relabelled);
        }
        return new PaperContent.Question(number, row.itemId(), row.itemVersion(), item.stem(), options, key,
                item.explanation(), item.legalBasis());
    }

    /** A seeded random order of {@code count} options, as the bank labels in print order ("CADB"). */
    static String shuffledOrder(int count, SplittableRandom random) {
        char[] labels = labels(count).toCharArray();
        for (int i = labels.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = labels[i];
            labels[i] = labels[j];
            labels[j] = swap;
        }
        return new String(labels);
    }

    private static String labels(int count) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < count; i++) {
            result.append((char) ('A' + i));
        }
        return result.toString();
    }
}
