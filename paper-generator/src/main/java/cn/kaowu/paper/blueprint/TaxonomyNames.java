package cn.kaowu.paper.blueprint;

import cn.kaowu.paper.assembly.CandidateItem;

import java.util.Map;

/**
 * The Chinese names of the reference codes a blueprint uses, so that rules and diagnoses speak
 * the user's language ("法律法规", not LAW). Codes missing from a map are unknown codes.
 */
public record TaxonomyNames(Map<String, String> areas, Map<String, String> industries,
                            Map<String, String> categories) {

    public TaxonomyNames {
        areas = Map.copyOf(areas);
        industries = Map.copyOf(industries);
        categories = Map.copyOf(categories);
    }

    public String area(String code) {
        return areas.getOrDefault(code, code);
    }

    public String industry(String code) {
        return code == null ? "全部行业" : industries.getOrDefault(code, code);
    }

    public String category(String code) {
        return code == null ? "全部人员类别" : categories.getOrDefault(code, code);
    }

    /** "单选题 × 法律法规 × 难度3" (the difficulty part only when the cell fixes it). */
    public String cell(BlueprintCell cell) {
        return cell.type().label() + " × " + area(cell.areaCode())
                + (cell.difficulty() == null ? "" : " × 难度" + cell.difficulty());
    }

    /** "单选题 × 法律法规 × 难度3" of one item. */
    public String item(CandidateItem item) {
        return item.type().label() + " × " + area(item.areaCode()) + " × 难度" + item.difficulty();
    }
}
