package cn.kaowu.core.audit;

import cn.kaowu.core.identity.Caller;

/**
 * The append-only audit log. Every state change of registry, items, papers, sessions and scores
 * is recorded here, in the same transaction as the change itself.
 */
public interface AuditLog {

    /**
     * Appends one entry.
     *
     * @param caller     who did it (username and role are recorded)
     * @param action     what, as a stable verb such as {@code item.approve} or {@code paper.seal}
     * @param targetType the kind of thing changed, such as {@code item}, {@code paper}
     * @param targetId   its id (as text)
     * @param detail     a short human-readable detail, may be empty; never an answer key
     */
    void record(Caller caller, String action, String targetType, String targetId, String detail);

    /** Checks the hash chain; tells the first broken entry if any. */
    ChainVerification verifyChain();
}
