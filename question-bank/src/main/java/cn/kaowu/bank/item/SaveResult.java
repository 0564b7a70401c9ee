package cn.kaowu.bank.item;

import cn.kaowu.bank.duplicates.DuplicateFlag;

import java.util.List;

/**
 * What a save wrote, and the bank items whose stems are nearly the same (the caller shows them
 * and decides whether to keep the item or retire one of them).
 */
public record SaveResult(long itemId, int version, List<DuplicateFlag> similar) {
}
