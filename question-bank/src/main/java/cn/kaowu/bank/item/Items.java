package cn.kaowu.bank.item;

import cn.kaowu.core.identity.Caller;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The items and their versions in the database (plain JDBC; callers hold the transaction).
 * Versions are only ever inserted; only their measured p-value is set afterwards.
 */
@Singleton
public class Items {

    static final String VERSION_COLUMNS = "v.item_id, v.version, v.item_type, v.stem, v.option_a, v.option_b, "
            + "v.option_c, v.option_d, v.option_e, v.option_f, v.answer_key, v.explanation, v.points, v.content_area, "
            + "v.industries, v.categories, v.difficulty, v.p_value, v.law_name, v.law_article, v.knowledge_point, "
            + "v.source, v.author, v.created_by, v.created_at";
    private static final String ITEM_COLUMNS = "id, item_type, status, latest_version, active_version, review_comment, "
            + "created_by, created_at, updated_at, approved_by, approved_at";
    private static final int CHUNK = 1000;
    private static final int BATCH = 500;

    private final JdbcOperations jdbc;

    public Items(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A new item with its version 1; returns the item id. */
    public long insert(ItemDraft draft, ItemStatus status, Caller caller, Instant now) {
        return insertAll(List.of(draft), status, caller, now).get(0);
    }

    /**
     * Many new items, each with version 1, in batches. When {@code status} is ACTIVE the version is
     * the active one and the caller is recorded as approver.
     */
    public List<Long> insertAll(List<ItemDraft> drafts, ItemStatus status, Caller caller, Instant now) {
        boolean active = status == ItemStatus.ACTIVE;
        List<Long> ids = new ArrayList<>(drafts.size());
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO item (item_type, status, latest_version, active_version, created_by, created_at, "
                            + "updated_at, approved_by, approved_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Timestamp at = Timestamp.from(now);
                for (int start = 0; start < drafts.size(); start += BATCH) {
                    int end = Math.min(drafts.size(), start + BATCH);
                    for (ItemDraft draft : drafts.subList(start, end)) {
                        statement.setString(1, draft.type().name());
                        statement.setString(2, status.name());
                        if (active) {
                            statement.setInt(3, 1);
                        } else {
                            statement.setNull(3, Types.INTEGER);
                        }
                        statement.setString(4, caller.username());
                        statement.setTimestamp(5, at);
                        statement.setTimestamp(6, at);
                        statement.setString(7, active ? caller.username() : null);
                        statement.setTimestamp(8, active ? at : null);
                        statement.addBatch();
                    }
                    statement.executeBatch();
                    try (ResultSet keys = statement.getGeneratedKeys()) {
                        while (keys.next()) {
                            ids.add(keys.getLong(1));
                        }
                    }
                }
            }
            if (ids.size() != drafts.size()) {
                throw new IllegalStateException("database returned " + ids.size() + " keys for " + drafts.size() + " items");
            }
            return null;
        });
        List<VersionRow> rows = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            rows.add(new VersionRow(ids.get(i), 1, drafts.get(i)));
        }
        insertVersions(rows, caller, now);
        return ids;
    }

    private record VersionRow(long itemId, int version, ItemDraft draft) {
    }

    /** Writes a further version of an existing item (the caller updates the item row). */
    public void insertVersion(long itemId, int version, ItemDraft draft, Caller caller, Instant now) {
        insertVersions(List.of(new VersionRow(itemId, version, draft)), caller, now);
    }

    private void insertVersions(List<VersionRow> rows, Caller caller, Instant now) {
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO item_version (item_id, version, item_type, stem, option_a, option_b, option_c, option_d, "
                            + "option_e, option_f, answer_key, explanation, points, content_area, industries, categories, "
                            + "difficulty, law_name, law_article, knowledge_point, source, author, created_by, created_by_id, "
                            + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Timestamp at = Timestamp.from(now);
                int pending = 0;
                for (VersionRow row : rows) {
                    ItemDraft d = row.draft();
                    Taxonomy t = d.taxonomy();
                    s.setLong(1, row.itemId());
                    s.setInt(2, row.version());
                    s.setString(3, d.type().name());
                    s.setString(4, d.stem());
                    for (int i = 0; i < 6; i++) {
                        s.setString(5 + i, i < d.options().size() ? d.options().get(i) : null);
                    }
                    s.setString(11, d.key());
                    s.setString(12, d.explanation());
                    s.setInt(13, d.points());
                    s.setString(14, t.contentArea());
                    s.setString(15, encode(t.industries()));
                    s.setString(16, encode(t.categories()));
                    s.setInt(17, t.difficulty());
                    s.setString(18, t.legalBasis().lawName());
                    s.setString(19, t.legalBasis().article());
                    s.setString(20, t.knowledgePoint());
                    s.setString(21, t.source());
                    s.setString(22, t.author());
                    s.setString(23, caller.username());
                    s.setLong(24, caller.accountId());
                    s.setTimestamp(25, at);
                    s.addBatch();
                    if (++pending == BATCH) {
                        s.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    s.executeBatch();
                }
            }
            return null;
        });
    }

    public Optional<ItemRecord> find(long id) {
        return findOne("SELECT " + ITEM_COLUMNS + " FROM item WHERE id = ?", id);
    }

    /** The item row locked until the transaction ends (review and edits serialise on it). */
    public Optional<ItemRecord> lock(long id) {
        return findOne("SELECT " + ITEM_COLUMNS + " FROM item WHERE id = ? FOR UPDATE", id);
    }

    private Optional<ItemRecord> findOne(String sql, long id) {
        return jdbc.prepareStatement(sql, s -> {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(readItem(rs)) : Optional.<ItemRecord>empty();
            }
        });
    }

    /** The items of the given ids, locked, in id order (missing ids are absent). */
    public List<ItemRecord> lockAll(Collection<Long> ids) {
        return findAll(ids, " FOR UPDATE");
    }

    /** The items of the given ids, in id order (missing ids are absent). */
    public List<ItemRecord> findAll(Collection<Long> ids) {
        return findAll(ids, "");
    }

    private List<ItemRecord> findAll(Collection<Long> ids, String lock) {
        List<ItemRecord> all = new ArrayList<>();
        List<Long> list = ids.stream().distinct().sorted().toList();
        for (int start = 0; start < list.size(); start += CHUNK) {
            List<Long> chunk = list.subList(start, Math.min(list.size(), start + CHUNK));
            String sql = "SELECT " + ITEM_COLUMNS + " FROM item WHERE id IN (" + placeholders(chunk.size())
                    + ") ORDER BY id" + lock;
            all.addAll(jdbc.prepareStatement(sql, s -> {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setLong(i + 1, chunk.get(i));
                }
                List<ItemRecord> found = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(readItem(rs));
                    }
                }
                return found;
            }));
        }
        return all;
    }

    public void updateState(ItemRecord item, Instant now) {
        jdbc.prepareStatement("UPDATE item SET status = ?, latest_version = ?, active_version = ?, review_comment = ?, "
                + "updated_at = ?, approved_by = ?, approved_at = ? WHERE id = ?", s -> {
            s.setString(1, item.status().name());
            s.setInt(2, item.latestVersion());
            if (item.activeVersion() == null) {
                s.setNull(3, Types.INTEGER);
            } else {
                s.setInt(3, item.activeVersion());
            }
            s.setString(4, item.reviewComment());
            s.setTimestamp(5, Timestamp.from(now));
            s.setString(6, item.approvedBy());
            s.setTimestamp(7, item.approvedAt() == null ? null : Timestamp.from(item.approvedAt()));
            s.setLong(8, item.id());
            return s.executeUpdate();
        });
    }

    /** Sets the empirical p-value of one version (the only column of a version that changes: it is measured, not authored). */
    public int updatePValue(VersionRef ref, Double pValue) {
        return jdbc.prepareStatement("UPDATE item_version SET p_value = ? WHERE item_id = ? AND version = ?", s -> {
            if (pValue == null) {
                s.setNull(1, Types.DECIMAL);
            } else {
                s.setBigDecimal(1, BigDecimal.valueOf(pValue).setScale(4, java.math.RoundingMode.HALF_UP));
            }
            s.setLong(2, ref.itemId());
            s.setInt(3, ref.version());
            return s.executeUpdate();
        });
    }

    public Optional<ItemVersion> version(long itemId, int version) {
        return jdbc.prepareStatement("SELECT " + VERSION_COLUMNS + " FROM item_version v WHERE v.item_id = ? AND v.version = ?",
                s -> {
                    s.setLong(1, itemId);
                    s.setInt(2, version);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? Optional.of(readVersion(rs)) : Optional.<ItemVersion>empty();
                    }
                });
    }

    public List<ItemVersion> versions(long itemId) {
        return jdbc.prepareStatement("SELECT " + VERSION_COLUMNS + " FROM item_version v WHERE v.item_id = ? ORDER BY v.version",
                s -> {
                    s.setLong(1, itemId);
                    return readVersions(s);
                });
    }

    /** Exact versions in bulk; the answer follows no particular order, missing refs are absent. */
    public List<ItemVersion> versions(Collection<VersionRef> refs) {
        Map<Long, List<Integer>> wanted = refs.stream().collect(Collectors.groupingBy(VersionRef::itemId,
                Collectors.mapping(VersionRef::version, Collectors.toList())));
        List<Long> ids = new ArrayList<>(wanted.keySet());
        List<ItemVersion> found = new ArrayList<>(refs.size());
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            String sql = "SELECT " + VERSION_COLUMNS + " FROM item_version v WHERE v.item_id IN ("
                    + placeholders(chunk.size()) + ")";
            List<ItemVersion> rows = jdbc.prepareStatement(sql, s -> {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setLong(i + 1, chunk.get(i));
                }
                return readVersions(s);
            });
            rows.stream().filter(v -> wanted.get(v.itemId()).contains(v.version())).forEach(found::add);
        }
        return found;
    }

    /** Stems of the newest version of every item that is not retired: what new stems are compared with. */
    public Map<Long, String> liveStems() {
        return jdbc.prepareStatement("SELECT i.id, v.stem FROM item i JOIN item_version v "
                + "ON v.item_id = i.id AND v.version = i.latest_version WHERE i.status <> 'RETIRED'", s -> {
            s.setFetchSize(2000);
            Map<Long, String> stems = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stems.put(rs.getLong(1), rs.getString(2));
                }
            }
            return stems;
        });
    }

    public long count() {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM item", s -> {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** "?, ?, ?" for an IN list. */
    public static String placeholdersOf(int n) {
        return placeholders(n);
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Codes between commas: ",MINING,MACHINERY," (one LIKE finds a code). */
    public static String encode(List<String> codes) {
        return "," + String.join(",", codes) + ",";
    }

    public static List<String> decode(String encoded) {
        if (encoded == null || encoded.length() <= 2) {
            return List.of();
        }
        return Arrays.stream(encoded.substring(1, encoded.length() - 1).split(",")).filter(c -> !c.isEmpty()).toList();
    }

    private static List<ItemVersion> readVersions(PreparedStatement s) throws SQLException {
        List<ItemVersion> list = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                list.add(readVersion(rs));
            }
        }
        return list;
    }

    static ItemVersion readVersion(ResultSet rs) throws SQLException {
        ItemType type = ItemType.valueOf(rs.getString(3));
        List<String> options = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String option = rs.getString(5 + i);
            if (option != null) {
                options.add(option);
            }
        }
        Taxonomy taxonomy = new Taxonomy(rs.getString(14), decode(rs.getString(15)), decode(rs.getString(16)),
                rs.getInt(17), new LegalBasis(rs.getString(19), rs.getString(20)), rs.getString(21),
                rs.getString(22), rs.getString(23));
        ItemDraft draft = new ItemDraft(type, rs.getString(4), options, rs.getString(11), rs.getString(12),
                rs.getInt(13), taxonomy);
        BigDecimal p = rs.getBigDecimal(18);
        return new ItemVersion(rs.getLong(1), rs.getInt(2), draft, p == null ? null : p.doubleValue(),
                rs.getString(24), rs.getTimestamp(25).toInstant());
    }

    private static ItemRecord readItem(ResultSet rs) throws SQLException {
        int active = rs.getInt(5);
        Integer activeVersion = rs.wasNull() ? null : active;
        Timestamp approvedAt = rs.getTimestamp(11);
        return new ItemRecord(rs.getLong(1), ItemType.valueOf(rs.getString(2)), ItemStatus.valueOf(rs.getString(3)),
                rs.getInt(4), activeVersion, rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                rs.getTimestamp(9).toInstant(), rs.getString(10), approvedAt == null ? null : approvedAt.toInstant());
    }
}
