package cn.kaowu.bank.exporting;

import cn.kaowu.bank.item.ItemDraft;
import cn.kaowu.bank.item.Taxonomy;
import cn.kaowu.bank.item.Vocabulary;
import cn.kaowu.bank.template.RawItem;

import java.util.List;
import java.util.stream.Collectors;

/** An item version as a template row: codes shown as the Chinese names users type. */
public final class ExportRows {

    private ExportRows() {
    }

    public static RawItem toRow(ItemDraft item, Vocabulary vocabulary) {
        Taxonomy t = item.taxonomy();
        return new RawItem("", item.type(), item.stem(), item.options(), item.key(), item.explanation(),
                vocabulary.areaName(t.contentArea()), names(t.industries(), vocabulary, true),
                names(t.categories(), vocabulary, false), String.valueOf(t.difficulty()), t.legalBasis().display(),
                t.knowledgePoint(), t.source(), String.valueOf(item.points()), t.author());
    }

    private static String names(List<String> codes, Vocabulary vocabulary, boolean industries) {
        return codes.stream().map(c -> industries ? vocabulary.industryName(c) : vocabulary.categoryName(c))
                .collect(Collectors.joining("、"));
    }
}
