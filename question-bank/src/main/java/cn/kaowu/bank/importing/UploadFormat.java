package cn.kaowu.bank.importing;

import cn.kaowu.core.policy.RuleViolation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * What kind of upload a file is, judged by its content (not its name), and the size limit that
 * is enforced while reading, before any parsing.
 */
public enum UploadFormat {
    XLSX, DOCX, QTI_PACKAGE;

    static final String ACCEPTED = "仅支持 .xlsx（试题导入模板）、.docx（Word 试题）或 QTI 2.1 试题包（.zip）";

    /** Reads the whole upload, refusing it as soon as it exceeds {@code maxBytes}. */
    public static byte[] readLimited(InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new RuleViolation("文件超过" + megabytes(maxBytes) + "，未导入；请拆分成多个文件后再导入");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new RuleViolation("文件读取失败：" + e.getMessage());
        }
        return out.toByteArray();
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " 字节";
    }

    /** The format of the bytes, or a refusal that says which formats are accepted. */
    public static UploadFormat detect(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RuleViolation("文件为空，" + ACCEPTED);
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
            throw new RuleViolation("不支持旧版 .xls/.doc 文件，请在 Excel/Word 中另存为 .xlsx/.docx 后导入；" + ACCEPTED);
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw new RuleViolation("文件格式不支持（看起来是文本或 CSV 文件）：" + ACCEPTED
                    + "；CSV 文件请在 Excel 中打开后另存为 .xlsx，再按模板导入");
        }
        // entry names stand in clear in a zip's headers; ZipInputStream cannot walk every valid
        // package (stored entries with data descriptors), so look for the names themselves
        boolean workbook = contains(bytes, "xl/workbook.xml");
        boolean document = contains(bytes, "word/document.xml");
        boolean manifest = contains(bytes, "imsmanifest.xml");
        if (workbook) {
            return XLSX;
        }
        if (document) {
            return DOCX;
        }
        if (manifest) {
            return QTI_PACKAGE;
        }
        throw new RuleViolation("压缩包中既不是 Excel/Word 文件，也没有 imsmanifest.xml：" + ACCEPTED);
    }

    private static boolean contains(byte[] bytes, String name) {
        byte[] needle = name.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
