package cn.kaowu.bank.duplicates;

/** Two bank items whose stems are nearly the same (bank-wide report). */
public record DuplicatePair(long firstItemId, String firstStem, long secondItemId, String secondStem,
                            double similarity) {
}
