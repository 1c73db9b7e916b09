package org.marketproof.market.pricing;

/**
 * The chain relaxation of the envy-freeness constraints (specs/pricing.md, Lemma C): an upper bound
 * on what a set of buyer types can still pay when they are placed, in some order and with
 * non-decreasing sizes, after a dataset of size m.
 *
 * <p>Place the types of R in positions t = 1..r with sizes m <= m_1 <= ... <= m_r <= cap. EFB
 * gives each type the constraint "no envy for the previous position's allocation":
 * p_t <= p_{t-1} + v_t(m_t) - v_t(m_{t-1}). Summing with weights n_t and telescoping, the types of
 * R pay at most W_R p_0 + sum_t W_t (v_t(m_t) - v_t(m_{t-1})), where W_t is the number of buyers in
 * positions t..r and p_0 the price at size m. This class tabulates, for every subset R of types and
 * every m,
 *
 * <pre>
 *   H(R, m) = max over orders of R and sizes m <= m_1 <= ... <= m_r <= cap, each m_t a candidate of
 *             its type, of sum_t W_t (v_t(m_t) - v_t(m_{t-1})) + tail(m_r)          (m_0 = m)
 *   H({}, m) = tail(m)
 * </pre>
 *
 * by the recursion H(R, m) = max over l in R of A(R, l, m) - W_R v_l(m), with
 * A(R, l, m) = max over candidates m' >= m of l of key(R, l, m'), key(R, l, m') = W_R v_l(m') +
 * H(R \ {l}, m'). The tail is -floor(c_1 m) in units for Algorithm 1 (minus infinity at m = 0, which
 * is outside its range) and 0 for a single N. Cost: 2^K (cap + 1) numbers, O(2^K K cap) time.
 *
 * <p>The search enumerates children (l, m') of a node in decreasing key order and needs, for a
 * threshold, every candidate m' >= m with key at least the threshold; block maxima of the keys
 * (blocks of {@link #BLOCK} sizes) let it skip blocks.
 */
final class ChainRelaxation {

    /** Minus infinity: no completion (no candidate size left, or N = 0 in Algorithm 1). */
    static final long NONE = Long.MIN_VALUE / 4;

    /** Sizes per block of the key maxima. */
    static final int BLOCK = 64;

    /** Largest 2^K (cap + 1) tabulated (256 MiB of longs). */
    static final long MAX_CELLS = 1L << 25;

    private final long[][] rows;
    private final int types;
    private final int cap;
    private final long[] weight;
    private final long[][] h;
    /** blockMax[R][l][b]: max key(R, l, m') over candidates m' in block b; suffix[R][l][b] over blocks >= b. */
    private final long[][][] blockMax;
    private final long[][][] suffix;

    /**
     * @param rows v_k(0..cap) in units
     * @param counts buyers per type
     * @param candidates candidates[k][m]: size m may be given to type k
     * @param tail tail(m) for m = 0..cap, in units (at most 0), or {@link #NONE}
     */
    ChainRelaxation(long[][] rows, int[] counts, boolean[][] candidates, long[] tail) {
        this.rows = rows;
        this.types = rows.length;
        this.cap = tail.length - 1;
        int subsets = 1 << types;
        this.weight = new long[subsets];
        for (int r = 1; r < subsets; r++) {
            int low = Integer.numberOfTrailingZeros(r);
            weight[r] = weight[r & (r - 1)] + counts[low];
        }
        int blocks = cap / BLOCK + 1;
        this.h = new long[subsets][];
        this.blockMax = new long[subsets][types][];
        this.suffix = new long[subsets][types][];
        h[0] = tail.clone();
        long[] a = new long[cap + 2];
        for (int r = 1; r < subsets; r++) {
            long[] hr = new long[cap + 1];
            java.util.Arrays.fill(hr, NONE);
            long w = weight[r];
            for (int l = 0; l < types; l++) {
                if ((r >> l & 1) == 0) {
                    continue;
                }
                long[] v = rows[l];
                long[] rest = h[r & ~(1 << l)];
                long[] bm = new long[blocks];
                java.util.Arrays.fill(bm, NONE);
                a[cap + 1] = NONE;
                for (int m = cap; m >= 0; m--) {
                    long key = candidates[l][m] && rest[m] > NONE ? w * v[m] + rest[m] : NONE;
                    a[m] = Math.max(a[m + 1], key);
                    bm[m / BLOCK] = Math.max(bm[m / BLOCK], key);
                    if (a[m] > NONE) {
                        hr[m] = Math.max(hr[m], a[m] - w * v[m]);
                    }
                }
                long[] sf = new long[blocks + 1];
                sf[blocks] = NONE;
                for (int b = blocks - 1; b >= 0; b--) {
                    sf[b] = Math.max(sf[b + 1], bm[b]);
                }
                blockMax[r][l] = bm;
                suffix[r][l] = sf;
            }
            h[r] = hr;
        }
    }

    /** @return whether a table for K types up to cap fits in {@link #MAX_CELLS} */
    static boolean fits(int types, int cap) {
        return types < 30 && ((long) cap + 1) << types <= MAX_CELLS;
    }

    /** @return W_R, the buyers of the types in R */
    long weight(int set) {
        return weight[set];
    }

    /** @return H(R, m) */
    long completion(int set, int m) {
        return h[set][m];
    }

    /** @return key(R, l, m') = W_R v_l(m') + H(R \ {l}, m'), or {@link #NONE} if m' is no candidate */
    long key(int set, int type, int m, boolean candidate) {
        long rest = h[set & ~(1 << type)][m];
        return candidate && rest > NONE ? weight[set] * rows[type][m] + rest : NONE;
    }

    /** @return A(R, l, m) = the largest key(R, l, m') over m' >= m (NONE if none) */
    long bestKeyFrom(int set, int type, int m, boolean[] candidates) {
        if (m > cap) {
            return NONE;
        }
        int b = m / BLOCK;
        long best = suffix[set][type][b + 1];
        int end = Math.min(cap, (b + 1) * BLOCK - 1);
        for (int x = m; x <= end; x++) {
            best = Math.max(best, key(set, type, x, candidates[x]));
        }
        return best;
    }

    /** @return the largest key over the sizes of block b */
    long blockMax(int set, int type, int block) {
        return blockMax[set][type][block];
    }

    /** @return the largest key over the sizes of blocks >= b */
    long suffixMax(int set, int type, int block) {
        return suffix[set][type][block];
    }

    int cap() {
        return cap;
    }
}
