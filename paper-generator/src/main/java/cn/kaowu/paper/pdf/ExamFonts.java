package cn.kaowu.paper.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The two faces of every paper PDF, read from the module's resources (no system fonts): Noto Serif
 * SC Regular for text (the 宋体 look of printed papers) and Noto Sans SC Bold for headings (黑体).
 * The font programs (about 25 MB) are parsed once per JVM; each document gets its own
 * {@link PdfFont}s, embedded as subsets with Identity-H encoding.
 *
 * <p>Documents are rendered in parallel on the shared font programs. Writing the subsets reads the
 * shared parser's tables, so {@link #writeSubsets()} is serialised as a precaution; it is a small part
 * of a render (ConcurrentRenderingTest checks that parallel renders embed identical font programs).
 */
public final class ExamFonts {

    static final String BODY_RESOURCE = "/fonts/NotoSerifSC_400Regular.ttf";
    static final String HEADING_RESOURCE = "/fonts/NotoSansSC_700Bold.ttf";

    private static final Object SUBSET_LOCK = new Object();

    final PdfFont body;
    final PdfFont heading;

    private ExamFonts(PdfFont body, PdfFont heading) {
        this.body = body;
        this.heading = heading;
    }

    /** New font objects for one document. */
    static ExamFonts forDocument() {
        return new ExamFonts(embed(Programs.BODY), embed(Programs.HEADING));
    }

    /**
     * Parses both font programs now rather than during the first render (about a second of CPU);
     * call it from a start-up event so the first paper printed is as fast as the others.
     */
    public static void preload() {
        Programs.BODY.getFontNames();
    }

    /** Writes the subsets of both fonts; call after the last text is laid out, before closing. */
    void writeSubsets() {
        synchronized (SUBSET_LOCK) {
            body.flush();
            heading.flush();
        }
    }

    private static PdfFont embed(FontProgram program) {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
    }

    /** Holder: loaded on first use, once. */
    private static final class Programs {
        static final FontProgram BODY = load(BODY_RESOURCE);
        static final FontProgram HEADING = load(HEADING_RESOURCE);

        private static FontProgram load(String resource) {
            try (InputStream in = ExamFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("字体文件缺失：" + resource + "（应随 paper-generator 一起打包）");
                }
                return FontProgramFactory.createFont(in.readAllBytes(), false);
            } catch (IOException e) {
                throw new UncheckedIOException("无法读取字体文件 " + resource, e);
            }
        }
    }
}
