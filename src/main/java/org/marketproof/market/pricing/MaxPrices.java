package org.marketproof.market.pricing;

/**
 * The largest envy-free, individually rational prices of a size assignment (specs/pricing.md,
 * Lemma P): the shortest-path distances from the outside option in the envy graph, whose edge
 * l -> k has weight v_k(m_k) - v_k(m_l) (type k does not envy l's allocation; l = 0 is the outside
 * option with size 0 and price 0, the IRB constraint). Computed by Bellman-Ford in O(K^3).
 */
final class MaxPrices {

    private MaxPrices() {
    }

    /**
     * @param rows v_k(0..cap) in units
     * @param sizes m_k per type
     * @return the prices d(0, k) in units, or null if there is a negative cycle or a negative price
     *     (then no envy-free, individually rational prices exist)
     */
    static long[] of(long[][] rows, int[] sizes) {
        int k = sizes.length;
        long[] d = new long[k];
        for (int t = 0; t < k; t++) {
            d[t] = rows[t][sizes[t]];
        }
        for (int round = 0; round <= k; round++) {
            boolean changed = false;
            for (int t = 0; t < k; t++) {
                long own = rows[t][sizes[t]];
                for (int l = 0; l < k; l++) {
                    long via = d[l] + own - rows[t][sizes[l]];
                    if (l != t && via < d[t]) {
                        d[t] = via;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                for (long p : d) {
                    if (p < 0) {
                        return null;
                    }
                }
                return d;
            }
        }
        return null;
    }

    /** @return sum_k n_k p_k */
    static long revenue(int[] counts, long[] prices) {
        long rev = 0;
        for (int t = 0; t < prices.length; t++) {
            rev += counts[t] * prices[t];
        }
        return rev;
    }
}
