package cn.kaowu.core.registry.importing;

import cn.kaowu.core.registry.domain.CreditCode;
import cn.kaowu.core.registry.domain.Hours;
import cn.kaowu.core.registry.domain.IdNumber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks every cell of every row, and ID numbers repeated within the file; collects all errors
 * rather than stopping at the first, so the user can fix the file in one go.
 */
public final class RosterRowValidator {

    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z·•.\\- ]{2,30}");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern HOURS = Pattern.compile("\\d{1,3}(\\.\\d)?");
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(200);

    private RosterRowValidator() {
    }

    /** The valid rows and the errors; valid rows are meaningful only when there are no errors. */
    public record Outcome(List<RosterRow> rows, List<RosterImportError> errors, int examplesSkipped) {
    }

    public static Outcome validate(List<RawRow> rawRows, LocalDate today) {
        List<RosterRow> rows = new ArrayList<>(rawRows.size());
        List<RosterImportError> errors = new ArrayList<>();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        int examples = 0;
        for (RawRow raw : rawRows) {
            if (RosterTemplate.isExample(raw)) {
                examples++;
                continue;
            }
            int before = errors.size();
            for (Map.Entry<RosterColumn, String> cellError : raw.cellErrors().entrySet()) {
                errors.add(new RosterImportError(raw.rowNumber(), cellError.getKey().header(), cellError.getValue()));
            }
            String name = text(raw, RosterColumn.NAME, errors);
            if (name != null && !NAME.matcher(name).matches()) {
                error(errors, raw, RosterColumn.NAME, "应为2–30个汉字或字母（当前“" + name + "”）");
            }
            IdNumber idNumber = null;
            if (!raw.cellErrors().containsKey(RosterColumn.ID_NUMBER)) {
                IdNumber.Parsed parsed = IdNumber.parse(raw.value(RosterColumn.ID_NUMBER), today);
                if (parsed.valid()) {
                    idNumber = parsed.number();
                    Integer first = firstRowOfId.putIfAbsent(idNumber.value(), raw.rowNumber());
                    if (first != null) {
                        error(errors, raw, RosterColumn.ID_NUMBER, "与第" + first + "行重复（" + IdNumber.mask(idNumber.value()) + "）");
                    }
                } else {
                    error(errors, raw, RosterColumn.ID_NUMBER, parsed.error());
                }
            }
            String phone = text(raw, RosterColumn.PHONE, errors);
            if (phone != null) {
                phone = phone.replace("-", "").replace(" ", "");
                if (phone.startsWith("+86")) {
                    phone = phone.substring(3);
                }
                if (!PHONE.matcher(phone).matches()) {
                    error(errors, raw, RosterColumn.PHONE, "应为11位手机号码（当前“" + raw.value(RosterColumn.PHONE) + "”）");
                }
            }
            String enterprise = text(raw, RosterColumn.ENTERPRISE, errors);
            if (enterprise != null && enterprise.length() > 200) {
                error(errors, raw, RosterColumn.ENTERPRISE, "不能超过200个字");
            }
            String creditCode = null;
            String codeText = raw.value(RosterColumn.CREDIT_CODE);
            if (!codeText.isEmpty()) {
                CreditCode.Parsed code = CreditCode.parse(codeText);
                if (code.valid()) {
                    creditCode = code.code().value();
                } else {
                    error(errors, raw, RosterColumn.CREDIT_CODE, code.error());
                }
            }
            String jobTitle = text(raw, RosterColumn.JOB_TITLE, errors);
            if (jobTitle != null && jobTitle.length() > 100) {
                error(errors, raw, RosterColumn.JOB_TITLE, "不能超过100个字");
            }
            BigDecimal online = hours(raw, RosterColumn.ONLINE_HOURS, errors);
            BigDecimal offline = hours(raw, RosterColumn.OFFLINE_HOURS, errors);
            BigDecimal practical = hours(raw, RosterColumn.PRACTICAL_HOURS, errors);
            if (errors.size() == before) {
                rows.add(new RosterRow(raw.rowNumber(), name, idNumber, phone, enterprise, creditCode, jobTitle,
                        new Hours(online, offline, practical)));
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(RosterImportError.file("文件没有数据行（只有示例行）"));
        }
        return new Outcome(rows, errors, examples);
    }

    private static String text(RawRow raw, RosterColumn column, List<RosterImportError> errors) {
        if (raw.cellErrors().containsKey(column)) {
            return null;
        }
        String value = raw.value(column);
        if (value.isEmpty()) {
            error(errors, raw, column, "不能为空");
            return null;
        }
        return value;
    }

    private static BigDecimal hours(RawRow raw, RosterColumn column, List<RosterImportError> errors) {
        if (raw.cellErrors().containsKey(column)) {
            return BigDecimal.ZERO;
        }
        String value = raw.value(column);
        if (value.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (!HOURS.matcher(value).matches() || new BigDecimal(value).compareTo(MAX_HOURS) > 0) {
            error(errors, raw, column, "应为0–200之间的数字，最多1位小数（当前“" + value + "”）");
            return BigDecimal.ZERO;
        }
        return new BigDecimal(value);
    }

    private static void error(List<RosterImportError> errors, RawRow raw, RosterColumn column, String message) {
        errors.add(new RosterImportError(raw.rowNumber(), column.header(), message));
    }
}
