package cn.kaowu.paper.blueprint;

import cn.kaowu.bank.item.ItemType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A blueprint (组卷方案): what every paper generated from it contains.
 *
 * @param id                the stored id, null before it is saved
 * @param name              e.g. "2026年三类人员通用方案"
 * @param personnelCategory the personnel category code it is for, or null for every category
 * @param industry          the industry code it is for, or null for every industry
 * @param durationMinutes   exam duration
 * @param totalPoints       the paper's total points; cells × points must add up to it
 * @param passMark          points needed to pass
 * @param pointsPerType     points of one question, per item type used
 * @param cells             exact counts per type × area (× difficulty)
 * @param difficulty        the band the mean difficulty should reach
 */
public record Blueprint(Long id, String name, String personnelCategory, String industry, int durationMinutes,
                        int totalPoints, int passMark, Map<ItemType, Integer> pointsPerType,
                        List<BlueprintCell> cells, DifficultyTarget difficulty) {

    public Blueprint {
        Objects.requireNonNull(pointsPerType, "pointsPerType");
        Objects.requireNonNull(difficulty, "difficulty");
        pointsPerType = pointsPerType.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(pointsPerType));
        cells = List.copyOf(cells);
    }

    public Blueprint withId(long newId) {
        return new Blueprint(newId, name, personnelCategory, industry, durationMinutes, totalPoints, passMark,
                pointsPerType, cells, difficulty);
    }

    /** The number of questions of a paper. */
    public int questionCount() {
        return cells.stream().mapToInt(BlueprintCell::count).sum();
    }

    /** The points a question of this type is worth (0 when the type is not used). */
    public int pointsOf(ItemType type) {
        return pointsPerType.getOrDefault(type, 0);
    }

    /** What the cells add up to: Σ count × points of its type. */
    public int pointsFromCells() {
        return cells.stream().mapToInt(c -> c.count() * pointsOf(c.type())).sum();
    }
}
