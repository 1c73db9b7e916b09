package org.marketproof.market.mechanism;

import org.apache.commons.rng.UniformRandomProvider;
import org.marketproof.kernel.SubsetSelection;

/**
 * Algorithm 2, line 11: each buyer receives m_j points chosen uniformly at random, independently
 * of the other buyers, from the pooled submissions Y = Y_1 u Y_2 (indices 0..|Y|-1, Y_1 first).
 *
 * <p>The draws come from the caller's seeded generator; the selection itself is the verified
 * kernel {@link SubsetSelection#select}, whose contract guarantees distinct indices in range.
 */
public final class BuyerAllocation {

    private BuyerAllocation() {
    }

    /**
     * @param pooled |Y|
     * @param size m_j; a design may promise more points than were submitted, in which case the
     *     buyer receives all |Y| of them
     * @param rng the caller's seeded generator
     * @return the indices of the buyer's points in Y, distinct, in the order drawn
     */
    public static int[] draw(int pooled, int size, UniformRandomProvider rng) {
        int m = Math.min(size, pooled);
        int[] draws = new int[m];
        for (int t = 0; t < m; t++) {
            draws[t] = t + rng.nextInt(pooled - t);
        }
        return SubsetSelection.select(pooled, draws);
    }
}
