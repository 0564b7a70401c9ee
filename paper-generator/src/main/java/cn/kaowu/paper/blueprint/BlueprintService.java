package cn.kaowu.paper.blueprint;

import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.policy.Verdict;
import cn.kaowu.paper.assembly.BankFeasibility;
import cn.kaowu.paper.assembly.CellAvailability;
import cn.kaowu.paper.assembly.ItemSource;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Blueprints (组卷方案): define, change, delete, list, and check one against the bank before
 * generating. Paper builders (and the administrator) only.
 */
@Singleton
public class BlueprintService {

    private final Blueprints blueprints;
    private final ReferenceTaxonomy taxonomy;
    private final ItemSource itemSource;
    private final AuditLog auditLog;
    private final Clock clock;

    public BlueprintService(Blueprints blueprints, ReferenceTaxonomy taxonomy, ItemSource itemSource, AuditLog auditLog,
                            Clock clock) {
        this.blueprints = blueprints;
        this.taxonomy = taxonomy;
        this.itemSource = itemSource;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Saves a new blueprint (its id is ignored) and returns it with its id. */
    @Transactional
    public Blueprint createBlueprint(Caller caller, Blueprint draft) {
        AccessPolicy.requireExamContent(caller);
        validate(draft, null);
        long id = blueprints.insert(draft, now());
        Blueprint saved = draft.withId(id);
        auditLog.record(caller, "blueprint.create", "blueprint", String.valueOf(id), describe(saved));
        return saved;
    }

    /** Replaces a blueprint's content; papers already generated keep their own copy of its figures. */
    @Transactional
    public Blueprint updateBlueprint(Caller caller, long id, Blueprint draft) {
        AccessPolicy.requireExamContent(caller);
        if (blueprints.find(id).isEmpty()) {
            throw new RuleViolation("组卷方案不存在：" + id);
        }
        validate(draft, id);
        Blueprint saved = draft.withId(id);
        blueprints.update(saved, now());
        auditLog.record(caller, "blueprint.update", "blueprint", String.valueOf(id), describe(saved));
        return saved;
    }

    /** Deletes a blueprint that has never been used to generate papers. */
    @Transactional
    public void deleteBlueprint(Caller caller, long id) {
        AccessPolicy.requireExamContent(caller);
        Blueprint existing = blueprints.find(id).orElseThrow(() -> new RuleViolation("组卷方案不存在：" + id));
        if (blueprints.used(id)) {
            throw new RuleViolation("组卷方案“" + existing.name() + "”已用于生成试卷，不能删除");
        }
        blueprints.delete(id);
        auditLog.record(caller, "blueprint.delete", "blueprint", String.valueOf(id), existing.name());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Blueprint> findBlueprint(Caller caller, long id) {
        AccessPolicy.requireExamContent(caller);
        return blueprints.find(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Blueprint> listBlueprints(Caller caller) {
        AccessPolicy.requireExamContent(caller);
        return blueprints.all();
    }

    /** Checks a draft against the rules without saving it: the reasons, or empty when it is valid. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> checkRules(Caller caller, Blueprint draft) {
        AccessPolicy.requireExamContent(caller);
        return reasons(BlueprintRules.check(draft, taxonomy.names()));
    }

    /**
     * Per cell, how the bank stands for classes of one industry and category: items needed per
     * paper, items available, and an estimate of the items needed for {@code papers} papers under
     * the overlap cap.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CellAvailability> checkAgainstBank(Caller caller, long blueprintId, String industryCode,
                                                   String categoryCode, int papers, double overlapCap) {
        AccessPolicy.requireExamContent(caller);
        Blueprint blueprint = blueprints.find(blueprintId).orElseThrow(() -> new RuleViolation("组卷方案不存在：" + blueprintId));
        TaxonomyNames names = taxonomy.names();
        String poolLabel = "行业：" + names.industry(industryCode) + "，人员类别：" + names.category(categoryCode);
        return BankFeasibility.availability(blueprint, names, poolLabel,
                itemSource.activeItemsFor(industryCode, categoryCode), Set.of(), Math.max(papers, 1), overlapCap);
    }

    private void validate(Blueprint draft, Long id) {
        List<String> reasons = reasons(BlueprintRules.check(draft, taxonomy.names()));
        if (draft.name() != null && !draft.name().isBlank() && blueprints.nameTaken(draft.name().strip(), id)) {
            reasons = new ArrayList<>(reasons);
            reasons.add("已有同名组卷方案：" + draft.name().strip());
        }
        if (!reasons.isEmpty()) {
            throw new RuleViolation(reasons);
        }
    }

    private static List<String> reasons(List<Verdict> verdicts) {
        return verdicts.stream().filter(v -> !v.isAllowed()).map(v -> ((Verdict.Rejected) v).reason()).toList();
    }

    private static String describe(Blueprint blueprint) {
        return blueprint.name() + "：" + blueprint.questionCount() + "题，" + blueprint.totalPoints() + "分，及格"
                + blueprint.passMark() + "分，" + blueprint.durationMinutes() + "分钟，难度" + blueprint.difficulty().min()
                + "～" + blueprint.difficulty().max();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
