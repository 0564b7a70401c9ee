package cn.kaowu.core.reference;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Industries, personnel categories, content areas and counties as the database holds them.
 * Everything that classifies an item, a class or a blueprint takes its values from here, never
 * from an enum in code, so a bureau can add a local industry without a release.
 */
@Singleton
public class ReferenceData {

    private final JdbcOperations jdbc;

    public ReferenceData(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The active entries of a list, in their display order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferenceEntry> list(ReferenceKind kind) {
        return jdbc.prepareStatement(
                "SELECT code, name FROM " + kind.table() + " WHERE active = TRUE ORDER BY sort_order, code",
                statement -> read(statement));
    }

    /** Finds an active entry by its code or its Chinese name (imports accept either). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReferenceEntry> find(ReferenceKind kind, String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String wanted = codeOrName.strip();
        return list(kind).stream()
                .filter(e -> e.code().equalsIgnoreCase(wanted) || e.name().equals(wanted)
                        || e.name().startsWith(wanted + "（"))
                .findFirst();
    }

    public List<ReferenceEntry> industries() {
        return list(ReferenceKind.INDUSTRY);
    }

    public List<ReferenceEntry> personnelCategories() {
        return list(ReferenceKind.PERSONNEL_CATEGORY);
    }

    public List<ReferenceEntry> contentAreas() {
        return list(ReferenceKind.CONTENT_AREA);
    }

    public List<ReferenceEntry> counties() {
        return list(ReferenceKind.COUNTY);
    }

    private static List<ReferenceEntry> read(PreparedStatement statement) throws java.sql.SQLException {
        List<ReferenceEntry> entries = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                entries.add(new ReferenceEntry(rs.getString(1), rs.getString(2)));
            }
        }
        return entries;
    }
}
