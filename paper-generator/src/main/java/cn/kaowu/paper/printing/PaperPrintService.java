package cn.kaowu.paper.printing;

import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;
import cn.kaowu.paper.domain.PaperContent;
import cn.kaowu.paper.pdf.AnswerKeyPdfRenderer;
import cn.kaowu.paper.pdf.AnswerSheetPdfRenderer;
import cn.kaowu.paper.pdf.PaperPdfRenderer;
import cn.kaowu.paper.sealing.PaperSealingService;
import jakarta.inject.Singleton;

/**
 * The three PDFs of a paper, each download audited. The paper and answer sheet are for the
 * paper builder (and administrator); the answer key for the paper builder alone.
 */
@Singleton
public class PaperPrintService {

    private final PaperSealingService papers;
    private final PaperPdfRenderer paperPdf;
    private final AnswerSheetPdfRenderer answerSheetPdf;
    private final AnswerKeyPdfRenderer answerKeyPdf;
    private final AuditLog auditLog;

    public PaperPrintService(PaperSealingService papers, PaperPdfRenderer paperPdf,
                             AnswerSheetPdfRenderer answerSheetPdf, AnswerKeyPdfRenderer answerKeyPdf,
                             AuditLog auditLog) {
        this.papers = papers;
        this.paperPdf = paperPdf;
        this.answerSheetPdf = answerSheetPdf;
        this.answerKeyPdf = answerKeyPdf;
        this.auditLog = auditLog;
    }

    /** 试卷 (no answers). */
    public Printed paper(Caller caller, long paperId) {
        AccessPolicy.requireExamContent(caller);
        PaperContent content = papers.content(caller, paperId);
        return printed(caller, paperId, content, "试卷", paperPdf.render(content));
    }

    /** 答题卡. */
    public Printed answerSheet(Caller caller, long paperId) {
        AccessPolicy.requireExamContent(caller);
        PaperContent content = papers.content(caller, paperId);
        return printed(caller, paperId, content, "答题卡", answerSheetPdf.render(content));
    }

    /** 参考答案及解析: the paper builder only, not even the administrator. */
    public Printed answerKey(Caller caller, long paperId) {
        AccessPolicy.requireRole(caller, Role.PAPER_BUILDER);
        PaperContent content = papers.content(caller, paperId);
        return printed(caller, paperId, content, "参考答案", answerKeyPdf.render(content));
    }

    private Printed printed(Caller caller, long paperId, PaperContent content, String kind, byte[] pdf) {
        auditLog.record(caller, "paper.download", "paper", String.valueOf(paperId),
                kind + " " + content.paperCode() + " 班次 " + content.classCode());
        return new Printed(content.paperCode() + "-" + kind + ".pdf", pdf);
    }

    /** A rendered PDF with the file name to offer. */
    public record Printed(String fileName, byte[] pdf) {
    }
}
