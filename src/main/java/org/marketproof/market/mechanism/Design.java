package org.marketproof.market.mechanism;

import org.marketproof.market.instance.MarketInstance;

/**
 * What a mechanism announces before data is collected: how much each contributor should collect
 * (N_i) and how much each buyer receives (m_j). A mechanism may attach its own constants (Algorithm
 * 2's d_i and W) by implementing this interface with a richer type.
 */
public interface Design {

    /** @return the instance the design is for */
    MarketInstance instance();

    /**
     * @param contributor the contributor's index i, 0-based in cost order
     * @return N_i, the instruction to the {@code contributor}-th cheapest contributor (0-based)
     */
    int instruction(int contributor);

    /**
     * @param buyerType the buyer type's index j, 0-based
     * @return m_j, the dataset size sold to each buyer of type {@code buyerType}
     */
    int allocation(int buyerType);

    /**
     * @param contributor the contributor's index i, 0-based in cost order
     * @return whether the {@code contributor}'s submission is part of the pooled data that buyers'
     *     subsets are drawn from (Algorithm 2, line 10, pools Y_1 u Y_2 only). Default: every
     *     contributor's.
     */
    default boolean sold(int contributor) {
        return true;
    }

    /** @return the sum of all instructions */
    default long totalInstructed() {
        long n = 0;
        for (int i = 0; i < instance().contributors().size(); i++) {
            n += instruction(i);
        }
        return n;
    }
}
