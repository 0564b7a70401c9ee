package cn.kaowu.paper.generation;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.policy.Verdict;
import cn.kaowu.paper.assembly.AssembledPaper;
import cn.kaowu.paper.assembly.AssemblyProblem;
import cn.kaowu.paper.assembly.BankFeasibility;
import cn.kaowu.paper.assembly.CandidateItem;
import cn.kaowu.paper.assembly.ExistingPaper;
import cn.kaowu.paper.assembly.HardConstraintChecker;
import cn.kaowu.paper.assembly.ItemRef;
import cn.kaowu.paper.assembly.ItemSource;
import cn.kaowu.paper.assembly.PaperAssembler;
import cn.kaowu.paper.assembly.PaperSlot;
import cn.kaowu.paper.assembly.PinnedItem;
import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.BlueprintRules;
import cn.kaowu.paper.blueprint.Blueprints;
import cn.kaowu.paper.blueprint.ReferenceTaxonomy;
import cn.kaowu.paper.blueprint.TaxonomyNames;
import cn.kaowu.paper.domain.PaperContent;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Generating papers: one per class for a batch of classes, under a period's overlap cap, seeded and
 * reproducible; reading a paper's full content; the report that proves the constraints; listing
 * and discarding papers. Paper builders (and the administrator) only.
 *
 * <p>Order inside {@link #generate}: role; rules of the request (nothing written on a refusal);
 * the blueprint against the bank (feasibility, with exact cells and figures); then a batch row
 * (RUNNING, with progress) while papers are assembled in memory; then in one transaction the
 * independent check, the papers, and the audit entries. A failure after the batch row exists marks
 * the batch FAILED with its reason and writes no paper. One generation runs at a time.
 */
@Singleton
public class PaperGenerationService {

    private static final Logger LOG = LoggerFactory.getLogger(PaperGenerationService.class);

    private final Blueprints blueprints;
    private final Papers papers;
    private final ItemSource itemSource;
    private final ReferenceTaxonomy taxonomy;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;
    private final PaperAssembler assembler = new PaperAssembler();
    private final ReentrantLock generating = new ReentrantLock();

    public PaperGenerationService(Blueprints blueprints, Papers papers, ItemSource itemSource, ReferenceTaxonomy taxonomy,
                                  AuditLog auditLog, Clock clock, TransactionOperations<Connection> transactions) {
        this.blueprints = blueprints;
        this.papers = papers;
        this.itemSource = itemSource;
        this.taxonomy = taxonomy;
        this.auditLog = auditLog;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Generates one paper per class of the request. Call it from a background thread; the listener
     * is told the progress (0..1) from that thread.
     *
     * @throws RuleViolation with every reason (Chinese) when the request, the blueprint or the bank
     *                       does not allow the batch; no paper is written then
     */
    public GenerationResult generate(Caller caller, GenerationRequest request, GenerationProgress progress) {
        AccessPolicy.requireExamContent(caller);
        GenerationProgress listener = progress == null ? GenerationProgress.NONE : progress;
        generating.lock();
        try {
            return generateAlone(caller, request, listener);
        } finally {
            generating.unlock();
        }
    }

    private GenerationResult generateAlone(Caller caller, GenerationRequest request, GenerationProgress progress) {
        TaxonomyNames names = transactions.executeRead(status -> taxonomy.names());
        Plan plan = transactions.executeRead(status -> plan(request, names));
        AssemblyProblem problem = problem(request, plan, names);
        List<String> infeasible = BankFeasibility.diagnose(problem);
        if (!infeasible.isEmpty()) {
            throw new RuleViolation(infeasible);
        }
        progress.progressed(0, "开始生成" + request.classes().size() + "份试卷");
        long batchId = transactions.executeWrite(status -> papers.insertBatch(request.blueprintId(), request.period().strip(),
                request.seed(), request.overlapCap(), request.classes().size(), caller.username(), now()));
        try {
            int[] reportedTenth = {0};
            List<AssembledPaper> assembled = assembler.assemble(problem, (done, total) -> {
                double fraction = 0.9 * done / total;
                progress.progressed(fraction, "已组卷" + done + "/" + total + "份");
                int tenth = (int) (fraction * 10);
                if (tenth > reportedTenth[0]) {
                    reportedTenth[0] = tenth;
                    transactions.executeWrite(status -> {
                        papers.updateProgress(batchId, fraction);
                        return null;
                    });
                }
            });
            Map<ItemRef, PinnedItem> contents = request.shuffleOptions() ? loadContents(assembled) : Map.of();
            GenerationResult result = transactions.executeWrite(status ->
                    write(caller, request, plan, problem, batchId, assembled, contents));
            progress.progressed(1, "已生成" + assembled.size() + "份试卷");
            LOG.info("batch {} generated {} papers for period {} (max overlap {})", batchId, assembled.size(),
                    request.period(), result.report().maxPairwiseOverlap());
            return result;
        } catch (RuntimeException e) {
            String reason = e instanceof RuleViolation violation ? String.join("；", violation.reasons())
                    : "生成失败：" + e.getMessage();
            transactions.executeWrite(status -> {
                papers.failBatch(batchId, reason, now());
                auditLog.record(caller, "paper.batch.fail", "generation_batch", String.valueOf(batchId), reason);
                return null;
            });
            throw e;
        }
    }

    /** The full content of a paper from its pinned item versions, as it is sealed and printed (with keys). */
    public PaperContent content(Caller caller, long paperId) {
        AccessPolicy.requireExamContent(caller);
        record Stored(Papers.PaperHead head, List<PaperQuestionRow> rows) {
        }
        Stored stored = transactions.executeRead(status -> {
            if (papers.find(paperId).isEmpty()) {
                throw new RuleViolation("试卷不存在：" + paperId);
            }
            return new Stored(papers.head(paperId), papers.questions(paperId));
        });
        Map<ItemRef, PinnedItem> items = itemSource.load(stored.rows().stream().map(PaperQuestionRow::ref).toList());
        return PaperContents.build(stored.head(), stored.rows(), items);
    }

    /** The report of a batch: overlap and exposure over its period, difficulty per paper of the batch. */
    public GenerationReport report(Caller caller, long batchId) {
        AccessPolicy.requireExamContent(caller);
        return transactions.executeRead(status -> reportOf(batchId));
    }

    /** A batch, to poll its status and progress. */
    public GenerationBatch batch(Caller caller, long batchId) {
        AccessPolicy.requireExamContent(caller);
        return transactions.executeRead(status -> papers.batch(batchId)
                .orElseThrow(() -> new RuleViolation("生成批次不存在：" + batchId)));
    }

    /** The papers of a period (e.g. "2026-03"), in the order they were made. */
    public List<PaperSummary> listPapers(Caller caller, String period) {
        AccessPolicy.requireExamContent(caller);
        return transactions.executeRead(status -> papers.inPeriod(period == null ? "" : period.strip()));
    }

    /** The papers of one batch. */
    public List<PaperSummary> listBatchPapers(Caller caller, long batchId) {
        AccessPolicy.requireExamContent(caller);
        return transactions.executeRead(status -> papers.ofBatch(batchId));
    }

    public PaperSummary paper(Caller caller, long paperId) {
        AccessPolicy.requireExamContent(caller);
        return transactions.executeRead(status -> papers.find(paperId)
                .orElseThrow(() -> new RuleViolation("试卷不存在：" + paperId)));
    }

    /** Deletes a generated (not yet sealed) paper, e.g. to generate the class again later. */
    public void discardPaper(Caller caller, long paperId) {
        AccessPolicy.requireExamContent(caller);
        transactions.executeWrite(status -> {
            PaperSummary paper = papers.findForUpdate(paperId)
                    .orElseThrow(() -> new RuleViolation("试卷不存在：" + paperId));
            if (!paper.status().editable()) {
                throw new RuleViolation(sealedMessage(paper, "删除"));
            }
            if (!paper.resit() && papers.ofClasses(List.of(paper.classId()), false).stream().anyMatch(PaperSummary::resit)) {
                throw new RuleViolation("班次" + paper.classCode() + "已有补考卷，不能删除其首考卷");
            }
            papers.delete(paperId);
            auditLog.record(caller, "paper.discard", "paper", String.valueOf(paperId),
                    paper.paperCode() + "（班次" + paper.classCode() + "）");
            return null;
        });
    }

    // ---------------------------------------------------------------- planning

    /** What the database says about the request: blueprint, papers replaced, exclusions, the period. */
    private record Plan(Blueprint blueprint, Map<Long, PaperSummary> replaced, Map<Integer, Set<Long>> exclusions,
                        Map<Long, Set<Long>> periodItems, Map<Long, String> periodLabels, Map<Long, Integer> exposure) {
    }

    private Plan plan(GenerationRequest request, TaxonomyNames names) {
        List<Verdict> verdicts = new ArrayList<>(GenerationRules.check(request, names));
        Blueprint blueprint = blueprints.find(request.blueprintId())
                .orElseThrow(() -> new RuleViolation("组卷方案不存在：" + request.blueprintId()));
        verdicts.addAll(BlueprintRules.check(blueprint, names));
        verdicts.addAll(GenerationRules.classesFitBlueprint(request, blueprint, names));
        List<Long> classIds = request.classes().stream().map(ClassToExamine::classId).toList();
        List<PaperSummary> ofClasses = papers.ofClasses(classIds, false);
        Map<Long, PaperSummary> replaced = new LinkedHashMap<>();
        Map<Integer, Set<Long>> exclusions = new HashMap<>();
        for (int i = 0; i < request.classes().size(); i++) {
            ClassToExamine wanted = request.classes().get(i);
            PaperSummary first = null;
            PaperSummary resit = null;
            for (PaperSummary paper : ofClasses) {
                if (paper.classId() == wanted.classId()) {
                    if (paper.resit()) {
                        resit = paper;
                    } else {
                        first = paper;
                    }
                }
            }
            PaperSummary same = wanted.resit() ? resit : first;
            if (same != null) {
                if (!same.status().editable()) {
                    verdicts.add(Verdict.rejected(sealedMessage(same, "重新生成")));
                } else {
                    replaced.put(same.id(), same);
                }
            }
            if (wanted.resit()) {
                if (first == null) {
                    verdicts.add(Verdict.rejected("班次" + wanted.classCode() + "还没有首考卷，不能生成补考卷"));
                } else {
                    exclusions.put(i, papers.itemsOf(first.id()));
                }
            } else if (resit != null) {
                verdicts.add(Verdict.rejected("班次" + wanted.classCode() + "已有补考卷" + resit.paperCode()
                        + "，不能重新生成首考卷"));
            }
        }
        RuleViolation.throwIfRejected(verdicts);
        String period = request.period().strip();
        Map<Long, Set<Long>> periodItems = new LinkedHashMap<>(papers.itemsByPaperInPeriod(period));
        Map<Long, String> labels = new HashMap<>();
        for (PaperSummary paper : papers.inPeriod(period)) {
            labels.put(paper.id(), "试卷" + paper.paperCode() + "（班次" + paper.classCode() + "）");
        }
        Map<Long, Integer> exposure = new HashMap<>(papers.exposure());
        for (PaperSummary old : replaced.values()) {
            Set<Long> items = periodItems.remove(old.id());
            for (Long id : items == null ? papers.itemsOf(old.id()) : items) {
                exposure.merge(id, -1, Integer::sum);
            }
        }
        return new Plan(blueprint, replaced, exclusions, periodItems, labels, exposure);
    }

    private AssemblyProblem problem(GenerationRequest request, Plan plan, TaxonomyNames names) {
        Map<String, List<CandidateItem>> pools = new HashMap<>();
        List<PaperSlot> slots = new ArrayList<>();
        for (int i = 0; i < request.classes().size(); i++) {
            ClassToExamine wanted = request.classes().get(i);
            String key = wanted.industryCode() + "|" + wanted.categoryCode();
            List<CandidateItem> pool = pools.computeIfAbsent(key,
                    k -> itemSource.activeItemsFor(wanted.industryCode(), wanted.categoryCode()));
            slots.add(new PaperSlot(wanted.label(), key, "行业：" + names.industry(wanted.industryCode()) + "，人员类别："
                    + names.category(wanted.categoryCode()), pool, plan.exclusions().getOrDefault(i, Set.of())));
        }
        List<ExistingPaper> existing = new ArrayList<>();
        plan.periodItems().forEach((id, items) ->
                existing.add(new ExistingPaper(plan.periodLabels().getOrDefault(id, "试卷" + id), items)));
        return new AssemblyProblem(plan.blueprint(), names, slots, existing, plan.exposure(), request.overlapCap(),
                request.seed());
    }

    private Map<ItemRef, PinnedItem> loadContents(List<AssembledPaper> assembled) {
        Set<ItemRef> refs = new HashSet<>();
        for (AssembledPaper paper : assembled) {
            for (CandidateItem item : paper.items()) {
                if (item.type() != ItemType.TRUE_FALSE) {
                    refs.add(item.ref());
                }
            }
        }
        return itemSource.load(refs);
    }

    // ---------------------------------------------------------------- writing

    private GenerationResult write(Caller caller, GenerationRequest request, Plan plan, AssemblyProblem problem,
                                   long batchId, List<AssembledPaper> assembled, Map<ItemRef, PinnedItem> contents) {
        String period = request.period().strip();
        for (PaperSummary old : plan.replaced().values()) {
            PaperSummary now = papers.findForUpdate(old.id()).orElse(null);
            if (now != null && !now.status().editable()) {
                throw new RuleViolation(sealedMessage(now, "重新生成"));
            }
        }
        Set<Long> periodNow = new HashSet<>(papers.itemsByPaperInPeriod(period).keySet());
        periodNow.removeAll(plan.replaced().keySet());
        if (!periodNow.equals(plan.periodItems().keySet())) {
            throw new RuleViolation("生成期间本期的试卷发生了变化（有人同时生成或删除了试卷），请重新生成");
        }
        HardConstraintChecker.Result check = check(problem, assembled);
        if (!check.holds()) {
            throw new IllegalStateException("组卷结果未通过硬约束校验：" + String.join("；", check.violations()));
        }
        for (PaperSummary old : plan.replaced().values()) {
            papers.delete(old.id());
            auditLog.record(caller, "paper.regenerate", "paper", String.valueOf(old.id()),
                    old.paperCode() + "（班次" + old.classCode() + "）由批次" + batchId + "重新生成，原试卷删除");
        }
        Blueprint blueprint = plan.blueprint();
        Instant now = now();
        for (AssembledPaper paper : assembled) {
            ClassToExamine wanted = request.classes().get(paper.slotIndex());
            String code = String.format("P%d-%03d-%s", batchId, paper.slotIndex() + 1, wanted.resit() ? "B" : "A");
            long paperId = papers.insertPaper(new Papers.NewPaper(code, wanted.classId(), wanted.classCode().strip(),
                    wanted.className().strip(), wanted.industryCode(), wanted.categoryCode(), wanted.resit(),
                    blueprint.id(), batchId, period, request.seed(), request.examName().strip(),
                    blueprint.durationMinutes(), blueprint.totalPoints(), blueprint.passMark(),
                    blueprint.difficulty().min(), blueprint.difficulty().max(), paper.meanDifficulty(), now));
            papers.insertQuestions(paperId, rows(blueprint, paper, request, contents));
            auditLog.record(caller, "paper.generate", "paper", String.valueOf(paperId), String.format(
                    "%s：班次%s%s，批次%d，种子%d，%d题，平均难度%.2f", code, wanted.classCode(), wanted.resit() ? "补考卷" : "",
                    batchId, request.seed(), paper.items().size(), paper.meanDifficulty()));
        }
        papers.completeBatch(batchId, check.maxPairwiseOverlap(), now);
        auditLog.record(caller, "paper.batch.generate", "generation_batch", String.valueOf(batchId), String.format(
                "组卷方案%d“%s”，期间%s，种子%d，%d份试卷，重叠上限%s（%d题），实际最大重叠%d题", blueprint.id(), blueprint.name(),
                period, request.seed(), assembled.size(), Math.round(request.overlapCap() * 1000) / 10.0 + "%",
                check.overlapLimit(), check.maxPairwiseOverlap()));
        GenerationBatch batch = papers.batch(batchId).orElseThrow();
        return new GenerationResult(batch, papers.ofBatch(batchId), reportOf(batchId));
    }

    private static HardConstraintChecker.Result check(AssemblyProblem problem, List<AssembledPaper> assembled) {
        Map<String, Map<Long, CandidateItem>> pools = new HashMap<>();
        List<HardConstraintChecker.PaperUnderCheck> toCheck = new ArrayList<>();
        for (AssembledPaper paper : assembled) {
            PaperSlot slot = problem.slots().get(paper.slotIndex());
            Map<Long, CandidateItem> pool = pools.computeIfAbsent(slot.poolKey(), k -> HardConstraintChecker.byId(slot.pool()));
            toCheck.add(new HardConstraintChecker.PaperUnderCheck(slot.label(), paper.items(), pool, slot.excludedItemIds()));
        }
        return HardConstraintChecker.check(problem.blueprint(), problem.names(), problem.overlapCap(), toCheck,
                problem.existing());
    }

    private static List<PaperQuestionRow> rows(Blueprint blueprint, AssembledPaper paper, GenerationRequest request,
                                               Map<ItemRef, PinnedItem> contents) {
        SplittableRandom random = new SplittableRandom(request.seed() * 31 + paper.slotIndex());
        List<PaperQuestionRow> rows = new ArrayList<>();
        int position = 0;
        for (CandidateItem item : paper.items()) {
            String order = null;
            if (request.shuffleOptions() && item.type() != ItemType.TRUE_FALSE) {
                order = PaperContents.shuffledOrder(contents.get(item.ref()).options().size(), random);
            }
            rows.add(new PaperQuestionRow(++position, item.itemId(), item.version(), item.type(), item.areaCode(),
                    item.difficulty(), blueprint.pointsOf(item.type()), order));
        }
        return rows;
    }

    // ---------------------------------------------------------------- report

    private GenerationReport reportOf(long batchId) {
        GenerationBatch batch = papers.batch(batchId).orElseThrow(() -> new RuleViolation("生成批次不存在：" + batchId));
        Map<Long, Set<Long>> periodItems = papers.itemsByPaperInPeriod(batch.period());
        List<PaperSummary> ofBatch = papers.ofBatch(batchId);
        int questions = ofBatch.isEmpty() ? 0 : periodItems.getOrDefault(ofBatch.get(0).id(), Set.of()).size();
        int limit = AssemblyProblem.overlapLimit(batch.overlapCap(), questions);
        List<Long> ids = new ArrayList<>(periodItems.keySet());
        Map<Long, List<Integer>> papersOfItem = new HashMap<>();
        for (int p = 0; p < ids.size(); p++) {
            for (Long item : periodItems.get(ids.get(p))) {
                papersOfItem.computeIfAbsent(item, k -> new ArrayList<>()).add(p);
            }
        }
        int max = 0;
        List<String> violations = new ArrayList<>();
        for (int p = 0; p < ids.size(); p++) {
            int[] shared = new int[p];
            for (Long item : periodItems.get(ids.get(p))) {
                for (int other : papersOfItem.get(item)) {
                    if (other < p) {
                        shared[other]++;
                    }
                }
            }
            for (int other = 0; other < p; other++) {
                max = Math.max(max, shared[other]);
                if (shared[other] > limit) {
                    violations.add("试卷" + ids.get(p) + "与试卷" + ids.get(other) + "共用" + shared[other] + "道题，超过上限" + limit + "道");
                }
            }
        }
        TreeMap<Integer, Integer> histogram = new TreeMap<>();
        papersOfItem.values().forEach(list -> histogram.merge(list.size(), 1, Integer::sum));
        List<GenerationReport.PaperDifficulty> difficulty = ofBatch.stream()
                .map(p -> new GenerationReport.PaperDifficulty(p.id(), p.paperCode(), p.classCode(), p.resit(),
                        p.meanDifficulty(), p.difficultyMin(), p.difficultyMax(), p.withinDifficultyBand()))
                .toList();
        return new GenerationReport(batchId, batch.period(), ids.size(), batch.overlapCap(), limit, max, histogram,
                difficulty, violations);
    }

    private static String sealedMessage(PaperSummary paper, String action) {
        return "班次" + paper.classCode() + "的" + (paper.resit() ? "补考卷" : "试卷") + paper.paperCode() + "状态为"
                + paper.status().label() + "，封存后不能" + action;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
