package org.marketproof.market.mechanism.catalog;

import java.util.List;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.settlement.Settlement;

/**
 * A {@link Mutant} through the public {@link Mechanism} SPI: the paper's Algorithm 2 designs, the
 * mutant announces and settles. The suite sees it exactly as it sees a user's mechanism.
 */
final class MutatedAlgorithm2 implements Mechanism {

    private final Mutant mutant;
    private final Algorithm2 paper;

    MutatedAlgorithm2(Mutant mutant, Algorithm2 paper) {
        this.mutant = mutant;
        this.paper = paper;
    }

    @Override
    public String name() {
        return mutant.name();
    }

    @Override
    public Design design(MarketInstance instance) {
        return mutant.announce().announce(paper.design(instance));
    }

    @Override
    public Settlement settle(Design design, List<double[]> submissions) {
        return mutant.settle().settle((MutantDesign) design, submissions);
    }

    @Override
    public boolean dependsOnlyOnSizesAndMeans() {
        return mutant.quadraticInMeans();
    }

    /** Every mutant's prices and payments are functions of differences of the means of non-empty data. */
    @Override
    public boolean translationInvariant() {
        return true;
    }
}
