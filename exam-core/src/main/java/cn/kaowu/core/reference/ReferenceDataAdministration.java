package cn.kaowu.core.reference;

import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.RuleViolation;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/**
 * The administrator's changes to reference data: add a row, rename it, retire it (it stays for
 * the records that use it but is no longer offered) or bring it back. Codes never change.
 */
@Singleton
public class ReferenceDataAdministration {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,40}");

    private final JdbcOperations jdbc;
    private final AuditLog auditLog;

    public ReferenceDataAdministration(JdbcOperations jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** Every row of a list, retired ones included (administrator only). */
    @Transactional
    public List<ReferenceRow> rows(Caller caller, ReferenceKind kind) {
        AccessPolicy.requireAdministrator(caller);
        return jdbc.prepareStatement("SELECT code, name, " + detailColumn(kind) + ", sort_order, active FROM " + kind.table()
                + " ORDER BY sort_order, code", statement -> {
            List<ReferenceRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ReferenceRow(rs.getString(1), rs.getString(2), detail(kind, rs.getObject(3)),
                            rs.getInt(4), rs.getBoolean(5)));
                }
            }
            return rows;
        });
    }

    /**
     * Adds a row. {@code detail} is the list's extra text (see {@link ReferenceRow}); for an
     * industry "是" marks one of the four national industries.
     */
    @Transactional
    public ReferenceRow add(Caller caller, ReferenceKind kind, String code, String name, String detail, int sortOrder) {
        AccessPolicy.requireAdministrator(caller);
        String cleanCode = code == null ? "" : code.strip().toUpperCase();
        String cleanName = name == null ? "" : name.strip();
        List<String> problems = new ArrayList<>();
        if (!CODE.matcher(cleanCode).matches()) {
            problems.add("代码应为2–40位大写字母、数字或下划线");
        } else if (exists(kind, cleanCode)) {
            problems.add(kind.label() + "代码" + cleanCode + "已存在");
        }
        if (cleanName.isEmpty() || cleanName.length() > 60) {
            problems.add("名称不能为空且不超过60个字");
        } else if (nameTaken(kind, cleanName, cleanCode)) {
            problems.add(kind.label() + "名称“" + cleanName + "”已存在");
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        String detailText = detail == null || detail.isBlank() ? cleanName : detail.strip();
        Object detailValue = kind == ReferenceKind.INDUSTRY ? (Object) "是".equals(detailText) : detailText;
        jdbc.prepareStatement("INSERT INTO " + kind.table() + " (code, name, " + detailColumn(kind) + ", sort_order, active) "
                + "VALUES (?, ?, ?, ?, TRUE)", statement -> {
            statement.setString(1, cleanCode);
            statement.setString(2, cleanName);
            statement.setObject(3, detailValue);
            statement.setInt(4, sortOrder);
            return statement.executeUpdate();
        });
        auditLog.record(caller, "reference.add", kind.table(), cleanCode, cleanName);
        return row(caller, kind, cleanCode);
    }

    /** Renames a row; its code, and every record using it, stay as they are. */
    @Transactional
    public ReferenceRow rename(Caller caller, ReferenceKind kind, String code, String newName) {
        AccessPolicy.requireAdministrator(caller);
        ReferenceRow current = row(caller, kind, code);
        String cleanName = newName == null ? "" : newName.strip();
        if (cleanName.isEmpty() || cleanName.length() > 60) {
            throw new RuleViolation("名称不能为空且不超过60个字");
        }
        if (nameTaken(kind, cleanName, current.code())) {
            throw new RuleViolation(kind.label() + "名称“" + cleanName + "”已存在");
        }
        update("UPDATE " + kind.table() + " SET name = ? WHERE code = ?", cleanName, current.code());
        auditLog.record(caller, "reference.rename", kind.table(), current.code(), current.name() + " → " + cleanName);
        return row(caller, kind, current.code());
    }

    /** Retires a row: no longer offered for new records; existing records keep it. */
    @Transactional
    public ReferenceRow retire(Caller caller, ReferenceKind kind, String code) {
        return setActive(caller, kind, code, false);
    }

    /** Offers a retired row again. */
    @Transactional
    public ReferenceRow reactivate(Caller caller, ReferenceKind kind, String code) {
        return setActive(caller, kind, code, true);
    }

    private ReferenceRow setActive(Caller caller, ReferenceKind kind, String code, boolean active) {
        AccessPolicy.requireAdministrator(caller);
        ReferenceRow current = row(caller, kind, code);
        if (current.active() == active) {
            throw new RuleViolation(kind.label() + "“" + current.name() + "”已经" + (active ? "在用" : "停用"));
        }
        update("UPDATE " + kind.table() + " SET active = ? WHERE code = ?", active, current.code());
        auditLog.record(caller, active ? "reference.reactivate" : "reference.retire", kind.table(), current.code(), current.name());
        return row(caller, kind, current.code());
    }

    private ReferenceRow row(Caller caller, ReferenceKind kind, String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase();
        return rows(caller, kind).stream().filter(r -> r.code().equals(wanted)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(kind.label() + "代码" + wanted + "不存在"));
    }

    private boolean exists(ReferenceKind kind, String code) {
        return count("SELECT COUNT(*) FROM " + kind.table() + " WHERE code = ?", code) > 0;
    }

    private boolean nameTaken(ReferenceKind kind, String name, String exceptCode) {
        return count("SELECT COUNT(*) FROM " + kind.table() + " WHERE name = ? AND code <> ?", name, exceptCode) > 0;
    }

    private long count(String sql, Object... params) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void update(String sql, Object... params) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        });
    }

    private static String detailColumn(ReferenceKind kind) {
        return switch (kind) {
            case INDUSTRY -> "national";
            case PERSONNEL_CATEGORY -> "short_name";
            case CONTENT_AREA -> "description";
            case COUNTY -> "city";
        };
    }

    private static String detail(ReferenceKind kind, Object value) {
        if (kind == ReferenceKind.INDUSTRY) {
            return Boolean.TRUE.equals(value) || Integer.valueOf(1).equals(value) ? "是" : "否";
        }
        return value == null ? "" : value.toString();
    }
}
