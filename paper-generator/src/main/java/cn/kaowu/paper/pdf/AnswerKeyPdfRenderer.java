package cn.kaowu.paper.pdf;

import cn.kaowu.paper.domain.PaperContent;
import cn.kaowu.paper.domain.PaperContent.Question;
import cn.kaowu.paper.domain.PaperContent.Section;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Tab;
import com.itextpdf.layout.element.TabStop;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TabAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * Prints the 参考答案及解析 of a paper — restricted to paper builders (绝密, 仅限出卷人): a compact
 * table of keys per section, then per question its key, 解析 and 法规依据. Callers must check that
 * the caller is a paper builder before rendering; this class only prints.
 */
@Singleton
public class AnswerKeyPdfRenderer {

    private static final String[] SECTION_NUMERALS = {"一", "二", "三", "四", "五", "六"};
    private static final int KEYS_PER_ROW = 10;

    public byte[] render(PaperContent paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        render(paper, out);
        return out.toByteArray();
    }

    /** Writes the PDF to the stream; the stream is closed when done. */
    public void render(PaperContent paper, OutputStream out) {
        ExamPdf pdf = new ExamPdf(out, paper.examName() + " 参考答案及解析 " + paper.paperCode(), "绝密 仅限出卷人");
        Document doc = pdf.document;
        float width = pdf.contentWidth();
        doc.add(new Paragraph().add(new Text("绝密★仅限出卷人使用").setFont(pdf.fonts.heading)
                        .setFontColor(ExamPdf.SECRET_RED))
                .add(new Tab()).add("试卷编号：" + paper.paperCode())
                .addTabStops(new TabStop(width, TabAlignment.RIGHT)).setFontSize(10).setMargin(0));
        doc.add(new Paragraph(paper.examName()).setFont(pdf.fonts.heading).setFontSize(15)
                .setTextAlignment(TextAlignment.CENTER).setMarginTop(10).setMarginBottom(0));
        doc.add(new Paragraph("参考答案及解析").setFont(pdf.fonts.heading).setFontSize(17).setCharacterSpacing(1)
                .setTextAlignment(TextAlignment.CENTER).setMargin(0).setMarginTop(2));
        doc.add(new Paragraph(paper.className() + "（班次编号：" + paper.classCode() + "）　满分" + paper.totalPoints()
                + "分　及格分" + paper.passMark() + "分").setTextAlignment(TextAlignment.CENTER).setMargin(0).setMarginTop(4));
        doc.add(new Paragraph("本文件仅供出卷人阅卷、复核使用，不得随试卷印制、分发或带入考场。")
                .setFontColor(ExamPdf.SECRET_RED).setFontSize(9.5f).setTextAlignment(TextAlignment.CENTER)
                .setBorder(new SolidBorder(ExamPdf.SECRET_RED, 0.6f)).setPadding(3).setMarginTop(8).setMarginBottom(10));

        doc.add(heading(pdf, "答案速查"));
        int index = 0;
        for (Section section : paper.sections()) {
            doc.add(keyTable(pdf, index++, section));
        }

        doc.add(heading(pdf, "逐题解析").setMarginTop(12));
        index = 0;
        for (Section section : paper.sections()) {
            doc.add(new Paragraph(SECTION_NUMERALS[index++] + "、" + section.type().label() + "（每题"
                    + section.pointsEach() + "分）").setFont(pdf.fonts.heading).setFontSize(11).setMarginTop(6)
                    .setMarginBottom(2).setKeepWithNext(true));
            for (Question q : section.questions()) {
                doc.add(explanation(pdf, q));
            }
        }
        pdf.finish(paper.classCode() + "　绝密", "绝密 · 仅限出卷人　试卷编号：" + paper.paperCode(), false);
    }

    private static Paragraph heading(ExamPdf pdf, String text) {
        return new Paragraph(text).setFont(pdf.fonts.heading).setFontSize(12).setMargin(0).setMarginBottom(4)
                .setKeepWithNext(true);
    }

    private static Div keyTable(ExamPdf pdf, int index, Section section) {
        Div div = new Div().setKeepTogether(true).setMarginBottom(6);
        div.add(new Paragraph(SECTION_NUMERALS[index] + "、" + section.type().label()).setFontSize(10)
                .setFont(pdf.fonts.heading).setMargin(0).setMarginBottom(2));
        Table table = new Table(KEYS_PER_ROW + 1).useAllAvailableWidth().setFixedLayout().setFontSize(9.5f);
        var questions = section.questions();
        for (int start = 0; start < questions.size(); start += KEYS_PER_ROW) {
            table.addCell(keyCell("题号", true));
            for (int i = start; i < start + KEYS_PER_ROW; i++) {
                table.addCell(keyCell(i < questions.size() ? String.valueOf(questions.get(i).number()) : "", true));
            }
            table.addCell(keyCell("答案", false));
            for (int i = start; i < start + KEYS_PER_ROW; i++) {
                table.addCell(keyCell(i < questions.size() ? display(questions.get(i).key()) : "", false));
            }
        }
        div.add(table);
        return div;
    }

    private static Cell keyCell(String text, boolean label) {
        Cell cell = new Cell().add(new Paragraph(text).setMargin(0)).setTextAlignment(TextAlignment.CENTER)
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setPadding(1.5f)
                .setBorder(new SolidBorder(ExamPdf.INK, 0.5f));
        return label ? cell.setBackgroundColor(new DeviceGray(0.94f)) : cell;
    }

    private static Div explanation(ExamPdf pdf, Question q) {
        Div div = new Div().setKeepTogether(true).setMarginBottom(5).setFontSize(10);
        float indent = 27;
        div.add(new Paragraph(q.number() + ".").add(new Tab()).add(q.stem()).setFontColor(ExamPdf.GREY)
                .addTabStops(new TabStop(indent, TabAlignment.LEFT)).setMargin(0).setMarginLeft(indent)
                .setFirstLineIndent(-indent).setMultipliedLeading(1.35f));
        div.add(new Paragraph().add(new Text("【答案】").setFont(pdf.fonts.heading))
                .add(new Text(detailed(q.key())).setFont(pdf.fonts.heading).setFontColor(ExamPdf.SECRET_RED))
                .setMargin(0).setMarginLeft(indent));
        if (q.explanation() != null && !q.explanation().isBlank()) {
            div.add(labelled(pdf, "【解析】", q.explanation(), indent));
        }
        if (q.legalBasis() != null && !q.legalBasis().isBlank()) {
            div.add(labelled(pdf, "【依据】", q.legalBasis(), indent));
        }
        return div;
    }

    private static Paragraph labelled(ExamPdf pdf, String label, String text, float indent) {
        float labelWidth = pdf.fonts.heading.getWidth(label, 10);
        return new Paragraph().add(new Text(label).setFont(pdf.fonts.heading)).add(text).setMargin(0)
                .setMarginLeft(indent + labelWidth).setFirstLineIndent(-labelWidth).setMultipliedLeading(1.35f);
    }

    /** In the explanations a 判断题 key reads "√（正确）" / "×（错误）". */
    static String detailed(String key) {
        String shown = display(key);
        return shown.equals(key) ? key : shown + "（" + key + "）";
    }

    /** In the key table 判断题 keys print as √ / ×, choice keys as they are. */
    static String display(String key) {
        return switch (key) {
            case "正确" -> "√";
            case "错误" -> "×";
            default -> key;
        };
    }
}
