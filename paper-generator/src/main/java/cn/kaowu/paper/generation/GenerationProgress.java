package cn.kaowu.paper.generation;

/**
 * Told how far a generation is, from the generating thread: 0 at the start, 1 when every paper
 * is written. A UI hands the value to its progress bar (through its own UI access).
 */
@FunctionalInterface
public interface GenerationProgress {

    GenerationProgress NONE = (fraction, message) -> { };

    void progressed(double fraction, String message);
}
