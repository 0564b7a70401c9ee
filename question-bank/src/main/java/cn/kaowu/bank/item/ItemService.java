package cn.kaowu.bank.item;

import cn.kaowu.bank.duplicates.DuplicateService;
import cn.kaowu.bank.review.ReviewRules;
import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.reference.ReferenceData;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writing items and reading their history: create, edit (every edit is a new version; the
 * approved version stays in use until the new one is approved), show, history, diff.
 * Exam content: the paper builder and the administrator only.
 */
@Singleton
public class ItemService {

    private final Items items;
    private final ReferenceData referenceData;
    private final DuplicateService duplicates;
    private final AuditLog auditLog;
    private final Clock clock;

    public ItemService(Items items, ReferenceData referenceData, DuplicateService duplicates, AuditLog auditLog,
                       Clock clock) {
        this.items = items;
        this.referenceData = referenceData;
        this.duplicates = duplicates;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A new item as a draft, version 1; flags near-duplicates of its stem. */
    @Transactional
    public SaveResult create(Caller caller, ItemDraft draft) {
        AccessPolicy.requireExamContent(caller);
        ItemDraft item = draft.normalised();
        refuseIfInvalid(item);
        long id = items.insert(item, ItemStatus.DRAFT, caller, now());
        auditLog.record(caller, "item.create", "item", String.valueOf(id), item.type().label() + " 第1版（草稿）");
        return new SaveResult(id, 1, duplicates.flag(caller, List.of(item.stem()), id));
    }

    /**
     * Saves a new version of an item. The item becomes a draft again (to be submitted and
     * approved); if it was active, its approved version stays in use by new papers until then.
     * Sealed papers keep the versions they pinned.
     */
    @Transactional
    public SaveResult edit(Caller caller, long itemId, ItemDraft draft) {
        AccessPolicy.requireExamContent(caller);
        ItemRecord item = items.lock(itemId).orElseThrow(() -> notFound(itemId));
        ItemDraft content = draft.normalised();
        RuleViolation.throwIfRejected(List.of(ReviewRules.mayEdit(item, content.type())));
        refuseIfInvalid(content);
        int version = item.latestVersion() + 1;
        Instant now = now();
        items.insertVersion(itemId, version, content, caller, now);
        items.updateState(new ItemRecord(item.id(), item.type(), ItemStatus.DRAFT, version, item.activeVersion(),
                null, item.createdBy(), item.createdAt(), now, item.approvedBy(), item.approvedAt()), now);
        List<FieldChange> changes = VersionDiff.between(items.version(itemId, version - 1)
                .orElseThrow().content(), content);
        auditLog.record(caller, "item.edit", "item", String.valueOf(itemId), "第" + version + "版，修改："
                + String.join("、", changes.stream().map(FieldChange::label).toList()));
        return new SaveResult(itemId, version, duplicates.flag(caller, List.of(content.stem()), itemId));
    }

    /** The item's state and its newest version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ItemDetail show(Caller caller, long itemId) {
        AccessPolicy.requireExamContent(caller);
        ItemRecord item = items.find(itemId).orElseThrow(() -> notFound(itemId));
        return new ItemDetail(item, items.version(itemId, item.latestVersion()).orElseThrow());
    }

    /** Every version of the item, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ItemVersion> history(Caller caller, long itemId) {
        AccessPolicy.requireExamContent(caller);
        items.find(itemId).orElseThrow(() -> notFound(itemId));
        return items.versions(itemId);
    }

    /** One exact version (what a paper pinned). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ItemVersion version(Caller caller, long itemId, int version) {
        AccessPolicy.requireExamContent(caller);
        return items.version(itemId, version)
                .orElseThrow(() -> new RuleViolation("试题" + itemId + "没有第" + version + "版"));
    }

    /** What changed from one version to another, field by field. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldChange> diff(Caller caller, long itemId, int fromVersion, int toVersion) {
        AccessPolicy.requireExamContent(caller);
        ItemVersion from = items.version(itemId, fromVersion)
                .orElseThrow(() -> new RuleViolation("试题" + itemId + "没有第" + fromVersion + "版"));
        ItemVersion to = items.version(itemId, toVersion)
                .orElseThrow(() -> new RuleViolation("试题" + itemId + "没有第" + toVersion + "版"));
        return VersionDiff.between(from.content(), to.content());
    }

    /**
     * Records the empirical difficulty (share of candidates who answered correctly, 0–1) of exact
     * versions, once item analysis of sat papers exists; null clears it.
     */
    @Transactional
    public void recordPValues(Caller caller, java.util.Map<VersionRef, Double> pValues) {
        AccessPolicy.requireExamContent(caller);
        List<String> reasons = new java.util.ArrayList<>();
        pValues.forEach((ref, p) -> {
            if (p != null && (p < 0 || p > 1 || p.isNaN())) {
                reasons.add("试题" + ref.itemId() + "第" + ref.version() + "版的通过率应在0至1之间");
            }
        });
        if (!reasons.isEmpty()) {
            throw new RuleViolation(reasons);
        }
        pValues.forEach((ref, p) -> {
            if (items.updatePValue(ref, p) == 0) {
                reasons.add("试题" + ref.itemId() + "没有第" + ref.version() + "版");
            }
        });
        if (!reasons.isEmpty()) {
            throw new RuleViolation(reasons);
        }
        auditLog.record(caller, "item.p-value", "item", String.valueOf(pValues.size()),
                "记录" + pValues.size() + "个试题版本的实测通过率");
    }

    /** The reference data snapshot items are checked against (for forms: lists of areas etc.). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Vocabulary vocabulary(Caller caller) {
        AccessPolicy.requireExamContent(caller);
        return Vocabulary.of(referenceData);
    }

    private void refuseIfInvalid(ItemDraft item) {
        List<FieldError> errors = ItemRules.check(item, Vocabulary.of(referenceData));
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors.stream().map(FieldError::toString).toList());
        }
    }

    static RuleViolation notFound(long itemId) {
        return new RuleViolation("试题" + itemId + "不存在");
    }

    private Instant now() {
        return clock.instant();
    }
}
