package cn.kaowu.bank.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which fields changed between two versions of an item, field by field, as text. */
public final class VersionDiff {

    private VersionDiff() {
    }

    public static List<FieldChange> between(ItemDraft before, ItemDraft after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "type", "题型", before.type().label(), after.type().label());
        compare(changes, "stem", "题干", before.stem(), after.stem());
        int options = Math.max(before.options().size(), after.options().size());
        for (int i = 0; i < options; i++) {
            char letter = ItemDraft.letter(i);
            compare(changes, "option" + letter, "选项" + letter, at(before, i), at(after, i));
        }
        compare(changes, "key", "答案", before.key(), after.key());
        compare(changes, "explanation", "解析", before.explanation(), after.explanation());
        compare(changes, "points", "分值", String.valueOf(before.points()), String.valueOf(after.points()));
        Taxonomy b = before.taxonomy();
        Taxonomy a = after.taxonomy();
        compare(changes, "contentArea", "内容领域", b.contentArea(), a.contentArea());
        compare(changes, "industries", "适用行业", String.join("、", b.industries()), String.join("、", a.industries()));
        compare(changes, "categories", "人员类别", String.join("、", b.categories()), String.join("、", a.categories()));
        compare(changes, "difficulty", "难度", String.valueOf(b.difficulty()), String.valueOf(a.difficulty()));
        compare(changes, "legalBasis", "法规依据", b.legalBasis().display(), a.legalBasis().display());
        compare(changes, "knowledgePoint", "知识点", b.knowledgePoint(), a.knowledgePoint());
        compare(changes, "source", "来源", b.source(), a.source());
        compare(changes, "author", "作者", b.author(), a.author());
        return changes;
    }

    private static String at(ItemDraft item, int index) {
        return index < item.options().size() ? item.options().get(index) : "";
    }

    private static void compare(List<FieldChange> changes, String field, String label, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, label, before, after));
        }
    }
}
