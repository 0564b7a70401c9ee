package cn.kaowu.core.registry.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;

/** Builds roster files for tests: CSV in a chosen encoding, .xlsx with formulas. */
public final class RosterFiles {

    public static final String HEADER = "姓名,身份证号,手机号,所在企业,统一社会信用代码,岗位,线上学时,线下学时,实训学时";

    private RosterFiles() {
    }

    public static byte[] csv(Charset charset, boolean bom, String... lines) {
        String text = String.join("\r\n", lines) + "\r\n";
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    /** An .xlsx whose cells are the given texts; a text starting with "=" becomes a formula, evaluated if asked. */
    public static byte[] xlsx(boolean evaluateFormulas, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("花名册");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String text = rows.get(r).get(c);
                    if (text.startsWith("=")) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            if (evaluateFormulas) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
