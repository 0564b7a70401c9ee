package cn.kaowu.paper.blueprint;

/**
 * The difficulty a paper should reach: its mean difficulty (1–5) within [min, max]. The assembler
 * aims at the middle of the band; reaching the band is a soft goal, reported per paper.
 */
public record DifficultyTarget(double min, double max) {

    public static DifficultyTarget band(double min, double max) {
        return new DifficultyTarget(min, max);
    }

    /** The value aimed at: the middle of the band. */
    public double target() {
        return (min + max) / 2.0;
    }

    public boolean contains(double mean) {
        return mean >= min - 1e-9 && mean <= max + 1e-9;
    }
}
