package cn.kaowu.core.registry.domain;

import java.math.BigDecimal;

/** The seeds' default rules, for the policy tests. */
final class Rules {

    static final CategoryRule PRINCIPAL = rule("PRINCIPAL", "分管负责人", 12, 48, 0, 40);
    static final CategoryRule MANAGER = rule("MANAGER", "专职安全、职业健康管理人员", 12, 48, 0, 80);
    static final CategoryRule TEAM_LEADER = rule("TEAM_LEADER", "班组长", 20, 72, 25, 80);

    private Rules() {
    }

    private static CategoryRule rule(String code, String name, int min, int max, int practical, int size) {
        return new CategoryRule(code, name, BigDecimal.valueOf(min), BigDecimal.valueOf(max), BigDecimal.valueOf(60),
                BigDecimal.valueOf(practical), size);
    }
}
