package org.corridor.corpus;

/**
 * MinHash signatures of a text's five-word shingles: the share of equal entries between two signatures estimates
 * their Jaccard similarity, and the signature cut into bands gives locality-sensitive keys — two texts that are
 * near-duplicates share at least one band key with near certainty, unrelated texts almost never. The search index
 * stores the keys as terms, so near-duplicate candidates among 100,000 articles are one cheap term query away.
 */
public final class MinHash {

    public static final int BANDS = 16;
    public static final int ROWS = 4;
    public static final int SIZE = BANDS * ROWS;
    /**
     * Estimates at or above this are worth an exact comparison when looking for near-duplicates at 0.8: three
     * standard errors below it, so a real near-duplicate is almost never missed.
     */
    public static final double LIKELY_NEAR_DUPLICATE = 0.65;

    private MinHash() {
    }

    /** The signature, computed in one pass over the shingles without collecting them. */
    public static long[] signature(CharSequence text) {
        long[] sig = new long[SIZE];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        Shingles.forEach(text, shingle -> {
            for (int i = 0; i < SIZE; i++) {
                long h = mix(shingle ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        });
        return sig;
    }

    /** Share of equal entries: an unbiased estimate of the Jaccard similarity (about ±0.05 near 0.8). */
    public static double estimate(long[] a, long[] b) {
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / SIZE;
    }

    /** One key per band; at similarity 0.8 two signatures share at least one with probability > 0.999. */
    public static long[] bandKeys(long[] sig) {
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int r = 0; r < ROWS; r++) {
                key = mix(key * 31 + sig[band * ROWS + r]);
            }
            keys[band] = key;
        }
        return keys;
    }

    /**
     * The signature in 16 bits per entry, for storing 100,000 of them: two different minima agree on their low
     * 16 bits once in 65,536 times, which leaves the estimate practically unchanged.
     */
    public static byte[] compact(long[] sig) {
        byte[] out = new byte[SIZE * 2];
        for (int i = 0; i < SIZE; i++) {
            out[2 * i] = (byte) sig[i];
            out[2 * i + 1] = (byte) (sig[i] >>> 8);
        }
        return out;
    }

    /** {@link #estimate} on two {@link #compact} signatures. */
    public static double estimate(byte[] a, byte[] b) {
        int equal = 0;
        for (int i = 0; i < SIZE * 2; i += 2) {
            if (a[i] == b[i] && a[i + 1] == b[i + 1]) {
                equal++;
            }
        }
        return (double) equal / SIZE;
    }

    private static final long[] SEEDS = new long[SIZE];

    static {
        for (int i = 0; i < SIZE; i++) {
            SEEDS[i] = mix(0x9E3779B97F4A7C15L * (i + 1));
        }
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
