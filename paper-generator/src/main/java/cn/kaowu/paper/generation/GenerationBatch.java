package cn.kaowu.paper.generation;

import java.time.Instant;

/** One run of the generator; poll it for progress while it runs. */
public record GenerationBatch(long id, long blueprintId, String period, long seed, double overlapCap, int classCount,
                              BatchStatus status, double progress, String failureReason, Integer maxOverlap,
                              String createdBy, Instant createdAt, Instant finishedAt) {
}
