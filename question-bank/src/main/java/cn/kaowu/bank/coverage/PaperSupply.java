package cn.kaowu.bank.coverage;

/**
 * How many papers one blueprint cell can supply under an overlap cap, as plain Java.
 *
 * <p>Formula: with {@code a} available items, {@code n} needed per paper and cap {@code c}, a
 * paper may repeat at most {@code s = floor(c·n)} items of another, so each further paper needs
 * at least {@code f = max(1, n − s)} items not used before. Then
 * <pre>papers = 0                          if a &lt; n
 * papers = 1 + floor((a − n) / f)       if a ≥ n</pre>
 * (and unlimited when n = 0). It counts papers that each bring f fresh items; it is a safe
 * estimate for a generator that keeps every pair of papers within the cap.
 */
public final class PaperSupply {

    private PaperSupply() {
    }

    public static int papers(int available, int need, double overlapCap) {
        if (need <= 0) {
            return Integer.MAX_VALUE;
        }
        if (available < need) {
            return 0;
        }
        int shared = (int) Math.floor(overlapCap * need + 1e-9);
        int fresh = Math.max(1, need - shared);
        return 1 + (available - need) / fresh;
    }
}
