package cn.kaowu.paper.generation;

import java.time.Instant;

/** A paper as listed: who it is for, where it came from, its state and the difficulty reached. */
public record PaperSummary(long id, String paperCode, long classId, String classCode, String className,
                           String industry, String personnelCategory, boolean resit, long blueprintId, long batchId,
                           String period, long seed, PaperStatus status, double meanDifficulty,
                           double difficultyMin, double difficultyMax, Instant createdAt) {

    public boolean withinDifficultyBand() {
        return meanDifficulty >= difficultyMin - 1e-9 && meanDifficulty <= difficultyMax + 1e-9;
    }
}
