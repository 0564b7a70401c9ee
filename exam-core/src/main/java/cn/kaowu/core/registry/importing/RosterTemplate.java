package cn.kaowu.core.registry.importing;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The roster template to download: the Chinese headers, one example row (skipped on upload if
 * left unchanged) and a sheet of instructions. The ID-number and phone columns are text, so Excel
 * keeps every digit.
 */
public final class RosterTemplate {

    /** The file name to offer the download under. */
    public static final String FILE_NAME = "花名册模板.xlsx";

    private RosterTemplate() {
    }

    public static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "kaowu", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("花名册");
            RosterColumn[] columns = RosterColumn.values();
            for (int c = 0; c < columns.length; c++) {
                sheet.value(0, c, columns[c].header());
                sheet.style(0, c).bold().fillColor("DDEBF7").set();
                sheet.width(c, c == 3 ? 32 : c == 1 || c == 4 ? 22 : 12);
                sheet.range(1, c, 1000, c).style().format("@").set();
                sheet.value(1, c, columns[c].example());
            }
            Worksheet help = workbook.newWorksheet("填写说明");
            String[] lines = {
                    "1. 第1行为表头，请勿修改；第2行为示例（原样保留时导入会跳过），可删除。",
                    "2. 身份证号为18位，末位X可大写或小写；全角数字会自动转为半角。",
                    "3. 所在企业按名称匹配本单位已登记的企业；名称不存在时自动新建。统一社会信用代码可不填，填写时须校验通过。",
                    "4. 学时可填小数（最多1位），不填视为0。线上、线下、实训学时分开填写，合计为总学时。",
                    "5. 同一文件中身份证号不能重复；重复上传同一文件不会产生重复记录，学时以最后一次上传为准。",
                    "6. 任何一行有错误时整个文件都不会导入，请按提示逐行改正后重新上传。"};
            help.width(0, 120);
            for (int i = 0; i < lines.length; i++) {
                help.value(i, 0, lines[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether a row is the template's example row left as it was. */
    static boolean isExample(RawRow row) {
        return RosterColumn.ID_NUMBER.example().equals(row.value(RosterColumn.ID_NUMBER))
                && RosterColumn.NAME.example().equals(row.value(RosterColumn.NAME));
    }
}
