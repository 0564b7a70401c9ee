package cn.kaowu.bank.pool;

import cn.kaowu.bank.item.ItemRecord;
import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.item.ItemVersion;
import cn.kaowu.bank.item.Items;
import cn.kaowu.bank.item.Taxonomy;
import cn.kaowu.bank.item.VersionRef;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.RuleViolation;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the paper generator needs from the bank: the active items that fit a class (lightweight,
 * fast for tens of thousands), the full content of exact pinned versions in bulk, and a check
 * that chosen versions may still enter a new paper. Paper builder (and administrator) only.
 */
@Singleton
public class ItemPoolService {

    private final JdbcOperations jdbc;
    private final Items items;

    public ItemPoolService(JdbcOperations jdbc, Items items) {
        this.jdbc = jdbc;
        this.items = items;
    }

    /**
     * Active items (approved, not retired) that apply to the industry and the personnel category
     * (items for 全部 included), in item-id order. A null code means "any".
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PoolItem> activeItems(Caller caller, String industryCode, String categoryCode) {
        AccessPolicy.requireExamContent(caller);
        StringBuilder sql = new StringBuilder("SELECT i.id, i.active_version, v.item_type, v.content_area, v.difficulty, "
                + "v.p_value, v.industries, v.categories FROM item i JOIN item_version v "
                + "ON v.item_id = i.id AND v.version = i.active_version "
                + "WHERE i.active_version IS NOT NULL AND i.status <> 'RETIRED'");
        List<String> parameters = new ArrayList<>();
        if (industryCode != null) {
            sql.append(" AND (v.industries = ',ALL,' OR v.industries LIKE ?)");
            parameters.add("%," + industryCode + ",%");
        }
        if (categoryCode != null) {
            sql.append(" AND (v.categories = ',ALL,' OR v.categories LIKE ?)");
            parameters.add("%," + categoryCode + ",%");
        }
        sql.append(" ORDER BY i.id");
        return jdbc.prepareStatement(sql.toString(), s -> {
            for (int i = 0; i < parameters.size(); i++) {
                s.setString(i + 1, parameters.get(i));
            }
            s.setFetchSize(5000);
            Map<String, List<String>> decoded = new HashMap<>();
            List<PoolItem> pool = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    BigDecimal p = rs.getBigDecimal(6);
                    pool.add(new PoolItem(rs.getLong(1), rs.getInt(2), ItemType.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getInt(5), p == null ? null : p.doubleValue(),
                            decoded.computeIfAbsent(rs.getString(7), Items::decode),
                            decoded.computeIfAbsent(rs.getString(8), Items::decode)));
                }
            }
            return pool;
        });
    }

    /**
     * The full content (options, key, explanation, legal basis) of exact versions, in the order
     * asked; refuses when any version does not exist. Retired items still load: a sealed paper
     * keeps what it pinned.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ItemVersion> loadVersions(Caller caller, Collection<VersionRef> refs) {
        AccessPolicy.requireExamContent(caller);
        Map<VersionRef, ItemVersion> found = new HashMap<>();
        items.versions(refs).forEach(v -> found.put(v.ref(), v));
        List<String> missing = new ArrayList<>();
        List<ItemVersion> ordered = new ArrayList<>(refs.size());
        for (VersionRef ref : refs) {
            ItemVersion version = found.get(ref);
            if (version == null) {
                missing.add("试题" + ref.itemId() + "第" + ref.version() + "版不存在");
            } else {
                ordered.add(version);
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(missing);
        }
        return ordered;
    }

    /**
     * Refuses when any chosen version may not enter a new paper: the item is not active (draft,
     * submitted, returned, retired) or the version is not its active one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireUsable(Caller caller, Collection<VersionRef> refs) {
        AccessPolicy.requireExamContent(caller);
        Set<Long> ids = new HashSet<>();
        refs.forEach(r -> ids.add(r.itemId()));
        Map<Long, ItemRecord> records = new HashMap<>();
        for (ItemRecord record : items.findAll(ids)) {
            records.put(record.id(), record);
        }
        List<String> reasons = new ArrayList<>();
        for (VersionRef ref : refs) {
            ItemRecord record = records.get(ref.itemId());
            if (record == null) {
                reasons.add("试题" + ref.itemId() + "不存在");
            } else if (!record.usable()) {
                reasons.add("试题" + ref.itemId() + "当前为“" + record.status().label() + "”，只有已启用的试题可以组卷");
            } else if (record.activeVersion() != ref.version()) {
                reasons.add("试题" + ref.itemId() + "第" + ref.version() + "版不是启用版本（第" + record.activeVersion() + "版）");
            }
        }
        if (!reasons.isEmpty()) {
            throw new RuleViolation(reasons);
        }
    }

    /** Whether a pool item applies to a class of that industry and category. */
    public static boolean fits(PoolItem item, String industryCode, String categoryCode) {
        return (item.industries().contains(Taxonomy.ALL) || item.industries().contains(industryCode))
                && (item.categories().contains(Taxonomy.ALL) || item.categories().contains(categoryCode));
    }
}
