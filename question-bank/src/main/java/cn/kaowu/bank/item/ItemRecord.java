package cn.kaowu.bank.item;

import java.time.Instant;

/**
 * The state of an item (not its content): review status, the newest version and the version in
 * use by new papers.
 *
 * @param activeVersion the approved version papers draw from, null before the first approval
 */
public record ItemRecord(long id, ItemType type, ItemStatus status, int latestVersion, Integer activeVersion,
                         String reviewComment, String createdBy, Instant createdAt, Instant updatedAt,
                         String approvedBy, Instant approvedAt) {

    /** Whether new papers may use this item (approved, not retired). */
    public boolean usable() {
        return activeVersion != null && status != ItemStatus.RETIRED;
    }
}
