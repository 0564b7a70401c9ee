package cn.kaowu.core.audit;

import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** Reading the audit log and checking its chain: the administrator only. */
@Singleton
public class AuditQueries {

    private final JdbcOperations jdbc;
    private final AuditLog auditLog;

    public AuditQueries(JdbcOperations jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** The newest entries first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> latest(Caller caller, int offset, int limit) {
        AccessPolicy.requireAdministrator(caller);
        return jdbc.prepareStatement("SELECT id, occurred_at, actor, actor_role, action, target_type, target_id, detail, entry_hash "
                + "FROM audit_entry ORDER BY id DESC LIMIT ? OFFSET ?", statement -> {
            statement.setInt(1, Math.max(0, Math.min(limit, 1000)));
            statement.setInt(2, Math.max(0, offset));
            List<AuditRecord> records = new ArrayList<>();
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    records.add(new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9)));
                }
            }
            return records;
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Caller caller) {
        AccessPolicy.requireAdministrator(caller);
        return jdbc.prepareStatement("SELECT COUNT(*) FROM audit_entry", statement -> {
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Checks the whole chain and reports the first broken entry. */
    public ChainVerification verifyChain(Caller caller) {
        AccessPolicy.requireAdministrator(caller);
        return auditLog.verifyChain();
    }
}
