package cn.kaowu.core.registry.service;

import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.OrganisationKind;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.reference.ReferenceData;
import cn.kaowu.core.reference.ReferenceKind;
import cn.kaowu.core.registry.domain.CreditCode;
import cn.kaowu.core.registry.domain.TextNormaliser;
import cn.kaowu.core.registry.persistence.Sql;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Training institutions (施教单位) and their benefiting enterprises (受益企业). An institution is an
 * {@code organisation} row of kind INSTITUTION, so institution accounts scope to it.
 */
@Singleton
public class InstitutionService {

    private static final String INSTITUTION_COLUMNS = "o.id, o.name, o.credit_code, o.county_code, i.contact_name, "
            + "i.contact_phone, i.address, i.active FROM organisation o JOIN institution i ON i.organisation_id = o.id";
    private static final String ENTERPRISE_COLUMNS =
            "id, institution_id, name, credit_code, industry_code, county_code FROM enterprise";

    private final Sql sql;
    private final AuditLog auditLog;
    private final ReferenceData referenceData;
    private final Clock clock;

    public InstitutionService(Sql sql, AuditLog auditLog, ReferenceData referenceData, Clock clock) {
        this.sql = sql;
        this.auditLog = auditLog;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /** Registers an institution (the bureau only): an organisation of kind INSTITUTION plus details. */
    @Transactional
    public InstitutionView registerInstitution(Caller caller, NewInstitution draft) {
        AccessPolicy.requireBureau(caller);
        List<String> problems = new ArrayList<>();
        String name = TextNormaliser.normalise(draft.name());
        if (name.isEmpty()) {
            problems.add("单位名称不能为空");
        } else if (sql.count("SELECT COUNT(*) FROM organisation WHERE name = ?", name) > 0) {
            problems.add("单位名称“" + name + "”已存在");
        }
        CreditCode.Parsed code = CreditCode.parse(TextNormaliser.normalise(draft.creditCode()));
        if (!code.valid()) {
            problems.add("统一社会信用代码：" + code.error());
        } else if (sql.count("SELECT COUNT(*) FROM organisation WHERE credit_code = ?", code.code().value()) > 0) {
            problems.add("统一社会信用代码" + code.code().value() + "已被其他单位使用");
        }
        if (referenceData.find(ReferenceKind.COUNTY, draft.countyCode()).isEmpty()) {
            problems.add("县（市、区）“" + draft.countyCode() + "”不存在");
        }
        if (TextNormaliser.normalise(draft.contactName()).isEmpty()) {
            problems.add("联系人不能为空");
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        String county = referenceData.find(ReferenceKind.COUNTY, draft.countyCode()).orElseThrow().code();
        long id = sql.insert("INSERT INTO organisation (kind, name, credit_code, county_code, created_at) VALUES (?, ?, ?, ?, ?)",
                OrganisationKind.INSTITUTION, name, code.code().value(), county, clock.instant());
        sql.update("INSERT INTO institution (organisation_id, contact_name, contact_phone, address, active) VALUES (?, ?, ?, ?, TRUE)",
                id, TextNormaliser.normalise(draft.contactName()), TextNormaliser.normalise(draft.contactPhone()),
                TextNormaliser.normalise(draft.address()));
        auditLog.record(caller, "institution.register", "organisation", String.valueOf(id), name + " " + code.code().value());
        return institution(id);
    }

    /** The institutions in the caller's scope: all for the bureau and reviewer, its own for an institution. */
    @Transactional
    public List<InstitutionView> institutions(Caller caller) {
        AccessPolicy.requireRegistryList(caller);
        if (AccessPolicy.registryScopedToOwnInstitution(caller)) {
            return sql.list("SELECT " + INSTITUTION_COLUMNS + " WHERE o.id = ?", InstitutionService::institutionRow,
                    caller.organisationId());
        }
        return sql.list("SELECT " + INSTITUTION_COLUMNS + " ORDER BY o.name", InstitutionService::institutionRow);
    }

    @Transactional
    public InstitutionView institution(Caller caller, long institutionId) {
        AccessPolicy.requireRegistryRead(caller, institutionId);
        return institution(institutionId);
    }

    /** Registers an enterprise under an institution: the bureau, or the institution itself. */
    @Transactional
    public EnterpriseView registerEnterprise(Caller caller, long institutionId, NewEnterprise draft) {
        AccessPolicy.requireRegistryWrite(caller, institutionId);
        institution(institutionId);
        List<String> problems = new ArrayList<>();
        String name = TextNormaliser.normalise(draft.name());
        if (name.isEmpty()) {
            problems.add("企业名称不能为空");
        } else if (sql.count("SELECT COUNT(*) FROM enterprise WHERE institution_id = ? AND name = ?", institutionId, name) > 0) {
            problems.add("企业“" + name + "”已登记");
        }
        String creditCode = null;
        String codeText = TextNormaliser.normalise(draft.creditCode());
        if (!codeText.isEmpty()) {
            CreditCode.Parsed code = CreditCode.parse(codeText);
            if (code.valid()) {
                creditCode = code.code().value();
            } else {
                problems.add("统一社会信用代码：" + code.error());
            }
        }
        String industry = optionalReference(ReferenceKind.INDUSTRY, draft.industryCode(), problems);
        String county = optionalReference(ReferenceKind.COUNTY, draft.countyCode(), problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        long id = sql.insert("INSERT INTO enterprise (institution_id, name, credit_code, industry_code, county_code, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", institutionId, name, creditCode, industry, county, clock.instant());
        auditLog.record(caller, "enterprise.register", "enterprise", String.valueOf(id), name);
        return sql.one("SELECT " + ENTERPRISE_COLUMNS + " WHERE id = ?", InstitutionService::enterpriseRow, id).orElseThrow();
    }

    /** The enterprises of one institution. */
    @Transactional
    public List<EnterpriseView> enterprises(Caller caller, long institutionId) {
        AccessPolicy.requireRegistryList(caller);
        AccessPolicy.requireRegistryRead(caller, institutionId);
        return sql.list("SELECT " + ENTERPRISE_COLUMNS + " WHERE institution_id = ? ORDER BY name",
                InstitutionService::enterpriseRow, institutionId);
    }

    InstitutionView institution(long institutionId) {
        return sql.one("SELECT " + INSTITUTION_COLUMNS + " WHERE o.id = ?", InstitutionService::institutionRow, institutionId)
                .orElseThrow(() -> new NoSuchElementException("施教单位" + institutionId + "不存在"));
    }

    private String optionalReference(ReferenceKind kind, String codeOrName, List<String> problems) {
        String text = TextNormaliser.normalise(codeOrName);
        if (text.isEmpty()) {
            return null;
        }
        var entry = referenceData.find(kind, text);
        if (entry.isEmpty()) {
            problems.add(kind.label() + "“" + text + "”不存在");
            return null;
        }
        return entry.get().code();
    }

    static InstitutionView institutionRow(ResultSet rs) throws SQLException {
        return new InstitutionView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBoolean(8));
    }

    static EnterpriseView enterpriseRow(ResultSet rs) throws SQLException {
        return new EnterpriseView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }
}
