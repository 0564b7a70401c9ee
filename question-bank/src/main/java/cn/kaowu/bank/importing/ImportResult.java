package cn.kaowu.bank.importing;

import cn.kaowu.bank.duplicates.DuplicateFlag;
import cn.kaowu.bank.item.ItemStatus;

import java.util.List;

/**
 * What an import wrote.
 *
 * @param itemIds   the new items, in file order
 * @param locations where each came from ("单选题 第12行", "第23题"), same order
 * @param status    DRAFT, or ACTIVE when imported as approved
 * @param similar   near-duplicates; {@link DuplicateFlag#index()} is a position in {@code itemIds}
 */
public record ImportResult(List<Long> itemIds, List<String> locations, ItemStatus status,
                           List<DuplicateFlag> similar) {

    public int count() {
        return itemIds.size();
    }
}
