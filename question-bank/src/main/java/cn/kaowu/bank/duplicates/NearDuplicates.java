package cn.kaowu.bank.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds stems that are nearly the same, as plain Java.
 *
 * <p>A stem is normalised (punctuation and whitespace removed, Latin letters lower-cased, full-width
 * forms folded) and cut into character 3-grams (shingles; a stem shorter than 3 characters is its
 * own shingle). Each shingle set gets a MinHash signature of {@value #HASHES} values, cut into
 * {@value #BANDS} bands of {@value #ROWS} rows; two stems become candidates when any band is equal
 * (locality-sensitive hashing: a pair of Jaccard 0.7 becomes a candidate with probability about
 * 0.996, of 0.8 almost surely, of 0.3 about 0.07). Candidates are then compared by their exact Jaccard
 * similarity, and pairs at or above the threshold are reported.
 */
public final class NearDuplicates {

    /** Jaccard similarity of 3-gram sets from which two stems count as near-duplicates. */
    public static final double DEFAULT_THRESHOLD = 0.7;
    static final int BANDS = 30;
    static final int ROWS = 5;
    static final int HASHES = BANDS * ROWS;
    private static final long[] SEEDS = seeds();
    private static final long[] MULTIPLIERS = multipliers();
    /** Positions live in the low 20 bits of a bucket key (up to about a million stems). */
    private static final long INDEX_MASK = (1L << 20) - 1;

    /** Two positions of the input list and their exact Jaccard similarity; {@code first < second}. */
    public record Match(int first, int second, double similarity) {
    }

    private NearDuplicates() {
    }

    /**
     * Near-duplicate pairs among {@code stems}; only pairs that involve at least one position
     * {@code >= firstNew} are reported (0: all pairs; size of the existing bank: new against
     * existing and new against new).
     */
    public static List<Match> pairs(List<String> stems, int firstNew, double threshold) {
        int n = stems.size();
        if (n > INDEX_MASK) {
            throw new IllegalArgumentException("at most " + INDEX_MASK + " stems at once");
        }
        int[][] shingles = new int[n][];
        long[][] signatures = new long[n][];
        for (int i = 0; i < n; i++) {
            shingles[i] = shingles(stems.get(i));
            signatures[i] = signature(shingles[i]);
        }
        List<Match> matches = new ArrayList<>();
        long[] keys = new long[n];
        for (int band = 0; band < BANDS; band++) {
            // bucket by sorting: a 44-bit hash of the band's rows above, the position below
            int used = 0;
            for (int i = 0; i < n; i++) {
                if (shingles[i].length > 0) {
                    keys[used++] = (bandHash(signatures[i], band) & ~INDEX_MASK) | i;
                }
            }
            Arrays.sort(keys, 0, used);
            int runStart = 0;
            for (int k = 1; k <= used; k++) {
                if (k < used && (keys[k] & ~INDEX_MASK) == (keys[runStart] & ~INDEX_MASK)) {
                    continue;
                }
                for (int x = runStart; x < k; x++) {
                    for (int y = x + 1; y < k; y++) {
                        int a = (int) (keys[x] & INDEX_MASK);
                        int b = (int) (keys[y] & INDEX_MASK);
                        // each pair once: only in the first band where the two agree
                        if (Math.max(a, b) < firstNew || !sameBand(signatures[a], signatures[b], band)
                                || agreeEarlier(signatures[a], signatures[b], band)) {
                            continue;
                        }
                        double similarity = jaccard(shingles[a], shingles[b]);
                        if (similarity >= threshold) {
                            matches.add(new Match(Math.min(a, b), Math.max(a, b), similarity));
                        }
                    }
                }
                runStart = k;
            }
        }
        matches.sort((p, q) -> p.first() != q.first() ? Integer.compare(p.first(), q.first())
                : Integer.compare(p.second(), q.second()));
        return matches;
    }

    /**
     * Exact comparison of a few new stems with every stem of {@code stems} at positions below
     * {@code firstNew} and with each other, without LSH: for a save of one item it is faster
     * than signatures for the whole bank, and it misses nothing.
     */
    public static List<Match> pairsByScan(List<String> stems, int firstNew, double threshold) {
        int n = stems.size();
        int[][] shingles = new int[n][];
        for (int i = 0; i < n; i++) {
            shingles[i] = shingles(stems.get(i));
        }
        List<Match> matches = new ArrayList<>();
        for (int b = firstNew; b < n; b++) {
            for (int a = 0; a < b; a++) {
                double similarity = jaccard(shingles[a], shingles[b]);
                if (similarity >= threshold) {
                    matches.add(new Match(a, b, similarity));
                }
            }
        }
        matches.sort((p, q) -> p.first() != q.first() ? Integer.compare(p.first(), q.first())
                : Integer.compare(p.second(), q.second()));
        return matches;
    }

    /** The exact Jaccard similarity of the two stems' 3-gram sets. */
    public static double similarity(String a, String b) {
        return jaccard(shingles(a), shingles(b));
    }

    /** Punctuation and whitespace removed, letters lower-cased, full-width ASCII folded. */
    public static String normalise(String stem) {
        StringBuilder out = new StringBuilder(stem.length());
        stem.codePoints().forEach(cp -> {
            int c = cp;
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c -= 0xFEE0;
            }
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(Character.toLowerCase(c));
            }
        });
        return out.toString();
    }

    /** Sorted distinct hashes of the normalised stem's character 3-grams. */
    static int[] shingles(String stem) {
        String text = normalise(stem == null ? "" : stem);
        if (text.isEmpty()) {
            return new int[0];
        }
        if (text.length() < 3) {
            return new int[]{text.hashCode()};
        }
        int[] hashes = new int[text.length() - 2];
        for (int i = 0; i + 3 <= text.length(); i++) {
            long packed = ((long) text.charAt(i) << 32) | ((long) text.charAt(i + 1) << 16) | text.charAt(i + 2);
            hashes[i] = (int) mix(packed);
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    private static long[] signature(int[] shingles) {
        long[] signature = new long[HASHES];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (int shingle : shingles) {
            long x = mix(shingle);
            for (int h = 0; h < HASHES; h++) {
                // multiply-add with odd multipliers: a cheap family of hash functions over the mixed shingle
                long value = x * MULTIPLIERS[h] + SEEDS[h];
                if (value < signature[h]) {
                    signature[h] = value;
                }
            }
        }
        return signature;
    }

    static double jaccard(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /** SplitMix64's finaliser: a fast, well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] multipliers() {
        long[] multipliers = new long[HASHES];
        long state = 0x632BE59BD9B4E019L;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            multipliers[i] = mix(state) | 1L;
        }
        return multipliers;
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }

    private static long bandHash(long[] signature, int band) {
        long h = band;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            h = mix(h * 31 + signature[r]);
        }
        return h;
    }

    private static boolean sameBand(long[] a, long[] b, int band) {
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            if (a[r] != b[r]) {
                return false;
            }
        }
        return true;
    }

    private static boolean agreeEarlier(long[] a, long[] b, int band) {
        for (int earlier = 0; earlier < band; earlier++) {
            if (sameBand(a, b, earlier)) {
                return true;
            }
        }
        return false;
    }
}
