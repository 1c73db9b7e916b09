package org.marketproof.market.mechanism.catalog;

import java.util.Collections;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.settlement.Settlement;

/**
 * The trivial mechanism: nobody is asked to collect, no buyer receives data, every price and payment
 * is 0. It is envy-free and individually rational for buyers (everyone gets (0, 0)), and "nobody
 * collects" is a Nash equilibrium with profit 0. It is the witness that Theorem 4 of paper 000 needs
 * OPT >= c_2 - c_1 (finding S3 in {@code specs/strategies.md}).
 */
public final class NothingSold implements Mechanism {

    @Override
    public String name() {
        return "nothing-sold";
    }

    @Override
    public Design design(MarketInstance instance) {
        return new Empty(instance);
    }

    @Override
    public Settlement settle(Design design, List<double[]> submissions) {
        MarketInstance instance = design.instance();
        return new Settlement(instance, Collections.nCopies(instance.buyers().size(), BigFraction.ZERO),
                Collections.nCopies(instance.contributors().size(), BigFraction.ZERO));
    }

    @Override
    public boolean dependsOnlyOnSizesAndMeans() {
        return true;
    }

    @Override
    public boolean translationInvariant() {
        return true;
    }

    /** N_i = 0 and m_j = 0 for all. */
    record Empty(MarketInstance instance) implements Design {
        @Override
        public int instruction(int contributor) {
            return 0;
        }

        @Override
        public int allocation(int buyerType) {
            return 0;
        }
    }
}
