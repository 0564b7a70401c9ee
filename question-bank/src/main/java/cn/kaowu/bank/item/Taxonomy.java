package cn.kaowu.bank.item;

import java.util.List;
import java.util.Objects;

/**
 * How an item is classified; every code comes from the reference data (content_area, industry,
 * personnel_category), never from an enum.
 *
 * @param contentArea    content-area code (POLICY, LAW, ...)
 * @param industries     industry codes, or {@code [ALL]} for every industry
 * @param categories     personnel-category codes, or {@code [ALL]} for every category
 * @param difficulty     1 (easy) to 5 (hard), as the author judged it
 * @param legalBasis     the law and article the item rests on, may be {@link LegalBasis#NONE}
 * @param knowledgePoint 知识点, free text, may be empty
 * @param source         来源, free text, may be empty
 * @param author         the person who wrote the item (may differ from the account that typed it)
 */
public record Taxonomy(String contentArea, List<String> industries, List<String> categories, int difficulty,
                       LegalBasis legalBasis, String knowledgePoint, String source, String author) {

    /** The marker for "every industry" / "every personnel category" (全部). */
    public static final String ALL = "ALL";

    public Taxonomy {
        contentArea = contentArea == null ? "" : contentArea;
        industries = industries == null ? List.of() : List.copyOf(industries);
        categories = categories == null ? List.of() : List.copyOf(categories);
        legalBasis = Objects.requireNonNullElse(legalBasis, LegalBasis.NONE);
        knowledgePoint = knowledgePoint == null ? "" : knowledgePoint;
        source = source == null ? "" : source;
        author = author == null ? "" : author;
    }

    public boolean allIndustries() {
        return industries.contains(ALL);
    }

    public boolean allCategories() {
        return categories.contains(ALL);
    }

    /** Whether an item with this taxonomy may be set to a class of that industry and category. */
    public boolean fits(String industryCode, String categoryCode) {
        return (allIndustries() || industries.contains(industryCode))
                && (allCategories() || categories.contains(categoryCode));
    }
}
