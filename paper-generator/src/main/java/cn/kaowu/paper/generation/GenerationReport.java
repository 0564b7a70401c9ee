package cn.kaowu.paper.generation;

import java.util.List;
import java.util.SortedMap;

/**
 * The proof that a batch meets its constraints, for the paper builder to see.
 *
 * @param batchId             the batch
 * @param period              its period
 * @param papersInPeriod      all papers of the period (the batch and earlier ones)
 * @param overlapCap          the configured share
 * @param overlapLimit        the items any two papers may share
 * @param maxPairwiseOverlap  the most items any two papers of the period actually share
 * @param exposureHistogram   uses in the period → number of items used that often
 * @param papers              per paper of the batch: mean difficulty reached against the band
 * @param violations          hard constraints broken (always empty for a completed batch)
 */
public record GenerationReport(long batchId, String period, int papersInPeriod, double overlapCap, int overlapLimit,
                               int maxPairwiseOverlap, SortedMap<Integer, Integer> exposureHistogram,
                               List<PaperDifficulty> papers, List<String> violations) {

    /** One paper's difficulty against its target band. */
    public record PaperDifficulty(long paperId, String paperCode, String classCode, boolean resit, double meanDifficulty,
                                  double targetMin, double targetMax, boolean withinBand) {
    }

    public long papersWithinBand() {
        return papers.stream().filter(PaperDifficulty::withinBand).count();
    }
}
