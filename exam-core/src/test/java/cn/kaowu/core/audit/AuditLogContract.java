package cn.kaowu.core.audit;

import cn.kaowu.core.testing.TestCallers;
import cn.kaowu.core.testing.TestDatabase;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log's hash chain, on every database the product runs on. */
abstract class AuditLogContract {

    abstract TestDatabase database();

    @Test
    void an_untouched_chain_verifies_intact() {
        AuditLog log = database().bean(AuditLog.class);
        long before = log.verifyChain().entriesChecked();
        for (int i = 0; i < 5; i++) {
            log.record(TestCallers.paperBuilder(), "item.create", "item", String.valueOf(i), "第" + i + "题");
        }
        ChainVerification verification = log.verifyChain();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(before + 5);
    }

    @Test
    void tampering_with_one_row_breaks_the_chain_at_that_row() {
        AuditLog log = database().bean(AuditLog.class);
        for (int i = 0; i < 4; i++) {
            log.record(TestCallers.admin(), "account.create", "account", "t" + i, "");
        }
        JdbcOperations jdbc = database().bean(JdbcOperations.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = database().bean(TransactionOperations.class);
        long target = tx.executeWrite(status -> jdbc.prepareStatement(
                "SELECT id FROM audit_entry WHERE target_id = 't2'", s -> {
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
        tx.executeWrite(status -> jdbc.prepareStatement(
                "UPDATE audit_entry SET detail = 'changed afterwards' WHERE id = ?", s -> {
                    s.setLong(1, target);
                    return s.executeUpdate();
                }));

        ChainVerification verification = log.verifyChain();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenId()).isEqualTo(target);
        assertThat(verification.reason()).contains("篡改");
    }
}
