package cn.kaowu.core.registry.service;

import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.registry.domain.CategoryRule;
import cn.kaowu.core.registry.domain.TrainingRules;
import cn.kaowu.core.registry.persistence.Sql;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training rules per project year (学时、线下占比、实训占比、班次人数). A project year uses the
 * rule set of the latest year not after it; year 0 holds the seeds' defaults.
 */
@Singleton
public class TrainingRulesService {

    private final Sql sql;
    private final AuditLog auditLog;

    public TrainingRulesService(Sql sql, AuditLog auditLog) {
        this.sql = sql;
        this.auditLog = auditLog;
    }

    /** The rules that apply to a project year; any role may read them (they are published rules). */
    @Transactional
    public TrainingRules rulesFor(Caller caller, int year) {
        return rulesFor(year);
    }

    /** The years that have a rule set of their own (0 = defaults). */
    @Transactional
    public List<Integer> ruleYears(Caller caller) {
        return sql.list("SELECT DISTINCT rule_year FROM training_rule ORDER BY rule_year", rs -> rs.getInt(1));
    }

    /**
     * Sets the rule set of a year (administrator only), replacing any set that year had. Every
     * active personnel category must have a rule.
     */
    @Transactional
    public TrainingRules setRules(Caller caller, int year, List<CategoryRule> rules) {
        AccessPolicy.requireAdministrator(caller);
        List<String> problems = new ArrayList<>();
        List<String> categories = sql.list("SELECT code FROM personnel_category WHERE active = TRUE ORDER BY sort_order",
                rs -> rs.getString(1));
        for (String category : categories) {
            if (rules.stream().noneMatch(r -> r.categoryCode().equals(category))) {
                problems.add("缺少人员类别" + category + "的规则");
            }
        }
        for (CategoryRule rule : rules) {
            if (!categories.contains(rule.categoryCode())) {
                problems.add("人员类别" + rule.categoryCode() + "不存在或已停用");
            }
            if (rule.minHours().signum() <= 0 || rule.maxHours().compareTo(rule.minHours()) < 0) {
                problems.add(rule.categoryCode() + "：学时下限应大于0且不大于上限");
            }
            if (outOfPercent(rule.minInPersonPercent()) || outOfPercent(rule.minPracticalPercent())) {
                problems.add(rule.categoryCode() + "：比例应在0–100%之间");
            }
            if (rule.maxClassSize() < 1) {
                problems.add(rule.categoryCode() + "：班次人数上限应至少为1");
            }
        }
        if (year < 2000 || year > 2100) {
            problems.add("年度应在2000–2100之间");
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        sql.update("DELETE FROM training_rule WHERE rule_year = ?", year);
        for (CategoryRule rule : rules) {
            sql.update("INSERT INTO training_rule (rule_year, category_code, min_hours, max_hours, min_in_person_percent, "
                            + "min_practical_percent, max_class_size) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    year, rule.categoryCode(), rule.minHours(), rule.maxHours(), rule.minInPersonPercent(),
                    rule.minPracticalPercent(), rule.maxClassSize());
        }
        auditLog.record(caller, "rules.set", "training_rule", String.valueOf(year), describe(rules));
        return rulesFor(year);
    }

    /** Internal: the rules of a year, for the other registry services (no access check). */
    TrainingRules rulesFor(int year) {
        Integer ruleYear = sql.one("SELECT MAX(rule_year) FROM training_rule WHERE rule_year <= ?",
                rs -> {
                    int value = rs.getInt(1);
                    return rs.wasNull() ? null : value;
                }, year).orElse(null);
        int effective = ruleYear == null ? 0 : ruleYear;
        Map<String, CategoryRule> rules = new HashMap<>();
        sql.list("SELECT r.category_code, c.name, r.min_hours, r.max_hours, r.min_in_person_percent, "
                        + "r.min_practical_percent, r.max_class_size FROM training_rule r "
                        + "JOIN personnel_category c ON c.code = r.category_code WHERE r.rule_year = ?",
                rs -> new CategoryRule(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getInt(7)), effective)
                .forEach(rule -> rules.put(rule.categoryCode(), rule));
        return new TrainingRules(effective, rules);
    }

    /** Internal: the rule of a category in a year, or a violation saying none is set. */
    CategoryRule ruleFor(int year, String categoryCode) {
        return rulesFor(year).forCategory(categoryCode).orElseThrow(() -> new RuleViolation(
                "人员类别" + categoryCode + "在" + year + "年度没有培训规则，请系统管理员先设置"));
    }

    private static boolean outOfPercent(java.math.BigDecimal value) {
        return value.signum() < 0 || value.compareTo(java.math.BigDecimal.valueOf(100)) > 0;
    }

    private static String describe(List<CategoryRule> rules) {
        StringBuilder text = new StringBuilder();
        for (CategoryRule r : rules) {
            text.append(r.categoryCode()).append(' ').append(r.minHours().toPlainString()).append('-')
                    .append(r.maxHours().toPlainString()).append("h 线下≥").append(r.minInPersonPercent().toPlainString())
                    .append("% 实训≥").append(r.minPracticalPercent().toPlainString()).append("% 每班≤")
                    .append(r.maxClassSize()).append("; ");
        }
        return text.toString();
    }
}
