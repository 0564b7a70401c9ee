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

    /** A database of the same kind of its own, for a test that leaves the chain broken. */
    abstract TestDatabase freshDatabase();

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

    @Test
    void deleting_the_newest_entry_breaks_the_chain_at_its_end() {
        try (TestDatabase fresh = freshDatabase()) {
            AuditLog log = fresh.bean(AuditLog.class);
            for (int i = 0; i < 3; i++) {
                log.record(TestCallers.admin(), "account.create", "account", "tail" + i, "");
            }
            JdbcOperations jdbc = fresh.bean(JdbcOperations.class);
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> tx = fresh.bean(TransactionOperations.class);
            tx.executeWrite(status -> jdbc.prepareStatement("DELETE FROM audit_entry WHERE target_id = 'tail2'",
                    s -> s.executeUpdate()));

            ChainVerification verification = log.verifyChain();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.reason()).contains("末尾的记录缺失");
        }
    }
}
