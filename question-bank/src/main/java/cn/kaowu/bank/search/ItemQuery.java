package cn.kaowu.bank.search;

import cn.kaowu.bank.item.ItemStatus;
import cn.kaowu.bank.item.ItemType;

import java.util.Set;

/**
 * A page of the bank for a lazy grid: filters by every taxonomy field and status, full text on
 * the stem, sort, offset and limit. Empty sets and null texts mean "no filter". Filters on
 * industries / categories match items for any of the given codes, and items for 全部.
 *
 * @param text           part of the stem (Chinese: plain substring)
 * @param types          题型
 * @param statuses       review status
 * @param contentAreas   content-area codes
 * @param industries     industry codes
 * @param categories     personnel-category codes
 * @param difficulties   1–5
 * @param lawName        part of the law's name (安全生产法)
 * @param knowledgePoint part of the knowledge point
 * @param source         part of the source
 * @param author         part of the author's name
 * @param sort           sort column
 * @param descending     sort direction
 * @param offset         rows to skip
 * @param limit          rows to return (1–500)
 */
public record ItemQuery(String text, Set<ItemType> types, Set<ItemStatus> statuses, Set<String> contentAreas,
                        Set<String> industries, Set<String> categories, Set<Integer> difficulties, String lawName,
                        String knowledgePoint, String source, String author, Sort sort, boolean descending,
                        int offset, int limit) {

    /** What a grid may sort by. */
    public enum Sort {
        ID("i.id"), UPDATED("i.updated_at"), TYPE("i.item_type"), CONTENT_AREA("v.content_area"),
        DIFFICULTY("v.difficulty"), STATUS("i.status");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    public ItemQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        contentAreas = contentAreas == null ? Set.of() : Set.copyOf(contentAreas);
        industries = industries == null ? Set.of() : Set.copyOf(industries);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        difficulties = difficulties == null ? Set.of() : Set.copyOf(difficulties);
        sort = sort == null ? Sort.ID : sort;
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(500, limit));
    }

    /** Everything, newest id first. */
    public static ItemQuery all(int offset, int limit) {
        return new ItemQuery(null, null, null, null, null, null, null, null, null, null, null, Sort.ID, true, offset, limit);
    }

    public ItemQuery withText(String value) {
        return new ItemQuery(value, types, statuses, contentAreas, industries, categories, difficulties, lawName,
                knowledgePoint, source, author, sort, descending, offset, limit);
    }

    public ItemQuery withTypes(Set<ItemType> value) {
        return new ItemQuery(text, value, statuses, contentAreas, industries, categories, difficulties, lawName,
                knowledgePoint, source, author, sort, descending, offset, limit);
    }

    public ItemQuery withStatuses(Set<ItemStatus> value) {
        return new ItemQuery(text, types, value, contentAreas, industries, categories, difficulties, lawName,
                knowledgePoint, source, author, sort, descending, offset, limit);
    }

    public ItemQuery withContentAreas(Set<String> value) {
        return new ItemQuery(text, types, statuses, value, industries, categories, difficulties, lawName,
                knowledgePoint, source, author, sort, descending, offset, limit);
    }

    public ItemQuery withIndustries(Set<String> value) {
        return new ItemQuery(text, types, statuses, contentAreas, value, categories, difficulties, lawName,
                knowledgePoint, source, author, sort, descending, offset, limit);
    }

    public ItemQuery withCategories(Set<String> value) {
        return new ItemQuery(text, types, statuses, contentAreas, industries, value, difficulties, lawName,
                knowledgePoint, source, author, sort, descending, offset, limit);
    }

    public ItemQuery withDifficulties(Set<Integer> value) {
        return new ItemQuery(text, types, statuses, contentAreas, industries, categories, value, lawName,
                knowledgePoint, source, author, sort, descending, offset, limit);
    }

    public ItemQuery withLawName(String value) {
        return new ItemQuery(text, types, statuses, contentAreas, industries, categories, difficulties, value,
                knowledgePoint, source, author, sort, descending, offset, limit);
    }

    public ItemQuery withKnowledgePoint(String value) {
        return new ItemQuery(text, types, statuses, contentAreas, industries, categories, difficulties, lawName,
                value, source, author, sort, descending, offset, limit);
    }

    public ItemQuery withSource(String value) {
        return new ItemQuery(text, types, statuses, contentAreas, industries, categories, difficulties, lawName,
                knowledgePoint, value, author, sort, descending, offset, limit);
    }

    public ItemQuery withAuthor(String value) {
        return new ItemQuery(text, types, statuses, contentAreas, industries, categories, difficulties, lawName,
                knowledgePoint, source, value, sort, descending, offset, limit);
    }

    public ItemQuery sortedBy(Sort value, boolean descendingOrder) {
        return new ItemQuery(text, types, statuses, contentAreas, industries, categories, difficulties, lawName,
                knowledgePoint, source, author, value, descendingOrder, offset, limit);
    }

    public ItemQuery page(int newOffset, int newLimit) {
        return new ItemQuery(text, types, statuses, contentAreas, industries, categories, difficulties, lawName,
                knowledgePoint, source, author, sort, descending, newOffset, newLimit);
    }
}
