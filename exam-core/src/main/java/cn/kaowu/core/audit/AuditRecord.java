package cn.kaowu.core.audit;

import java.time.Instant;

/** One audit entry as read back for the administrator. */
public record AuditRecord(long id, Instant occurredAt, String actor, String actorRole, String action,
                          String targetType, String targetId, String detail, String entryHash) {
}
