package cn.kaowu.paper.pdf;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.paper.domain.PaperContent;
import cn.kaowu.paper.domain.PaperContent.Option;
import cn.kaowu.paper.domain.PaperContent.Question;
import cn.kaowu.paper.domain.PaperContent.Section;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Tab;
import com.itextpdf.layout.element.TabStop;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TabAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prints a paper as candidates get it: A4, header with the exam, class, paper code, duration,
 * points and pass mark, candidate fields and a 得分 table, 考生须知, then the sections
 * (一、单选题 …) with questions numbered through the paper and their options laid out on one line,
 * in two (or three) columns, or one per line depending on their length. Every page carries a light
 * diagonal watermark with the class code and 保密, and a footer 第 x 页 共 y 页 with the paper code.
 * No answers are printed.
 */
@Singleton
public class PaperPdfRenderer {

    static final String ANSWER_BRACKET = "（　　）";
    private static final Pattern EMPTY_BRACKET = Pattern.compile("[（(][\\s\u3000]*[）)]");
    private static final String[] SECTION_NUMERALS = {"一", "二", "三", "四", "五", "六"};
    private static final float NUMBER_INDENT = 27;
    private static final float OPTION_GAP = 14;

    public byte[] render(PaperContent paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        render(paper, out);
        return out.toByteArray();
    }

    /** Writes the PDF to the stream; the stream is closed when done. */
    public void render(PaperContent paper, OutputStream out) {
        ExamPdf pdf = new ExamPdf(out, paper.examName() + " 试卷 " + paper.paperCode(), paper.className());
        Document doc = pdf.document;
        header(pdf, paper);
        int index = 0;
        for (Section section : paper.sections()) {
            doc.add(sectionHeading(pdf, index++, section));
            for (Question question : section.questions()) {
                doc.add(question(pdf, section.type(), question));
            }
        }
        doc.add(new Paragraph("（试卷到此结束）").setTextAlignment(TextAlignment.CENTER).setFontColor(ExamPdf.GREY)
                .setFontSize(9).setMarginTop(10));
        pdf.finish(paper.classCode() + "　保密", "试卷编号：" + paper.paperCode(), true);
    }

    private void header(ExamPdf pdf, PaperContent paper) {
        Document doc = pdf.document;
        float width = pdf.contentWidth();
        doc.add(new Paragraph().add(new Text("秘密★启用前").setFont(pdf.fonts.heading))
                .add(new Tab()).add("试卷编号：" + paper.paperCode())
                .addTabStops(new TabStop(width, TabAlignment.RIGHT)).setFontSize(10).setMargin(0));
        doc.add(new Paragraph(paper.examName()).setFont(pdf.fonts.heading).setFontSize(17)
                .setTextAlignment(TextAlignment.CENTER).setMarginTop(10).setMarginBottom(2));
        doc.add(new Paragraph(paper.className() + "（班次编号：" + paper.classCode() + "）").setFontSize(12)
                .setTextAlignment(TextAlignment.CENTER).setMargin(0));
        doc.add(new Paragraph("考试时间：" + paper.durationMinutes() + "分钟　　满分：" + paper.totalPoints()
                + "分　　及格分：" + paper.passMark() + "分　　考试形式：闭卷")
                .setTextAlignment(TextAlignment.CENTER).setMarginTop(4).setMarginBottom(8));

        String[] labels = {"姓　　名：", "身份证号：", "考 试 点：", "座 位 号："};
        float label = pdf.width("身份证号：", ExamPdf.BODY_SIZE) + 4;
        Table candidate = new Table(UnitValue.createPointArray(new float[]{label, 150, label + 16, 170}))
                .setHorizontalAlignment(HorizontalAlignment.CENTER).setMarginBottom(10);
        for (String text : labels) {
            candidate.addCell(new Cell().add(new Paragraph(text).setMargin(0)).setBorder(Border.NO_BORDER)
                    .setPadding(0).setTextAlignment(TextAlignment.RIGHT).setVerticalAlignment(VerticalAlignment.BOTTOM));
            candidate.addCell(new Cell().setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(ExamPdf.INK, 0.6f))
                    .setHeight(22).setPadding(0));
        }
        doc.add(candidate);

        List<Section> sections = paper.sections();
        float[] scoreColumns = new float[sections.size() + 3];
        Arrays.fill(scoreColumns, 46);
        scoreColumns[0] = 52;
        Table score = new Table(UnitValue.createPointArray(scoreColumns)).setHorizontalAlignment(HorizontalAlignment.CENTER)
                .setMarginBottom(10).setFontSize(10);
        score.addCell(scoreCell("题号", true));
        for (int i = 0; i < sections.size(); i++) {
            score.addCell(scoreCell(SECTION_NUMERALS[i], true));
        }
        score.addCell(scoreCell("总分", true));
        score.addCell(scoreCell("核分人", true));
        score.addCell(scoreCell("得分", true));
        for (int i = 0; i < sections.size() + 2; i++) {
            score.addCell(scoreCell("", false).setHeight(24));
        }
        doc.add(score);

        Div notice = new Div().setBorder(new SolidBorder(ExamPdf.INK, 0.6f)).setPadding(6).setPaddingLeft(10)
                .setMarginBottom(12).setKeepTogether(true);
        notice.add(new Paragraph("考 生 须 知").setFont(pdf.fonts.heading).setFontSize(10.5f)
                .setTextAlignment(TextAlignment.CENTER).setMargin(0).setMarginBottom(2));
        String[] rules = {
                "本试卷共" + SECTION_NUMERALS[Math.max(0, sections.size() - 1)] + "大题" + paper.questionCount()
                        + "小题，满分" + paper.totalPoints() + "分，考试时间" + paper.durationMinutes() + "分钟。",
                "本次考试为闭卷考试。考生不得携带、查阅任何书籍、资料；手机等电子设备须关闭后交监考员统一保管。",
                "答题前，请在试卷和答题卡规定位置填写姓名、身份证号、考试点和座位号；密封线内不要答题。",
                "请用黑色签字笔或2B铅笔在答题卡对应位置作答，写在试卷上的答案无效。",
                "严禁冒名顶替、代考、抄袭等违纪行为，违者按考试纪律严肃处理。",
                "考试结束后，试卷、答题卡一并交回，不得带出考场。"};
        for (int i = 0; i < rules.length; i++) {
            notice.add(new Paragraph((i + 1) + ". " + rules[i]).setFontSize(9.5f).setMargin(0)
                    .setMarginLeft(12).setFirstLineIndent(-12).setMultipliedLeading(1.35f));
        }
        doc.add(notice);
    }

    private static Cell scoreCell(String text, boolean label) {
        Cell cell = new Cell().add(new Paragraph(text).setMargin(0)).setTextAlignment(TextAlignment.CENTER)
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setBorder(new SolidBorder(ExamPdf.INK, 0.6f))
                .setPadding(2);
        if (label) {
            cell.setBackgroundColor(new DeviceGray(0.94f));
        }
        return cell;
    }

    private static Paragraph sectionHeading(ExamPdf pdf, int index, Section section) {
        int count = section.questions().size();
        String hint = switch (section.type()) {
            case SINGLE_CHOICE -> "每题只有一个正确答案";
            case MULTIPLE_CHOICE -> "至少有两个正确答案，多选、少选、错选均不得分";
            case TRUE_FALSE -> "正确的选“√”，错误的选“×”";
        };
        return new Paragraph()
                .add(new Text(SECTION_NUMERALS[index] + "、" + section.type().label())
                        .setFont(pdf.fonts.heading).setFontSize(12))
                .add(new Text("（共" + count + "题，每题" + section.pointsEach() + "分，共"
                        + count * section.pointsEach() + "分。" + hint + "）").setFontSize(10))
                .setMarginTop(8).setMarginBottom(4).setKeepWithNext(true);
    }

    private Div question(ExamPdf pdf, ItemType type, Question q) {
        Div block = new Div().setKeepTogether(true).setMarginBottom(5);
        String number = q.number() + ".";
        block.add(new Paragraph(number).add(new Tab()).add(withAnswerBracket(q.stem(), type))
                .addTabStops(new TabStop(NUMBER_INDENT, TabAlignment.LEFT))
                .setMargin(0).setMarginLeft(NUMBER_INDENT).setFirstLineIndent(-NUMBER_INDENT)
                .setMultipliedLeading(1.45f));
        if (!q.options().isEmpty()) {
            options(pdf, block, q.options());
        }
        return block;
    }

    /** Lays options out on one line, in 3 or 2 columns, or one per line: the widest that fits. */
    private void options(ExamPdf pdf, Div block, List<Option> options) {
        float available = pdf.contentWidth() - NUMBER_INDENT;
        float widest = 0;
        for (Option option : options) {
            widest = Math.max(widest, pdf.width(label(option) + option.text(), ExamPdf.BODY_SIZE));
        }
        int n = options.size();
        int perLine = 1;
        int[] candidates = n > 4 ? new int[]{n, 3, 2} : new int[]{n, 2};
        for (int columns : candidates) {
            if (widest <= available / columns - OPTION_GAP) {
                perLine = columns;
                break;
            }
        }
        if (perLine == 1) {
            float labelWidth = pdf.width("A. ", ExamPdf.BODY_SIZE);
            for (Option option : options) {
                block.add(new Paragraph(label(option) + option.text()).setMargin(0)
                        .setMarginLeft(NUMBER_INDENT + labelWidth).setFirstLineIndent(-labelWidth)
                        .setMultipliedLeading(1.45f));
            }
            return;
        }
        float column = available / perLine;
        for (int start = 0; start < n; start += perLine) {
            Paragraph line = new Paragraph().setMargin(0).setMarginLeft(NUMBER_INDENT).setMultipliedLeading(1.45f);
            for (int i = start; i < Math.min(n, start + perLine); i++) {
                if (i > start) {
                    line.add(new Tab());
                }
                line.add(label(options.get(i)) + options.get(i).text());
            }
            for (int c = 1; c < perLine; c++) {
                line.addTabStops(new TabStop(column * c, TabAlignment.LEFT));
            }
            block.add(line);
        }
    }

    private static String label(Option option) {
        return option.label() + ". ";
    }

    /**
     * The stem with exactly one answer bracket （　　）: an empty bracket already in the stem is
     * normalised; otherwise the bracket goes before a closing 。？： of a choice question, or at the
     * very end of a 判断题.
     */
    static String withAnswerBracket(String stem, ItemType type) {
        String text = stem.strip();
        if (EMPTY_BRACKET.matcher(text).find()) {
            return EMPTY_BRACKET.matcher(text).replaceFirst(ANSWER_BRACKET);
        }
        if (type != ItemType.TRUE_FALSE && !text.isEmpty() && "。？：:?".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return text.substring(0, text.length() - 1) + ANSWER_BRACKET + text.charAt(text.length() - 1);
        }
        return text + ANSWER_BRACKET;
    }
}
