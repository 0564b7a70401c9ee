package cn.kaowu.core.registry.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The rule set that applies to a project year: one {@link CategoryRule} per personnel category.
 *
 * @param year       the year the rules were set for (the set applies to later years too until replaced)
 * @param categories the rules by category code
 */
public record TrainingRules(int year, Map<String, CategoryRule> categories) {

    public TrainingRules {
        categories = Map.copyOf(categories);
    }

    public Optional<CategoryRule> forCategory(String categoryCode) {
        return Optional.ofNullable(categories.get(categoryCode));
    }
}
