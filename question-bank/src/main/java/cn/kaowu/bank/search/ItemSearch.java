package cn.kaowu.bank.search;

import cn.kaowu.bank.item.ItemStatus;
import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.item.Items;
import cn.kaowu.bank.item.LegalBasis;
import cn.kaowu.bank.item.Taxonomy;
import cn.kaowu.bank.item.VersionRef;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.reference.ReferenceData;
import cn.kaowu.core.reference.ReferenceEntry;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Searching and browsing the bank: a paged query with total count and facets, for a lazy grid.
 * Reads the newest version of each item. Paper builder (and administrator) only.
 */
@Singleton
public class ItemSearch {

    private static final String FROM = " FROM item i JOIN item_version v ON v.item_id = i.id AND v.version = i.latest_version";

    private final JdbcOperations jdbc;
    private final ReferenceData referenceData;

    public ItemSearch(JdbcOperations jdbc, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ItemPage search(Caller caller, ItemQuery query) {
        AccessPolicy.requireExamContent(caller);
        Where all = where(query, null);
        long total = count(all);
        List<ItemRow> rows = rows(query, all);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put("type", grouped("i.item_type", where(query, "type")));
        facets.put("status", grouped("i.status", where(query, "status")));
        facets.put("contentArea", grouped("v.content_area", where(query, "contentArea")));
        facets.put("difficulty", grouped("v.difficulty", where(query, "difficulty")));
        facets.put("industry", membership("v.industries", codes(referenceData.industries()), where(query, "industry")));
        facets.put("category", membership("v.categories", codes(referenceData.personnelCategories()),
                where(query, "category")));
        return new ItemPage(rows, total, facets);
    }

    /** One page of matches without total or facets (for a lazy grid's fetch callback). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ItemRow> rows(Caller caller, ItemQuery query) {
        AccessPolicy.requireExamContent(caller);
        return rows(query, where(query, null));
    }

    /** Just the count of matches (for a grid's size callback). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Caller caller, ItemQuery query) {
        AccessPolicy.requireExamContent(caller);
        return count(where(query, null));
    }

    /**
     * The newest version of every match, in the query's sort order, without paging (for export
     * of a filtered part of the bank).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionRef> matchingVersions(Caller caller, ItemQuery query) {
        AccessPolicy.requireExamContent(caller);
        Where where = where(query, null);
        String order = " ORDER BY " + query.sort().column + (query.descending() ? " DESC" : " ASC")
                + (query.sort() == ItemQuery.Sort.ID ? "" : ", i.id");
        return jdbc.prepareStatement("SELECT i.id, i.latest_version" + FROM + where.sql() + order, s -> {
            where.bind(s);
            List<VersionRef> refs = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    refs.add(new VersionRef(rs.getLong(1), rs.getInt(2)));
                }
            }
            return refs;
        });
    }

    private static List<String> codes(List<ReferenceEntry> entries) {
        List<String> codes = new ArrayList<>(entries.stream().map(ReferenceEntry::code).toList());
        codes.add(Taxonomy.ALL);
        return codes;
    }

    /** SQL conditions and their parameters; {@code skip} leaves one facet's own filter out. */
    private record Where(String sql, List<Object> parameters) {
        void bind(PreparedStatement s) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                Object p = parameters.get(i);
                if (p instanceof Integer n) {
                    s.setInt(i + 1, n);
                } else {
                    s.setString(i + 1, (String) p);
                }
            }
        }
    }

    private static Where where(ItemQuery q, String skip) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (q.text() != null && !q.text().isBlank()) {
            sql.append(" AND v.stem LIKE ?");
            parameters.add("%" + escapeLike(q.text().strip()) + "%");
        }
        if (!"type".equals(skip)) {
            in(sql, parameters, "i.item_type", q.types().stream().map(ItemType::name).toList());
        }
        if (!"status".equals(skip)) {
            in(sql, parameters, "i.status", q.statuses().stream().map(ItemStatus::name).toList());
        }
        if (!"contentArea".equals(skip)) {
            in(sql, parameters, "v.content_area", q.contentAreas());
        }
        if (!"difficulty".equals(skip) && !q.difficulties().isEmpty()) {
            sql.append(" AND v.difficulty IN (").append(Items.placeholdersOf(q.difficulties().size())).append(')');
            parameters.addAll(q.difficulties());
        }
        if (!"industry".equals(skip)) {
            anyOf(sql, parameters, "v.industries", q.industries());
        }
        if (!"category".equals(skip)) {
            anyOf(sql, parameters, "v.categories", q.categories());
        }
        contains(sql, parameters, "v.law_name", q.lawName());
        contains(sql, parameters, "v.knowledge_point", q.knowledgePoint());
        contains(sql, parameters, "v.source", q.source());
        contains(sql, parameters, "v.author", q.author());
        return new Where(sql.toString(), parameters);
    }

    private static void in(StringBuilder sql, List<Object> parameters, String column, Collection<String> values) {
        if (!values.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN (").append(Items.placeholdersOf(values.size())).append(')');
            parameters.addAll(values);
        }
    }

    private static void anyOf(StringBuilder sql, List<Object> parameters, String column, Collection<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        sql.append(" AND (").append(column).append(" = ',ALL,'");
        for (String code : codes) {
            sql.append(" OR ").append(column).append(" LIKE ?");
            parameters.add("%," + escapeLike(code) + ",%");
        }
        sql.append(')');
    }

    private static void contains(StringBuilder sql, List<Object> parameters, String column, String text) {
        if (text != null && !text.isBlank()) {
            sql.append(" AND ").append(column).append(" LIKE ?");
            parameters.add("%" + escapeLike(text.strip()) + "%");
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private long count(Where where) {
        return jdbc.prepareStatement("SELECT COUNT(*)" + FROM + where.sql(), s -> {
            where.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private List<ItemRow> rows(ItemQuery query, Where where) {
        String order = " ORDER BY " + query.sort().column + (query.descending() ? " DESC" : " ASC")
                + (query.sort() == ItemQuery.Sort.ID ? "" : ", i.id" + (query.descending() ? " DESC" : " ASC"));
        String sql = "SELECT i.id, i.item_type, i.status, i.latest_version, i.active_version, v.stem, v.content_area, "
                + "v.difficulty, v.p_value, v.industries, v.categories, v.law_name, v.law_article, v.knowledge_point, "
                + "v.source, v.author, i.updated_at" + FROM + where.sql() + order + " LIMIT ? OFFSET ?";
        return jdbc.prepareStatement(sql, s -> {
            where.bind(s);
            int next = where.parameters().size() + 1;
            s.setInt(next, query.limit());
            s.setInt(next + 1, query.offset());
            List<ItemRow> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int active = rs.getInt(5);
                    Integer activeVersion = rs.wasNull() ? null : active;
                    BigDecimal p = rs.getBigDecimal(9);
                    rows.add(new ItemRow(rs.getLong(1), ItemType.valueOf(rs.getString(2)),
                            ItemStatus.valueOf(rs.getString(3)), rs.getInt(4), activeVersion, rs.getString(6),
                            rs.getString(7), rs.getInt(8), p == null ? null : p.doubleValue(),
                            Items.decode(rs.getString(10)), Items.decode(rs.getString(11)),
                            new LegalBasis(rs.getString(12), rs.getString(13)).display(), rs.getString(14),
                            rs.getString(15), rs.getString(16), rs.getTimestamp(17).toInstant()));
                }
            }
            return rows;
        });
    }

    private Map<String, Long> grouped(String column, Where where) {
        return jdbc.prepareStatement("SELECT " + column + ", COUNT(*)" + FROM + where.sql() + " GROUP BY " + column
                + " ORDER BY " + column, s -> {
            where.bind(s);
            Map<String, Long> counts = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        });
    }

    private Map<String, Long> membership(String column, List<String> codes, Where where) {
        String sums = codes.stream().map(c -> "SUM(CASE WHEN " + column + " LIKE ? THEN 1 ELSE 0 END)")
                .collect(Collectors.joining(", "));
        return jdbc.prepareStatement("SELECT " + sums + FROM + where.sql(), s -> {
            for (int i = 0; i < codes.size(); i++) {
                s.setString(i + 1, "%," + escapeLike(codes.get(i)) + ",%");
            }
            List<Object> shifted = where.parameters();
            for (int i = 0; i < shifted.size(); i++) {
                Object p = shifted.get(i);
                if (p instanceof Integer n) {
                    s.setInt(codes.size() + i + 1, n);
                } else {
                    s.setString(codes.size() + i + 1, (String) p);
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                for (int i = 0; i < codes.size(); i++) {
                    long n = rs.getLong(i + 1);
                    if (n > 0) {
                        counts.put(codes.get(i), n);
                    }
                }
            }
            return counts;
        });
    }
}
