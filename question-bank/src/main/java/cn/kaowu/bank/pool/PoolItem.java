package cn.kaowu.bank.pool;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.item.VersionRef;

import java.util.List;

/**
 * An active item as the paper generator sees it when choosing: no text, no key.
 *
 * @param itemId      the item
 * @param version     its active (approved) version, the one a paper pins
 * @param type        题型
 * @param contentArea content-area code
 * @param difficulty  1–5 as judged by the author
 * @param pValue      empirical share correct, null until item analysis exists
 * @param industries  industry codes or [ALL]
 * @param categories  personnel-category codes or [ALL]
 */
public record PoolItem(long itemId, int version, ItemType type, String contentArea, int difficulty, Double pValue,
                       List<String> industries, List<String> categories) {

    public VersionRef ref() {
        return new VersionRef(itemId, version);
    }
}
