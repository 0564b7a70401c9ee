package cn.kaowu.bank.item;

import java.time.Instant;

/**
 * One stored version of an item; never changed after it is written.
 *
 * @param itemId    the item
 * @param version   1, 2, 3…
 * @param content   the full content including key and explanation (exam content: paper builder only)
 * @param pValue    empirical difficulty (share of candidates correct) once item analysis exists, else null
 * @param createdBy the account that wrote this version
 * @param createdAt when
 */
public record ItemVersion(long itemId, int version, ItemDraft content, Double pValue, String createdBy,
                          Instant createdAt) {

    public VersionRef ref() {
        return new VersionRef(itemId, version);
    }
}
