package cn.kaowu.core.audit;

import cn.kaowu.core.identity.Caller;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The audit log in the database. An append locks the single {@code audit_head} row, so entries
 * written concurrently still form one chain; it joins the caller's transaction, so an entry is
 * written exactly when the change it describes is.
 */
@Singleton
public class JdbcAuditLog implements AuditLog {

    private static final int MAX_DETAIL = 2000;

    private final JdbcOperations jdbc;
    private final Clock clock;

    public JdbcAuditLog(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(Caller caller, String action, String targetType, String targetId, String detail) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String safeDetail = detail == null ? "" : truncate(detail);
        String safeTargetId = targetId == null ? "" : targetId;
        String previous = jdbc.prepareStatement(
                "SELECT last_hash FROM audit_head WHERE id = 1 FOR UPDATE", statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("audit_head row missing: migration V1 not applied");
                        }
                        return rs.getString(1);
                    }
                });
        String hash = AuditHash.of(previous, now, caller.username(), caller.role().name(),
                action, targetType, safeTargetId, safeDetail);
        jdbc.prepareStatement(
                "INSERT INTO audit_entry (occurred_at, actor, actor_role, action, target_type, target_id, detail, prev_hash, entry_hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setTimestamp(1, Timestamp.from(now));
                    statement.setString(2, caller.username());
                    statement.setString(3, caller.role().name());
                    statement.setString(4, action);
                    statement.setString(5, targetType);
                    statement.setString(6, safeTargetId);
                    statement.setString(7, safeDetail);
                    statement.setString(8, previous);
                    statement.setString(9, hash);
                    statement.executeUpdate();
                    return null;
                });
        jdbc.prepareStatement("UPDATE audit_head SET last_hash = ?, last_id = last_id + 1 WHERE id = 1", statement -> {
            statement.setString(1, hash);
            return statement.executeUpdate();
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verifyChain() {
        // The head is read first: entries appended while the walk runs come after it and still
        // have to chain on; a head hash found on no entry means entries were cut from the end.
        String headHash = jdbc.prepareStatement("SELECT last_hash FROM audit_head WHERE id = 1", statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : AuditHash.GENESIS;
            }
        });
        return jdbc.prepareStatement(
                "SELECT id, occurred_at, actor, actor_role, action, target_type, target_id, detail, prev_hash, entry_hash "
                        + "FROM audit_entry ORDER BY id", statement -> walk(statement, headHash));
    }

    private ChainVerification walk(PreparedStatement statement, String headHash) throws SQLException {
        statement.setFetchSize(1000);
        String expectedPrevious = AuditHash.GENESIS;
        boolean headReached = AuditHash.GENESIS.equals(headHash);
        long checked = 0;
        long lastId = 0;
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                checked++;
                long id = rs.getLong(1);
                lastId = id;
                String previous = rs.getString(9);
                if (!expectedPrevious.equals(previous)) {
                    return ChainVerification.brokenAt(checked, id,
                            "第" + id + "条记录的前序哈希与上一条记录不符（记录被删除或插入）");
                }
                String recomputed = AuditHash.of(previous, rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                String stored = rs.getString(10);
                if (!recomputed.equals(stored)) {
                    return ChainVerification.brokenAt(checked, id, "第" + id + "条记录的内容与其哈希不符（记录被篡改）");
                }
                expectedPrevious = stored;
                headReached |= stored.equals(headHash);
            }
        }
        if (!headReached) {
            return ChainVerification.brokenAt(checked, lastId,
                    "审计日志末尾的记录缺失：第" + lastId + "条之后的记录已被删除");
        }
        return ChainVerification.intact(checked);
    }

    private static String truncate(String detail) {
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

}
