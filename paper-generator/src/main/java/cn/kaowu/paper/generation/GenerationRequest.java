package cn.kaowu.paper.generation;

import cn.kaowu.paper.assembly.AssemblyProblem;

import java.util.List;

/**
 * What to generate: one paper per class, from one blueprint, in one period.
 *
 * @param blueprintId    the blueprint
 * @param period         the period the overlap cap applies to, e.g. "2026-03" (a month)
 * @param seed           the random seed; stored with every paper; same seed, bank and period → same papers
 * @param overlapCap     the share of items two papers of the period may have in common (0.20 = 20 %)
 * @param examName       the exam's name as printed, e.g. "2026年度工伤预防能力提升培训结业考试"
 * @param shuffleOptions whether the options of choice questions are printed in a seeded random order
 * @param classes        the classes, in the order their papers are made
 */
public record GenerationRequest(long blueprintId, String period, long seed, double overlapCap, String examName,
                                boolean shuffleOptions, List<ClassToExamine> classes) {

    public static final String DEFAULT_EXAM_NAME = "工伤预防能力提升培训结业考试";

    public GenerationRequest {
        classes = classes == null ? List.of() : List.copyOf(classes);
    }

    /** A request with the default cap (20 %), exam name and no option shuffling. */
    public static GenerationRequest of(long blueprintId, String period, long seed, List<ClassToExamine> classes) {
        return new GenerationRequest(blueprintId, period, seed, AssemblyProblem.DEFAULT_OVERLAP_CAP, DEFAULT_EXAM_NAME,
                false, classes);
    }

    public GenerationRequest withOverlapCap(double cap) {
        return new GenerationRequest(blueprintId, period, seed, cap, examName, shuffleOptions, classes);
    }

    public GenerationRequest withShuffledOptions() {
        return new GenerationRequest(blueprintId, period, seed, overlapCap, examName, true, classes);
    }
}
