package cn.kaowu.bank.item;

import cn.kaowu.core.reference.ReferenceData;
import cn.kaowu.core.reference.ReferenceEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of the reference data an item is classified by (content areas, industries,
 * personnel categories), read once per import or save so that 20,000 rows do not ask the
 * database 60,000 times. Resolves a code or a Chinese name, also a name without its
 * parenthesised suffix (矿山 for 矿山（含煤矿）) and a few customary short names of the
 * personnel categories.
 */
public final class Vocabulary {

    /** Customary short names people write for the personnel categories of V2 (code → aliases). */
    private static final Map<String, List<String>> CATEGORY_ALIASES = Map.of(
            "PRINCIPAL", List.of("分管负责人", "第一类"),
            "MANAGER", List.of("专职安全管理人员", "专职安全、职业健康管理人员", "安全管理人员", "第二类"),
            "TEAM_LEADER", List.of("班组长", "车间主任", "车队长", "第三类"));

    private final Map<String, String> areas;
    private final Map<String, String> industries;
    private final Map<String, String> categories;

    public Vocabulary(List<ReferenceEntry> areas, List<ReferenceEntry> industries, List<ReferenceEntry> categories) {
        this.areas = toMap(areas);
        this.industries = toMap(industries);
        this.categories = toMap(categories);
    }

    public static Vocabulary of(ReferenceData referenceData) {
        return new Vocabulary(referenceData.contentAreas(), referenceData.industries(),
                referenceData.personnelCategories());
    }

    private static Map<String, String> toMap(List<ReferenceEntry> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.code(), e.name()));
        return map;
    }

    public Map<String, String> areas() {
        return areas;
    }

    public Map<String, String> industries() {
        return industries;
    }

    public Map<String, String> categories() {
        return categories;
    }

    public Optional<String> areaCode(String codeOrName) {
        return resolve(areas, codeOrName, Map.of());
    }

    public Optional<String> industryCode(String codeOrName) {
        return resolve(industries, codeOrName, Map.of());
    }

    public Optional<String> categoryCode(String codeOrName) {
        return resolve(categories, codeOrName, CATEGORY_ALIASES);
    }

    public String areaName(String code) {
        return areas.getOrDefault(code, code);
    }

    public String industryName(String code) {
        return Taxonomy.ALL.equals(code) ? "全部" : industries.getOrDefault(code, code);
    }

    public String categoryName(String code) {
        return Taxonomy.ALL.equals(code) ? "全部" : categories.getOrDefault(code, code);
    }

    private static Optional<String> resolve(Map<String, String> entries, String codeOrName,
                                            Map<String, List<String>> aliases) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String wanted = codeOrName.strip();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String name = e.getValue();
            if (e.getKey().equalsIgnoreCase(wanted) || name.equals(wanted) || name.startsWith(wanted + "（")
                    || name.startsWith(wanted + "(")) {
                return Optional.of(e.getKey());
            }
        }
        for (Map.Entry<String, List<String>> alias : aliases.entrySet()) {
            if (entries.containsKey(alias.getKey()) && alias.getValue().contains(wanted)) {
                return Optional.of(alias.getKey());
            }
        }
        return Optional.empty();
    }
}
