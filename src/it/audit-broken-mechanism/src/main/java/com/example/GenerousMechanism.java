package com.example;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.settlement.Settlement;

/**
 * A team's variant of the paper's mechanism with a bug: a loyalty bonus of 1/100 to every
 * contributor that no buyer pays for, so the broker pays out more than it takes in (budget balance
 * fails).
 */
public final class GenerousMechanism implements Mechanism {

    private static final BigFraction BONUS = BigFraction.of(1, 100);

    private final Algorithm2 paper = Algorithm2.withPricer(new GridPricer(0.01));

    @Override
    public String name() {
        return "generous";
    }

    @Override
    public Design design(MarketInstance instance) {
        return paper.design(instance);
    }

    @Override
    public Settlement settle(Design design, List<double[]> submissions) {
        Settlement s = paper.settle(design, submissions);
        return new Settlement(s.instance(), s.prices(), s.payments().stream().map(p -> p.add(BONUS)).toList());
    }

    /** The bonus is a constant, so prices and payments stay quadratic in the submitted means. */
    @Override
    public boolean dependsOnlyOnSizesAndMeans() {
        return true;
    }

    @Override
    public boolean translationInvariant() {
        return true;
    }
}
