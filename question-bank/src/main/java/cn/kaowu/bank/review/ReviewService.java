package cn.kaowu.bank.review;

import cn.kaowu.bank.item.ItemRecord;
import cn.kaowu.bank.item.ItemStatus;
import cn.kaowu.bank.item.ItemVersion;
import cn.kaowu.bank.item.Items;
import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.policy.Verdict;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review workflow: submit, approve (also in bulk), return with a comment, retire.
 * Only active items (approved, not retired) may enter papers.
 */
@Singleton
public class ReviewService {

    private final Items items;
    private final AuditLog auditLog;
    private final Clock clock;

    public ReviewService(Items items, AuditLog auditLog, Clock clock) {
        this.items = items;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Draft or returned → submitted for review. */
    @Transactional
    public ItemRecord submit(Caller caller, long itemId) {
        AccessPolicy.requireExamContent(caller);
        ItemRecord item = lock(itemId);
        RuleViolation.throwIfRejected(List.of(ReviewRules.maySubmit(item)));
        ItemRecord submitted = with(item, ItemStatus.SUBMITTED, item.activeVersion(), null, item.approvedBy(),
                item.approvedAt());
        items.updateState(submitted, now());
        auditLog.record(caller, "item.submit", "item", String.valueOf(itemId), "提交审核第" + item.latestVersion() + "版");
        return submitted;
    }

    /** Submitted → active: the newest version becomes the one new papers use. */
    @Transactional
    public ItemRecord approve(Caller caller, long itemId) {
        return approveAll(caller, List.of(itemId)).get(0);
    }

    /**
     * Approves several submitted items at once, all or none: if any may not be approved, nothing
     * changes and every reason is given.
     */
    @Transactional
    public List<ItemRecord> approveAll(Caller caller, Collection<Long> itemIds) {
        AccessPolicy.requireExamContent(caller);
        Map<Long, ItemRecord> locked = items.lockAll(itemIds).stream()
                .collect(Collectors.toMap(ItemRecord::id, Function.identity()));
        List<Verdict> verdicts = new ArrayList<>();
        for (long id : itemIds) {
            ItemRecord item = locked.get(id);
            if (item == null) {
                verdicts.add(Verdict.rejected("试题" + id + "不存在"));
                continue;
            }
            String author = items.version(id, item.latestVersion()).map(ItemVersion::createdBy).orElse("");
            verdicts.add(ReviewRules.mayApprove(item, author, caller));
        }
        RuleViolation.throwIfRejected(verdicts);
        Instant now = now();
        List<ItemRecord> approved = new ArrayList<>();
        for (long id : itemIds) {
            ItemRecord item = locked.get(id);
            ItemRecord active = with(item, ItemStatus.ACTIVE, item.latestVersion(), null, caller.username(), now);
            items.updateState(active, now);
            auditLog.record(caller, "item.approve", "item", String.valueOf(id), "审核通过第" + item.latestVersion() + "版");
            approved.add(active);
        }
        return approved;
    }

    /** Submitted → returned to the author with a comment saying what to change. */
    @Transactional
    public ItemRecord returnToAuthor(Caller caller, long itemId, String comment) {
        AccessPolicy.requireExamContent(caller);
        ItemRecord item = lock(itemId);
        RuleViolation.throwIfRejected(List.of(ReviewRules.mayReturn(item, comment)));
        ItemRecord returned = with(item, ItemStatus.RETURNED, item.activeVersion(), comment.strip(), item.approvedBy(),
                item.approvedAt());
        items.updateState(returned, now());
        auditLog.record(caller, "item.return", "item", String.valueOf(itemId), "退回第" + item.latestVersion() + "版：" + comment.strip());
        return returned;
    }

    /** Any state → retired: no new paper uses it; sealed papers keep their pinned versions. */
    @Transactional
    public ItemRecord retire(Caller caller, long itemId, String reason) {
        AccessPolicy.requireExamContent(caller);
        ItemRecord item = lock(itemId);
        RuleViolation.throwIfRejected(List.of(ReviewRules.mayRetire(item)));
        ItemRecord retired = with(item, ItemStatus.RETIRED, item.activeVersion(), reason, item.approvedBy(),
                item.approvedAt());
        items.updateState(retired, now());
        auditLog.record(caller, "item.retire", "item", String.valueOf(itemId), reason == null ? "" : reason);
        return retired;
    }

    private ItemRecord lock(long itemId) {
        return items.lock(itemId).orElseThrow(() -> new RuleViolation("试题" + itemId + "不存在"));
    }

    private static ItemRecord with(ItemRecord item, ItemStatus status, Integer activeVersion, String comment,
                                   String approvedBy, Instant approvedAt) {
        return new ItemRecord(item.id(), item.type(), status, item.latestVersion(), activeVersion, comment,
                item.createdBy(), item.createdAt(), item.updatedAt(), approvedBy, approvedAt);
    }

    private Instant now() {
        return clock.instant();
    }
}
