package cn.kaowu.paper.pdf;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads rendered PDFs back: text, embedded fonts, and page images. */
final class PdfChecks {

    /** Where the sample PDFs and page images of the tests are kept for a look. */
    static final Path SAMPLES = Path.of("target", "pdf-samples");

    static {
        // PDFBox notes that iText's subset keeps cmap entries of dropped glyphs; harmless for rendering.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.fontbox"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    private PdfChecks() {
    }

    static int pageCount(byte[] pdf) {
        try (PdfDocument doc = open(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    static String text(byte[] pdf, int page) {
        try (PdfDocument doc = open(pdf)) {
            return PdfTextExtractor.getTextFromPage(doc.getPage(page));
        }
    }

    static String allText(byte[] pdf) {
        StringBuilder sb = new StringBuilder();
        try (PdfDocument doc = open(pdf)) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                sb.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
        }
        return sb.toString();
    }

    /** An embedded font as found on page 1: its base font name and whether a FontFile2 stream is present. */
    record EmbeddedFont(String baseFont, boolean hasFontFile2) {
    }

    static List<EmbeddedFont> fontsOfFirstPage(byte[] pdf) {
        List<EmbeddedFont> fonts = new ArrayList<>();
        try (PdfDocument doc = open(pdf)) {
            PdfDictionary fontResources = doc.getPage(1).getResources().getResource(PdfName.Font);
            for (PdfName name : fontResources.keySet()) {
                PdfDictionary font = fontResources.getAsDictionary(name);
                PdfDictionary descendant = font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0);
                PdfDictionary descriptor = descendant.getAsDictionary(PdfName.FontDescriptor);
                fonts.add(new EmbeddedFont(font.getAsName(PdfName.BaseFont).getValue(),
                        descriptor.getAsStream(PdfName.FontFile2) != null));
            }
        }
        return fonts;
    }

    /** SHA-256 of each embedded font program, by font name without the subset prefix. */
    static Map<String, String> fontProgramHashes(byte[] pdf) {
        Map<String, String> hashes = new java.util.TreeMap<>();
        try (PdfDocument doc = open(pdf)) {
            for (int i = 1; i <= doc.getNumberOfPdfObjects(); i++) {
                if (doc.getPdfObject(i) instanceof PdfDictionary dict && PdfName.FontDescriptor.equals(dict.getAsName(PdfName.Type))
                        && dict.getAsStream(PdfName.FontFile2) != null) {
                    String name = dict.getAsName(PdfName.FontName).getValue().replaceFirst("^[A-Z]{6}\\+", "");
                    hashes.put(name, java.util.HexFormat.of().formatHex(sha256(dict.getAsStream(PdfName.FontFile2).getBytes())));
                }
            }
        }
        return hashes;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renders a page with PDFBox at the given resolution and keeps a PNG under {@link #SAMPLES}. */
    static BufferedImage renderPage(byte[] pdf, int pageIndex, float dpi, String sampleName) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pageIndex, dpi);
            Files.createDirectories(SAMPLES);
            ImageIO.write(image, "png", SAMPLES.resolve(sampleName + ".png").toFile());
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Share of pixels that are clearly darker than paper white. */
    static double inkCoverage(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xFF) * 3 + ((rgb >> 8) & 0xFF) * 6 + (rgb & 0xFF)) / 10;
                if (luminance < 160) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    /** Decodes the QR code on a page image with ZXing. */
    static String qrCodeOn(BufferedImage image) {
        try {
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (ReaderException e) {
            throw new AssertionError("no QR code found on the page", e);
        }
    }

    static void keep(byte[] pdf, String name) {
        try {
            Files.createDirectories(SAMPLES);
            Files.write(SAMPLES.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfDocument open(byte[] pdf) {
        try {
            return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
