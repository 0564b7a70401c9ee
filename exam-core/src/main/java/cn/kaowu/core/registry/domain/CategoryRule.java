package cn.kaowu.core.registry.domain;

import java.math.BigDecimal;

/**
 * The training rules of one personnel category in one year's rule set.
 *
 * @param categoryCode         e.g. PRINCIPAL, MANAGER, TEAM_LEADER
 * @param categoryName         its Chinese name, for messages
 * @param minHours             least total hours
 * @param maxHours             most total hours
 * @param minInPersonPercent   least share of in-person (offline + practical) hours, in percent
 * @param minPracticalPercent  least share of practical hours, in percent (0 when none required)
 * @param maxClassSize         most trainees in one offline class
 */
public record CategoryRule(String categoryCode, String categoryName, BigDecimal minHours, BigDecimal maxHours,
                           BigDecimal minInPersonPercent, BigDecimal minPracticalPercent, int maxClassSize) {
}
