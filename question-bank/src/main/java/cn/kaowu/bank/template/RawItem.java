package cn.kaowu.bank.template;

import cn.kaowu.bank.item.ItemType;

import java.util.List;

/**
 * One item as a file holds it, all text, before it is checked: what the .xlsx template, a .docx,
 * a QTI item or a TSV row gives. Names or codes of reference data are both accepted later.
 *
 * @param location where it is, as the user finds it: "单选题 第12行" or "第23题"
 * @param options  option texts A–F as found (blank when absent)
 */
public record RawItem(String location, ItemType type, String stem, List<String> options, String answer,
                      String explanation, String contentArea, String industries, String categories,
                      String difficulty, String legalBasis, String knowledgePoint, String source, String points,
                      String author) {

    public RawItem {
        options = options == null ? List.of() : options.stream().map(o -> o == null ? "" : o).toList();
    }
}
