package cn.kaowu.paper.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.extgstate.PdfExtGState;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

import java.io.OutputStream;

/**
 * One A4 document of a paper (paper, answer sheet or key) with the shared page furniture: margins,
 * fonts, and — drawn on every page once the page count is known — footer "第 x 页 共 y 页" with the
 * paper code, an optional diagonal watermark behind the text and an optional 密封线 on page 1.
 */
final class ExamPdf {

    static final float MARGIN_LEFT = 62;
    static final float MARGIN_RIGHT = 56;
    static final float MARGIN_TOP = 46;
    static final float MARGIN_BOTTOM = 58;
    static final float BODY_SIZE = 10.5f;

    static final Color INK = new DeviceGray(0.08f);
    static final Color GREY = new DeviceGray(0.45f);
    static final Color SECRET_RED = new DeviceRgb(176, 20, 24);
    static final Color SHEET_RED = new DeviceRgb(214, 64, 64);

    final PdfDocument pdf;
    final Document document;
    final ExamFonts fonts;

    ExamPdf(OutputStream out, String title, String subject) {
        this.pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().setFullCompressionMode(true)));
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator("考务 kaowu");
        this.fonts = ExamFonts.forDocument();
        this.document = new Document(pdf, PageSize.A4, false);
        document.setMargins(MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT);
        document.setFont(fonts.body).setFontSize(BODY_SIZE).setFontColor(INK);
        document.setProperty(Property.SPLIT_CHARACTERS, ChineseLineBreaks.INSTANCE);
        // Without a script, iText detects it per text run and, for each Latin run (option labels,
        // codes), re-reads the font's large GSUB table looking for shaping features: most of the
        // layout time. No shaping is needed here (Chinese and Latin without ligatures).
        document.setProperty(Property.FONT_SCRIPT, Character.UnicodeScript.HAN);
    }

    float contentWidth() {
        return PageSize.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    }

    float width(String text, float size) {
        return fonts.body.getWidth(text, size);
    }

    /**
     * Draws the page furniture on every page, writes the font subsets and closes the document.
     *
     * @param watermark   diagonal text behind the content, or null for none
     * @param footerLeft  text at the left of the footer (e.g. "试卷编号：P2026-0017-A")
     * @param sealingLine whether page 1 gets a 密封线 in the left margin
     */
    void finish(String watermark, String footerLeft, boolean sealingLine) {
        document.flush();
        int pages = pdf.getNumberOfPages();
        PdfFormXObject mark = watermark == null ? null : watermark(PageSize.A4, watermark);
        for (int i = 1; i <= pages; i++) {
            PdfPage page = pdf.getPage(i);
            Rectangle box = page.getPageSize();
            if (watermark != null) {
                new PdfCanvas(page.newContentStreamBefore(), page.getResources(), pdf).addXObjectAt(mark, 0, 0);
            }
            PdfCanvas over = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
            try (Canvas canvas = new Canvas(over, box)) {
                float y = MARGIN_BOTTOM - 30;
                over.saveState().setStrokeColor(GREY).setLineWidth(0.4f)
                        .moveTo(MARGIN_LEFT, y + 12).lineTo(box.getWidth() - MARGIN_RIGHT, y + 12).stroke().restoreState();
                canvas.showTextAligned(footer("第 " + i + " 页 共 " + pages + " 页"), box.getWidth() / 2, y, i,
                        TextAlignment.CENTER, VerticalAlignment.MIDDLE, 0);
                canvas.showTextAligned(footer(footerLeft), MARGIN_LEFT, y, i, TextAlignment.LEFT,
                        VerticalAlignment.MIDDLE, 0);
                if (sealingLine && i == 1) {
                    drawSealingLine(over, canvas, box);
                }
            }
        }
        fonts.writeSubsets();
        document.close();
    }

    private Paragraph footer(String text) {
        return new Paragraph(text).setFont(fonts.body).setFontSize(9).setFontColor(GREY).setMargin(0);
    }

    /** The watermark of a page, drawn once per document and placed behind the text of every page. */
    private PdfFormXObject watermark(Rectangle box, String text) {
        PdfFormXObject form = new PdfFormXObject(box);
        PdfCanvas under = new PdfCanvas(form, pdf);
        under.setExtGState(new PdfExtGState().setFillOpacity(0.07f));
        try (Canvas canvas = new Canvas(under, box)) {
            float[][] spots = {{0.30f, 0.78f}, {0.72f, 0.55f}, {0.30f, 0.32f}, {0.72f, 0.10f}};
            for (float[] spot : spots) {
                canvas.showTextAligned(new Paragraph(text).setFont(fonts.heading).setFontSize(30)
                                .setFontColor(new DeviceGray(0.2f)).setMargin(0),
                        box.getWidth() * spot[0], box.getHeight() * spot[1], 1, TextAlignment.CENTER,
                        VerticalAlignment.MIDDLE, (float) Math.toRadians(32));
            }
        }
        return form;
    }

    private void drawSealingLine(PdfCanvas over, Canvas canvas, Rectangle box) {
        String text = "密　　封　　线　　内　　不　　要　　答　　题";
        float x = 34;
        float top = box.getHeight() - MARGIN_TOP;
        float middle = (top + MARGIN_BOTTOM) / 2;
        float half = fonts.body.getWidth(text, 9) / 2 + 6;
        over.saveState().setStrokeColor(GREY).setLineWidth(0.5f).setLineDash(4, 3)
                .moveTo(x, MARGIN_BOTTOM).lineTo(x, middle - half)
                .moveTo(x, middle + half).lineTo(x, top).stroke().restoreState();
        canvas.showTextAligned(new Paragraph(text).setFont(fonts.body).setFontSize(9).setFontColor(GREY).setMargin(0),
                x, middle, 1, TextAlignment.CENTER, VerticalAlignment.MIDDLE, (float) Math.toRadians(90));
    }
}
