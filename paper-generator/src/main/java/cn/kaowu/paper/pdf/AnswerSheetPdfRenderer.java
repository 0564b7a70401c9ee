package cn.kaowu.paper.pdf;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.paper.domain.PaperContent;
import cn.kaowu.paper.domain.PaperContent.Question;
import cn.kaowu.paper.domain.PaperContent.Section;
import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Tab;
import com.itextpdf.layout.element.TabStop;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TabAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Prints the 答题卡 of a paper: candidate fields (with 18 boxes for the 身份证号), 注意事项, a QR code
 * holding the paper code, and per section a grid of question numbers with option boxes [A] [B] [C]
 * [D] (and [E] [F] where a question has them) or [√] [×] for 判断题, in groups of five.
 */
@Singleton
public class AnswerSheetPdfRenderer {

    private static final int GROUP = 5;
    private static final float NUMBER_WIDTH = 18;
    private static final float BOX_PITCH = 20;
    private static final float MARK_SIZE = 9;
    private static final String[] SECTION_NUMERALS = {"一", "二", "三", "四", "五", "六"};

    public byte[] render(PaperContent paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(paper, out);
        return out.toByteArray();
    }

    /** Writes the PDF to the stream; the stream is closed when done. */
    public void render(PaperContent paper, OutputStream out) {
        ExamPdf pdf = new ExamPdf(out, paper.examName() + " 答题卡 " + paper.paperCode(), paper.className());
        Document doc = pdf.document;
        header(pdf, paper);
        int index = 0;
        for (Section section : paper.sections()) {
            doc.add(section(pdf, index++, section));
        }
        pdf.finish(null, "试卷编号：" + paper.paperCode(), false);
    }

    private void header(ExamPdf pdf, PaperContent paper) {
        Document doc = pdf.document;
        Table top = new Table(UnitValue.createPercentArray(new float[]{78, 22})).useAllAvailableWidth();
        Div titles = new Div();
        titles.add(new Paragraph(paper.examName()).setFont(pdf.fonts.heading).setFontSize(14).setMargin(0));
        titles.add(new Paragraph("答　题　卡").setFont(pdf.fonts.heading).setFontSize(20).setMargin(0).setMarginTop(4)
                .setCharacterSpacing(2));
        titles.add(new Paragraph(paper.className() + "　班次编号：" + paper.classCode()).setFontSize(10).setMargin(0)
                .setMarginTop(4));
        titles.add(new Paragraph("试卷编号：" + paper.paperCode() + "　　共" + paper.questionCount() + "题　满分"
                + paper.totalPoints() + "分").setFontSize(10).setMargin(0));
        top.addCell(new Cell().add(titles).setBorder(Border.NO_BORDER).setPadding(0)
                .setVerticalAlignment(VerticalAlignment.MIDDLE));
        Cell qrCell = new Cell().setBorder(Border.NO_BORDER).setPadding(0).setTextAlignment(TextAlignment.CENTER);
        qrCell.add(qrCode(pdf, paper.paperCode()).setHorizontalAlignment(HorizontalAlignment.CENTER));
        qrCell.add(new Paragraph(paper.paperCode()).setFontSize(8).setMargin(0));
        top.addCell(qrCell);
        doc.add(top);

        Table fields = new Table(UnitValue.createPercentArray(new float[]{13, 37, 13, 37})).useAllAvailableWidth()
                .setMarginTop(8).setFontSize(10);
        fields.addCell(labelCell("姓　　名"));
        fields.addCell(boxCell());
        fields.addCell(labelCell("座 位 号"));
        fields.addCell(boxCell());
        fields.addCell(labelCell("考 试 点"));
        fields.addCell(new Cell(1, 3).setHeight(26).setBorder(new SolidBorder(ExamPdf.INK, 0.6f)));
        fields.addCell(labelCell("身份证号"));
        Table idBoxes = new Table(18).useAllAvailableWidth().setFixedLayout();
        for (int i = 0; i < 18; i++) {
            idBoxes.addCell(new Cell().setHeight(20).setBorder(new SolidBorder(ExamPdf.SHEET_RED, 0.5f)));
        }
        fields.addCell(new Cell(1, 3).add(idBoxes).setPadding(3).setBorder(new SolidBorder(ExamPdf.INK, 0.6f)));
        doc.add(fields);

        Div notice = new Div().setBorder(new SolidBorder(ExamPdf.INK, 0.6f)).setPadding(5).setPaddingLeft(8)
                .setMarginTop(6).setMarginBottom(8).setFontSize(9);
        notice.add(new Paragraph().add(new Text("注意事项").setFont(pdf.fonts.heading)).setMargin(0));
        String[] rules = {
                "答题前，考生须将姓名、身份证号、考试点、座位号填写清楚，并核对试卷编号与试卷一致。",
                "选择题用2B铅笔将所选选项的方框涂满涂黑；修改时用橡皮擦干净，不留痕迹。判断题正确涂[√]，错误涂[×]。",
                "在本卡规定区域外作答或在试卷上作答均无效。保持卡面清洁，不要折叠、弄破。"};
        for (int i = 0; i < rules.length; i++) {
            notice.add(new Paragraph((i + 1) + ". " + rules[i]).setMargin(0).setMarginLeft(11).setFirstLineIndent(-11));
        }
        notice.add(new Paragraph().add("正确填涂：").add(new Text("■").setFontColor(ExamPdf.INK))
                .add("　　错误填涂：").add(new Text("[√]　[×]　[—]　[○]").setFontColor(ExamPdf.SHEET_RED))
                .setMargin(0).setMarginTop(2));
        doc.add(notice);
    }

    private static Image qrCode(ExamPdf pdf, String paperCode) {
        BarcodeQRCode qr = new BarcodeQRCode(paperCode,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MIN_VERSION_NR, 2));
        PdfFormXObject form = qr.createFormXObject(ColorConstants.BLACK, pdf.pdf);
        return new Image(form).scaleToFit(78, 78);
    }

    private static Cell labelCell(String text) {
        return new Cell().add(new Paragraph(text).setMargin(0)).setTextAlignment(TextAlignment.CENTER)
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setBackgroundColor(new DeviceGray(0.94f))
                .setBorder(new SolidBorder(ExamPdf.INK, 0.6f));
    }

    private static Cell boxCell() {
        return new Cell().setHeight(26).setBorder(new SolidBorder(ExamPdf.INK, 0.6f));
    }

    private Div section(ExamPdf pdf, int index, Section section) {
        List<String> marks = marks(section);
        float groupWidth = NUMBER_WIDTH + 6 + marks.size() * BOX_PITCH;
        int across = Math.max(1, Math.min(6, (int) ((pdf.contentWidth() - 16) / (groupWidth + 6))));
        Div box = new Div().setBorder(new SolidBorder(ExamPdf.INK, 0.6f)).setPadding(6).setMarginBottom(8)
                .setKeepTogether(true);
        int count = section.questions().size();
        box.add(new Paragraph().add(new Text(SECTION_NUMERALS[index] + "、" + section.type().label())
                        .setFont(pdf.fonts.heading))
                .add(new Text("（第" + section.questions().get(0).number() + "—"
                        + section.questions().get(count - 1).number() + "题）").setFontSize(9))
                .setMargin(0).setMarginBottom(4).setFontSize(10.5f));
        Table grid = new Table(across).useAllAvailableWidth().setFixedLayout();
        List<Question> questions = section.questions();
        int groups = (count + GROUP - 1) / GROUP;
        for (int g = 0; g < groups; g++) {
            Div group = new Div();
            for (int i = g * GROUP; i < Math.min(count, (g + 1) * GROUP); i++) {
                group.add(row(questions.get(i), section.type(), marks));
            }
            grid.addCell(new Cell().add(group).setBorder(Border.NO_BORDER).setPaddingTop(3).setPaddingBottom(5)
                    .setKeepTogether(true));
        }
        for (int g = groups; g % across != 0; g++) {
            grid.addCell(new Cell().setBorder(Border.NO_BORDER));
        }
        box.add(grid);
        return box;
    }

    private static Paragraph row(Question q, ItemType type, List<String> marks) {
        Paragraph row = new Paragraph().setMargin(0).setFixedLeading(15);
        row.addTabStops(new TabStop(NUMBER_WIDTH, TabAlignment.RIGHT));
        row.add(new Tab()).add(new Text(String.valueOf(q.number())).setFontSize(9.5f));
        int shown = type == ItemType.TRUE_FALSE ? 2 : q.options().size();
        for (int i = 0; i < marks.size(); i++) {
            float stop = NUMBER_WIDTH + 6 + i * BOX_PITCH;
            row.addTabStops(new TabStop(stop, TabAlignment.LEFT));
            row.add(new Tab());
            if (i < shown) {
                row.add(new Text("[" + marks.get(i) + "]").setFontSize(MARK_SIZE).setFontColor(ExamPdf.SHEET_RED));
            }
        }
        return row;
    }

    private static List<String> marks(Section section) {
        if (section.type() == ItemType.TRUE_FALSE) {
            return List.of("√", "×");
        }
        int most = section.questions().stream().mapToInt(q -> q.options().size()).max().orElse(4);
        return List.of("A", "B", "C", "D", "E", "F").subList(0, Math.min(6, Math.max(most, 2)));
    }
}
