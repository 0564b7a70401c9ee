package cn.kaowu.bank;

import cn.kaowu.bank.template.RawItem;
import cn.kaowu.bank.template.TemplateWriter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Upload files made in memory for tests. */
public final class BankFiles {

    private BankFiles() {
    }

    public static InputStream xlsx(List<RawItem> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(rows, out);
        return new ByteArrayInputStream(out.toByteArray());
    }

    /** A workbook with one sheet written cell by cell (for files the template writer would not make). */
    public static InputStream sheet(String name, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet(name);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    public static InputStream docx(List<String> lines) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
