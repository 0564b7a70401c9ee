package cn.kaowu.paper.blueprint;

import cn.kaowu.bank.item.ItemType;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Blueprints and their cells in the database; callers hold the transaction. */
@Singleton
public class Blueprints {

    private static final String COLUMNS = "id, name, personnel_category, industry, duration_minutes, total_points, "
            + "pass_mark, difficulty_min, difficulty_max";

    private final JdbcOperations jdbc;

    public Blueprints(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Blueprint blueprint, Instant now) {
        long id = jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO blueprint (name, "
                    + "personnel_category, industry, duration_minutes, total_points, pass_mark, difficulty_min, "
                    + "difficulty_max, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bindHead(statement, blueprint);
                statement.setTimestamp(9, Timestamp.from(now));
                statement.setTimestamp(10, Timestamp.from(now));
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        insertCells(id, blueprint);
        return id;
    }

    public void update(Blueprint blueprint, Instant now) {
        jdbc.prepareStatement("UPDATE blueprint SET name = ?, personnel_category = ?, industry = ?, duration_minutes = ?, "
                + "total_points = ?, pass_mark = ?, difficulty_min = ?, difficulty_max = ?, updated_at = ? WHERE id = ?",
                statement -> {
                    bindHead(statement, blueprint);
                    statement.setTimestamp(9, Timestamp.from(now));
                    statement.setLong(10, blueprint.id());
                    return statement.executeUpdate();
                });
        jdbc.prepareStatement("DELETE FROM blueprint_cell WHERE blueprint_id = ?", statement -> {
            statement.setLong(1, blueprint.id());
            return statement.executeUpdate();
        });
        insertCells(blueprint.id(), blueprint);
    }

    public void delete(long id) {
        jdbc.prepareStatement("DELETE FROM blueprint WHERE id = ?", statement -> {
            statement.setLong(1, id);
            return statement.executeUpdate();
        });
    }

    public Optional<Blueprint> find(long id) {
        List<Blueprint> found = query("SELECT " + COLUMNS + " FROM blueprint WHERE id = ?", id);
        return found.stream().findFirst();
    }

    public List<Blueprint> all() {
        return query("SELECT " + COLUMNS + " FROM blueprint ORDER BY name", null);
    }

    /** Whether another blueprint already has this name. */
    public boolean nameTaken(String name, Long exceptId) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM blueprint WHERE name = ? AND id <> ?", statement -> {
            statement.setString(1, name);
            statement.setLong(2, exceptId == null ? -1 : exceptId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    /** Whether any generation batch (and so possibly a paper) refers to it. */
    public boolean used(long id) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM generation_batch WHERE blueprint_id = ?", statement -> {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    private void bindHead(PreparedStatement statement, Blueprint blueprint) throws SQLException {
        statement.setString(1, blueprint.name());
        setNullableString(statement, 2, blueprint.personnelCategory());
        setNullableString(statement, 3, blueprint.industry());
        statement.setInt(4, blueprint.durationMinutes());
        statement.setInt(5, blueprint.totalPoints());
        statement.setInt(6, blueprint.passMark());
        statement.setBigDecimal(7, BigDecimal.valueOf(blueprint.difficulty().min()));
        statement.setBigDecimal(8, BigDecimal.valueOf(blueprint.difficulty().max()));
    }

    private static void setNullableString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private void insertCells(long id, Blueprint blueprint) {
        jdbc.prepareStatement("INSERT INTO blueprint_cell (blueprint_id, line_no, item_type, area_code, difficulty, "
                + "item_count, points_each) VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
                    int line = 0;
                    for (BlueprintCell cell : blueprint.cells()) {
                        statement.setLong(1, id);
                        statement.setInt(2, ++line);
                        statement.setString(3, cell.type().name());
                        statement.setString(4, cell.areaCode());
                        if (cell.difficulty() == null) {
                            statement.setNull(5, Types.INTEGER);
                        } else {
                            statement.setInt(5, cell.difficulty());
                        }
                        statement.setInt(6, cell.count());
                        statement.setInt(7, blueprint.pointsOf(cell.type()));
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    private List<Blueprint> query(String sql, Long id) {
        record Head(long id, String name, String category, String industry, int duration, int total, int pass,
                    double min, double max) {
        }
        List<Head> heads = jdbc.prepareStatement(sql, statement -> {
            if (id != null) {
                statement.setLong(1, id);
            }
            List<Head> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getInt(6), rs.getInt(7), rs.getBigDecimal(8).doubleValue(), rs.getBigDecimal(9).doubleValue()));
                }
            }
            return result;
        });
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<BlueprintCell>> cells = new LinkedHashMap<>();
        Map<Long, Map<ItemType, Integer>> points = new LinkedHashMap<>();
        jdbc.prepareStatement("SELECT blueprint_id, item_type, area_code, difficulty, item_count, points_each "
                + "FROM blueprint_cell" + (id == null ? "" : " WHERE blueprint_id = ?") + " ORDER BY blueprint_id, line_no",
                statement -> {
                    if (id != null) {
                        statement.setLong(1, id);
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            long owner = rs.getLong(1);
                            ItemType type = ItemType.valueOf(rs.getString(2));
                            int difficulty = rs.getInt(4);
                            Integer level = rs.wasNull() ? null : difficulty;
                            cells.computeIfAbsent(owner, k -> new ArrayList<>())
                                    .add(new BlueprintCell(type, rs.getString(3), level, rs.getInt(5)));
                            points.computeIfAbsent(owner, k -> new EnumMap<>(ItemType.class)).put(type, rs.getInt(6));
                        }
                    }
                    return null;
                });
        List<Blueprint> result = new ArrayList<>();
        for (Head head : heads) {
            result.add(new Blueprint(head.id(), head.name(), head.category(), head.industry(), head.duration(), head.total(),
                    head.pass(), points.getOrDefault(head.id(), Map.of()), cells.getOrDefault(head.id(), List.of()),
                    DifficultyTarget.band(head.min(), head.max())));
        }
        return result;
    }
}
