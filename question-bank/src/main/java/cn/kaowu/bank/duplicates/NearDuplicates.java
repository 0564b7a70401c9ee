package cn.kaowu.bank.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds stems that are nearly the same, as plain Java.
 *
 * <p>A stem is normalised (punctuation and whitespace removed, Latin letters lower-cased, full-width
 * forms folded) and cut into character 3-grams (shingles; a stem shorter than 3 characters is its
 * own shingle). Each shingle set gets a MinHash signature of {@value #HASHES} values, cut into
 * {@value #BANDS} bands of {@value #ROWS} rows; two stems become candidates when any band is equal
 * (locality-sensitive hashing: a pair of Jaccard 0.7 becomes a candidate with probability about
 * 0.998, a pair of 0.3 with about 0.18). Candidates are then compared by their exact Jaccard
 * similarity, and pairs at or above the threshold are reported.
 */
public final class NearDuplicates {

    /** Jaccard similarity of 3-gram sets from which two stems count as near-duplicates. */
    public static final double DEFAULT_THRESHOLD = 0.7;
    static final int BANDS = 24;
    static final int ROWS = 4;
    static final int HASHES = BANDS * ROWS;
    private static final long[] SEEDS = seeds();

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
        int[][] shingles = new int[n][];
        long[][] signatures = new long[n][];
        for (int i = 0; i < n; i++) {
            shingles[i] = shingles(stems.get(i));
            signatures[i] = signature(shingles[i]);
        }
        java.util.HashSet<Long> seen = new java.util.HashSet<>();
        List<Match> matches = new ArrayList<>();
        for (int band = 0; band < BANDS; band++) {
            Map<BandKey, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (shingles[i].length == 0) {
                    continue;
                }
                buckets.computeIfAbsent(BandKey.of(signatures[i], band), k -> new ArrayList<>(2)).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                if (bucket.size() < 2) {
                    continue;
                }
                for (int x = 0; x < bucket.size(); x++) {
                    for (int y = x + 1; y < bucket.size(); y++) {
                        int a = bucket.get(x);
                        int b = bucket.get(y);
                        if (Math.max(a, b) < firstNew || !seen.add(((long) a << 32) | b)) {
                            continue;
                        }
                        double similarity = jaccard(shingles[a], shingles[b]);
                        if (similarity >= threshold) {
                            matches.add(new Match(a, b, similarity));
                        }
                    }
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
            for (int h = 0; h < HASHES; h++) {
                long value = mix(shingle ^ SEEDS[h]);
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

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }

    private record BandKey(long a, long b, long c, long d, int band) {
        static BandKey of(long[] signature, int band) {
            int o = band * ROWS;
            return new BandKey(signature[o], signature[o + 1], signature[o + 2], signature[o + 3], band);
        }
    }
}
