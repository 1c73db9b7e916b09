package org.marketproof.market.pricing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The grid-pricer bound (Theorem G) and the exact pricer's certified gap on larger markets (up to 5
 * types, N up to 14) and many more tries; skipped unless {@code -Dmarketproof.deep=true}.
 */
@AddLifecycleHook(DeepSearch.class)
class DeepPricerProperties {

    @Provide
    Arbitrary<SmallMarket> markets() {
        return Markets.upTo(5, 14);
    }

    @Provide
    Arbitrary<Double> epsilons() {
        return Arbitraries.of(0.05, 0.1, 0.2, 0.3, 0.5, 0.7);
    }

    @Property(tries = 20_000)
    void gridPricerIsWithinItsStatedBoundOnLargerMarkets(
            @ForAll("markets") SmallMarket market, @ForAll("epsilons") double epsilon) {
        ValueTable t = market.table();
        int n = t.maxSize();
        GridPricer grid = new GridPricer(epsilon);
        PricingSolution exact = new ExactPricer().price(t, n);
        PricingSolution s = grid.price(t, n);
        assertTrue(exact.gap() == 0, "exact curve below the best scheme: " + exact);
        assertTrue(s.revenue() <= exact.revenue() && s.revenue() >= exact.revenue() - t.buyers() * grid.lossPerBuyer(),
                "grid " + s.revenue() + " vs exact " + exact.revenue());
        assertTrue(s.upperBound() >= exact.revenue());
    }
}
