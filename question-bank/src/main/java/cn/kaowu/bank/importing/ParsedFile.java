package cn.kaowu.bank.importing;

import cn.kaowu.bank.template.RawItem;

import java.util.List;

/** What a reader found in a file: its items (unchecked) and problems of the file as a whole. */
public record ParsedFile(List<RawItem> items, List<String> problems) {
}
