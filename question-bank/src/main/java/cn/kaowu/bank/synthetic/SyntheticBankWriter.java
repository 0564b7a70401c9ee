package cn.kaowu.bank.synthetic;

import cn.kaowu.bank.item.ItemDraft;
import cn.kaowu.bank.item.ItemStatus;
import cn.kaowu.bank.item.Items;
import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Persists synthetic items in bulk (batched inserts, one transaction, one audit entry), for
 * tests, benchmarks and load demos. Paper builder (and administrator) only.
 */
@Singleton
public class SyntheticBankWriter {

    private final Items items;
    private final AuditLog auditLog;
    private final Clock clock;

    public SyntheticBankWriter(Items items, AuditLog auditLog, Clock clock) {
        this.items = items;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Writes the items, active (approved) or as drafts; returns their ids in order. */
    @Transactional
    public List<Long> persist(Caller caller, List<ItemDraft> drafts, boolean approved) {
        AccessPolicy.requireExamContent(caller);
        if (drafts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = items.insertAll(drafts, approved ? ItemStatus.ACTIVE : ItemStatus.DRAFT, caller, clock.instant());
        auditLog.record(caller, "item.synthetic", "item", ids.get(0) + "-" + ids.get(ids.size() - 1),
                "写入合成试题" + ids.size() + "题" + (approved ? "（已启用）" : "（草稿）"));
        return ids;
    }
}
