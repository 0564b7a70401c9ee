package cn.kaowu.paper.sealing;

import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.paper.domain.PaperContent;
import cn.kaowu.paper.generation.PaperGenerationService;
import cn.kaowu.paper.generation.PaperStatus;
import cn.kaowu.paper.generation.PaperSummary;
import cn.kaowu.paper.generation.Papers;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * 封卷: a reviewed paper is sealed — its canonical content encrypted at rest, its SHA-256 kept
 * with it and written to the audit log — and can no longer change. A sealed paper is read back
 * only through here, by the paper builder, and the hash is checked on every read.
 */
@Singleton
public class PaperSealingService {

    private final Papers papers;
    private final PaperGenerationService generation;
    private final PaperSealer sealer;
    private final AuditLog auditLog;
    private final Clock clock;

    public PaperSealingService(Papers papers, PaperGenerationService generation, PaperSealer sealer,
                               AuditLog auditLog, Clock clock) {
        this.papers = papers;
        this.generation = generation;
        this.sealer = sealer;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Seals a generated paper; returns the seal hash. */
    @Transactional
    public String seal(Caller caller, long paperId) {
        AccessPolicy.requireExamContent(caller);
        PaperSummary paper = papers.findForUpdate(paperId)
                .orElseThrow(() -> new RuleViolation("试卷不存在：" + paperId));
        if (paper.status() != PaperStatus.GENERATED) {
            throw new RuleViolation("试卷 " + paper.paperCode() + " 状态为“" + paper.status().label() + "”，不能再次封卷");
        }
        PaperContent content = generation.content(caller, paperId);
        SealedPaper sealed = sealer.seal(content);
        if (!papers.markSealed(paperId, sealed.contentSha256(), clock.instant(), caller.username(), sealed.ciphertext())) {
            throw new RuleViolation("试卷 " + paper.paperCode() + " 已被他人封卷或删除，请刷新后重试");
        }
        auditLog.record(caller, "paper.seal", "paper", String.valueOf(paperId),
                paper.paperCode() + " 班次 " + paper.classCode() + " SHA-256=" + sealed.contentSha256()
                        + " 密钥指纹=" + sealed.keyFingerprint());
        return sealed.contentSha256();
    }

    /**
     * The content of a paper as it will be printed: the sealed content for a sealed paper
     * (decrypted and hash-checked), else the generated content. Paper builder only.
     */
    @Transactional
    public PaperContent content(Caller caller, long paperId) {
        AccessPolicy.requireExamContent(caller);
        return papers.sealed(paperId)
                .map(row -> sealer.open(new SealedPaper(row.paperCode(), row.sealHash(),
                        PaperCipher.keyFingerprintOf(row.ciphertext()), row.ciphertext())))
                .orElseGet(() -> generation.content(caller, paperId));
    }

    /** Re-checks a sealed paper: decrypts it and recomputes the hash; audited. */
    @Transactional
    public SealCheck verify(Caller caller, long paperId) {
        AccessPolicy.requireExamContent(caller);
        Papers.SealedRow row = papers.sealed(paperId)
                .orElseThrow(() -> new RuleViolation("试卷尚未封卷，无封卷哈希可校验"));
        SealCheck check;
        try {
            PaperContent opened = sealer.open(new SealedPaper(row.paperCode(), row.sealHash(),
                    PaperCipher.keyFingerprintOf(row.ciphertext()), row.ciphertext()));
            check = new SealCheck(true, row.sealHash(), CanonicalPaper.of(opened).sha256Hex(), "封卷完好：哈希一致");
        } catch (SealingException e) {
            check = new SealCheck(false, row.sealHash(), null, e.getMessage());
        }
        auditLog.record(caller, "paper.verify-seal", "paper", String.valueOf(paperId),
                row.paperCode() + (check.intact() ? " 完好" : " 异常：" + check.message()));
        return check;
    }

    /**
     * Start-up check: when papers are sealed, the configured key must be the one they were
     * sealed with — else say so at once, not when a session opens.
     */
    @Transactional
    public void verifyConfiguredKey() {
        papers.anySealedContent().ifPresent(ciphertext ->
                sealer.verifyKeyAgainst(PaperCipher.keyFingerprintOf(ciphertext)));
    }

    /** The outcome of re-checking a seal. */
    public record SealCheck(boolean intact, String recordedSha256, String recomputedSha256, String message) {
    }
}
