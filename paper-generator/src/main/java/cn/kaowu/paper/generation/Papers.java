package cn.kaowu.paper.generation;

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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Generation batches, papers and their questions in the database; callers hold the transaction. */
@Singleton
public class Papers {

    private static final String PAPER_COLUMNS = "id, paper_code, class_id, class_code, class_name, industry, "
            + "personnel_category, is_resit, blueprint_id, batch_id, period, seed, status, mean_difficulty, "
            + "difficulty_min, difficulty_max, created_at";
    private static final String BATCH_COLUMNS = "id, blueprint_id, period, seed, overlap_cap, class_count, status, "
            + "progress, failure_reason, max_overlap, created_by, created_at, finished_at";

    private final JdbcOperations jdbc;

    public Papers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A paper to insert, with the blueprint figures it keeps a copy of. */
    public record NewPaper(String paperCode, long classId, String classCode, String className, String industry,
                           String personnelCategory, boolean resit, long blueprintId, long batchId, String period,
                           long seed, String examName, int durationMinutes, int totalPoints, int passMark,
                           double difficultyMin, double difficultyMax, double meanDifficulty, Instant createdAt) {
    }

    /** The printed head of a stored paper. */
    public record PaperHead(String examName, String classCode, String className, String paperCode,
                            int durationMinutes, int totalPoints, int passMark) {
    }

    public long insertBatch(long blueprintId, String period, long seed, double overlapCap, int classCount,
                            String createdBy, Instant now) {
        return insertReturningId("INSERT INTO generation_batch (blueprint_id, period, seed, overlap_cap, class_count, "
                + "status, progress, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)", statement -> {
                    statement.setLong(1, blueprintId);
                    statement.setString(2, period);
                    statement.setLong(3, seed);
                    statement.setBigDecimal(4, BigDecimal.valueOf(overlapCap));
                    statement.setInt(5, classCount);
                    statement.setString(6, BatchStatus.RUNNING.name());
                    statement.setString(7, createdBy);
                    statement.setTimestamp(8, Timestamp.from(now));
                });
    }

    public void updateProgress(long batchId, double progress) {
        jdbc.prepareStatement("UPDATE generation_batch SET progress = ? WHERE id = ? AND status = ?", statement -> {
            statement.setBigDecimal(1, BigDecimal.valueOf(Math.round(progress * 1000) / 1000.0));
            statement.setLong(2, batchId);
            statement.setString(3, BatchStatus.RUNNING.name());
            return statement.executeUpdate();
        });
    }

    public void completeBatch(long batchId, int maxOverlap, Instant now) {
        jdbc.prepareStatement("UPDATE generation_batch SET status = ?, progress = 1, max_overlap = ?, finished_at = ? "
                + "WHERE id = ?", statement -> {
                    statement.setString(1, BatchStatus.COMPLETED.name());
                    statement.setInt(2, maxOverlap);
                    statement.setTimestamp(3, Timestamp.from(now));
                    statement.setLong(4, batchId);
                    return statement.executeUpdate();
                });
    }

    public void failBatch(long batchId, String reason, Instant now) {
        jdbc.prepareStatement("UPDATE generation_batch SET status = ?, failure_reason = ?, finished_at = ? WHERE id = ?",
                statement -> {
                    statement.setString(1, BatchStatus.FAILED.name());
                    statement.setString(2, reason);
                    statement.setTimestamp(3, Timestamp.from(now));
                    statement.setLong(4, batchId);
                    return statement.executeUpdate();
                });
    }

    public Optional<GenerationBatch> batch(long batchId) {
        return jdbc.prepareStatement("SELECT " + BATCH_COLUMNS + " FROM generation_batch WHERE id = ?", statement -> {
            statement.setLong(1, batchId);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int maxOverlap = rs.getInt(10);
                Integer max = rs.wasNull() ? null : maxOverlap;
                Timestamp finished = rs.getTimestamp(13);
                return Optional.of(new GenerationBatch(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getBigDecimal(5).doubleValue(), rs.getInt(6), BatchStatus.valueOf(rs.getString(7)),
                        rs.getBigDecimal(8).doubleValue(), rs.getString(9), max, rs.getString(11),
                        rs.getTimestamp(12).toInstant(), finished == null ? null : finished.toInstant()));
            }
        });
    }

    public long insertPaper(NewPaper paper) {
        return insertReturningId("INSERT INTO paper (paper_code, class_id, class_code, class_name, industry, "
                + "personnel_category, is_resit, blueprint_id, batch_id, period, seed, exam_name, duration_minutes, "
                + "total_points, pass_mark, difficulty_min, difficulty_max, mean_difficulty, status, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setString(1, paper.paperCode());
                    statement.setLong(2, paper.classId());
                    statement.setString(3, paper.classCode());
                    statement.setString(4, paper.className());
                    statement.setString(5, paper.industry());
                    statement.setString(6, paper.personnelCategory());
                    statement.setBoolean(7, paper.resit());
                    statement.setLong(8, paper.blueprintId());
                    statement.setLong(9, paper.batchId());
                    statement.setString(10, paper.period());
                    statement.setLong(11, paper.seed());
                    statement.setString(12, paper.examName());
                    statement.setInt(13, paper.durationMinutes());
                    statement.setInt(14, paper.totalPoints());
                    statement.setInt(15, paper.passMark());
                    statement.setBigDecimal(16, BigDecimal.valueOf(paper.difficultyMin()));
                    statement.setBigDecimal(17, BigDecimal.valueOf(paper.difficultyMax()));
                    statement.setBigDecimal(18, BigDecimal.valueOf(Math.round(paper.meanDifficulty() * 1000) / 1000.0));
                    statement.setString(19, PaperStatus.GENERATED.name());
                    statement.setTimestamp(20, Timestamp.from(paper.createdAt()));
                });
    }

    public void insertQuestions(long paperId, List<PaperQuestionRow> questions) {
        jdbc.prepareStatement("INSERT INTO paper_question (paper_id, position, item_id, item_version, item_type, "
                + "area_code, difficulty, points, option_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                    for (PaperQuestionRow row : questions) {
                        statement.setLong(1, paperId);
                        statement.setInt(2, row.position());
                        statement.setLong(3, row.itemId());
                        statement.setInt(4, row.itemVersion());
                        statement.setString(5, row.type().name());
                        statement.setString(6, row.areaCode());
                        statement.setInt(7, row.difficulty());
                        statement.setInt(8, row.points());
                        if (row.optionOrder() == null) {
                            statement.setNull(9, Types.VARCHAR);
                        } else {
                            statement.setString(9, row.optionOrder());
                        }
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    public Optional<PaperSummary> find(long paperId) {
        return papers("WHERE id = ?", List.of(paperId), false).stream().findFirst();
    }

    /** The paper, its row locked until the transaction ends (for status changes). */
    public Optional<PaperSummary> findForUpdate(long paperId) {
        return papers("WHERE id = ?", List.of(paperId), true).stream().findFirst();
    }

    public List<PaperSummary> inPeriod(String period) {
        return papers("WHERE period = ?", List.of(period), false);
    }

    public List<PaperSummary> ofBatch(long batchId) {
        return papers("WHERE batch_id = ?", List.of(batchId), false);
    }

    /** Every paper (first and re-sit) of these classes, rows locked when asked. */
    public List<PaperSummary> ofClasses(Collection<Long> classIds, boolean forUpdate) {
        if (classIds.isEmpty()) {
            return List.of();
        }
        List<Object> ids = new ArrayList<>(new LinkedHashSet<>(classIds));
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        return papers("WHERE class_id IN (" + marks + ")", ids, forUpdate);
    }

    public PaperHead head(long paperId) {
        return jdbc.prepareStatement("SELECT exam_name, class_code, class_name, paper_code, duration_minutes, "
                + "total_points, pass_mark FROM paper WHERE id = ?", statement -> {
                    statement.setLong(1, paperId);
                    try (ResultSet rs = statement.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalArgumentException("no paper " + paperId);
                        }
                        return new PaperHead(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5), rs.getInt(6), rs.getInt(7));
                    }
                });
    }

    public List<PaperQuestionRow> questions(long paperId) {
        return jdbc.prepareStatement("SELECT position, item_id, item_version, item_type, area_code, difficulty, points, "
                + "option_order FROM paper_question WHERE paper_id = ? ORDER BY position", statement -> {
                    statement.setLong(1, paperId);
                    List<PaperQuestionRow> rows = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new PaperQuestionRow(rs.getInt(1), rs.getLong(2), rs.getInt(3),
                                    ItemType.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6), rs.getInt(7),
                                    rs.getString(8)));
                        }
                    }
                    return rows;
                });
    }

    /** The item ids of every paper of the period, by paper id. */
    public Map<Long, Set<Long>> itemsByPaperInPeriod(String period) {
        return jdbc.prepareStatement("SELECT q.paper_id, q.item_id FROM paper_question q JOIN paper p ON p.id = q.paper_id "
                + "WHERE p.period = ? ORDER BY q.paper_id, q.position", statement -> {
                    statement.setString(1, period);
                    Map<Long, Set<Long>> result = new LinkedHashMap<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            result.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
                        }
                    }
                    return result;
                });
    }

    /** The item ids of one paper. */
    public Set<Long> itemsOf(long paperId) {
        Set<Long> ids = new LinkedHashSet<>();
        questions(paperId).forEach(q -> ids.add(q.itemId()));
        return ids;
    }

    /** How often each item was put on a paper, over all papers. */
    public Map<Long, Integer> exposure() {
        return jdbc.prepareStatement("SELECT item_id, COUNT(*) FROM paper_question GROUP BY item_id", statement -> {
            Map<Long, Integer> result = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return result;
        });
    }

    public void delete(long paperId) {
        jdbc.prepareStatement("DELETE FROM paper_question WHERE paper_id = ?", statement -> {
            statement.setLong(1, paperId);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM paper WHERE id = ?", statement -> {
            statement.setLong(1, paperId);
            return statement.executeUpdate();
        });
    }

    /**
     * Freezes a generated paper with its seal (for the sealing service): true when the paper was
     * GENERATED and is now SEALED, false when it was not (already sealed, or gone).
     */
    public boolean markSealed(long paperId, String sealHash, Instant sealedAt, String sealedBy, byte[] sealedContent) {
        return jdbc.prepareStatement("UPDATE paper SET status = ?, seal_hash = ?, sealed_at = ?, sealed_by = ?, "
                + "sealed_content = ? WHERE id = ? AND status = ?", statement -> {
                    statement.setString(1, PaperStatus.SEALED.name());
                    statement.setString(2, sealHash);
                    statement.setTimestamp(3, Timestamp.from(sealedAt));
                    statement.setString(4, sealedBy);
                    statement.setBytes(5, sealedContent);
                    statement.setLong(6, paperId);
                    statement.setString(7, PaperStatus.GENERATED.name());
                    return statement.executeUpdate() == 1;
                });
    }

    private List<PaperSummary> papers(String where, List<Object> parameters, boolean forUpdate) {
        return jdbc.prepareStatement("SELECT " + PAPER_COLUMNS + " FROM paper " + where + " ORDER BY id"
                + (forUpdate ? " FOR UPDATE" : ""), statement -> {
                    for (int i = 0; i < parameters.size(); i++) {
                        Object value = parameters.get(i);
                        if (value instanceof Long number) {
                            statement.setLong(i + 1, number);
                        } else {
                            statement.setString(i + 1, String.valueOf(value));
                        }
                    }
                    List<PaperSummary> result = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            result.add(new PaperSummary(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getLong(9),
                                    rs.getLong(10), rs.getString(11), rs.getLong(12), PaperStatus.valueOf(rs.getString(13)),
                                    rs.getBigDecimal(14).doubleValue(), rs.getBigDecimal(15).doubleValue(),
                                    rs.getBigDecimal(16).doubleValue(), rs.getTimestamp(17).toInstant()));
                        }
                    }
                    return result;
                });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private long insertReturningId(String sql, Binder binder) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                binder.bind(statement);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** The sealed ciphertext and hash of a paper, when it has been sealed. */
    public Optional<SealedRow> sealed(long paperId) {
        return jdbc.prepareStatement("SELECT paper_code, seal_hash, sealed_content FROM paper WHERE id = ? AND seal_hash IS NOT NULL",
                statement -> {
                    statement.setLong(1, paperId);
                    try (var rs = statement.executeQuery()) {
                        return rs.next() ? Optional.of(new SealedRow(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                                : Optional.<SealedRow>empty();
                    }
                });
    }

    /** Any one sealed paper's ciphertext: its header names the key it was sealed with. */
    public Optional<byte[]> anySealedContent() {
        return jdbc.prepareStatement("SELECT sealed_content FROM paper WHERE sealed_content IS NOT NULL ORDER BY id LIMIT 1",
                statement -> {
                    try (var rs = statement.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                    }
                });
    }

    /** A sealed paper as stored. */
    public record SealedRow(String paperCode, String sealHash, byte[] ciphertext) {
    }
}
