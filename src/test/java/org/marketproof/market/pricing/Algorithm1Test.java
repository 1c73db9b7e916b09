package org.marketproof.market.pricing;

import org.marketproof.algebra.FractionOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import org.apache.commons.numbers.fraction.BigFraction;
import net.jqwik.api.Example;
import org.marketproof.InvalidInputException;
import org.marketproof.market.instance.BuyerType;
import org.marketproof.market.instance.Contributor;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.valuation.GaussianValuation;
import org.marketproof.market.valuation.TableValuation;

/** Edge cases of Algorithm 1 and the counterexample to Lemma 2 as the paper states it. */
class Algorithm1Test {

    /** Seed of the counterexample search; override with -Dmarketproof.seed=... */
    private static final long SEED = Long.getLong("marketproof.seed", 20240601L);

    private static MarketInstance instance(double cost, double... table) {
        return new MarketInstance(1.0, List.of(new Contributor("c", cost), new Contributor("d", cost)),
                List.of(new BuyerType("b", 1, new TableValuation(table))));
    }

    /**
     * Lemma 2 as stated: profit(Algorithm 1) >= OPT - |B| O(epsilon), with OPT over all N >= 0 as in
     * (3). Returns whether it holds for the grid pricer's stated constant.
     */
    static boolean lemma2AsStatedHolds(SmallMarket m, GridPricer grid) {
        ValueTable t = m.table();
        Algorithm1Result r = Algorithm1.run(t, m.c1(), grid);
        BigFraction slack = ValueUnits.toExact(t.buyers() * grid.lossPerBuyer());
        return FractionOrder.compare(r.profit().add(slack), Optimum.opt(t, m.c1())) >= 0;
    }

    @Example
    void lemma2AsStatedFailsWhenCollectingNothingIsBest() {
        // one buyer, v(1) = 0.1, c_1 = 0.5: range {1, 2}; profit_1 = 0.1 - 0.5 < 0 = OPT (N = 0)
        MarketInstance inst = instance(0.5, 0.0, 0.1);
        Algorithm1Result r = Algorithm1.run(inst, new GridPricer(0.01));
        assertEquals(1, r.nPlus());
        assertEquals(BigFraction.from(0.1).subtract(BigFraction.from(0.5)).doubleValue(), r.profit().doubleValue(), 1e-12);
        assertEquals(BigFraction.ZERO, r.profitUpperBound());
        SmallMarket m = new SmallMarket(ValueTable.of(inst, 2).toRows(), new int[] {1}, 0.5);
        assertTrue(!lemma2AsStatedHolds(m, new GridPricer(0.01)));
    }

    /** PR2, second reading: with OPT over N >= 1 only, the maximiser can lie above |B|/c_1. */
    @Example
    void lemma2FailsAlsoWhenOptStartsAtOne() {
        // one buyer, v(1) = 0, v(2) = 1, c_1 = 0.6: range {1}; N = 2 earns 1 - 1.2 = -0.2 > -0.6
        ValueTable t = ValueTable.of(new long[][] {{0, 0, ValueUnits.ONE}}, new int[] {1});
        GridPricer grid = new GridPricer(0.01);
        Algorithm1Result r = Algorithm1.run(t, 0.6, grid);
        assertEquals(1, r.searchLimit());
        BigFraction slack = ValueUnits.toExact(t.buyers() * grid.lossPerBuyer());
        assertTrue(FractionOrder.compare(r.profit().add(slack), Optimum.profit(t, 0.6, 2)) < 0);
    }

    @Example
    void theMarketGeneratorFindsACounterexampleToLemma2AsStated() {
        Arbitrary<SmallMarket> markets = Markets.small(3);
        Random random = new Random(SEED);
        GridPricer grid = new GridPricer(0.05);
        SmallMarket found = null;
        for (int i = 0; i < 2000 && found == null; i++) {
            SmallMarket m = markets.generator(100).next(random).value();
            if (!lemma2AsStatedHolds(m, grid)) {
                found = m;
            }
        }
        assertTrue(found != null, "no counterexample to Lemma 2 as stated with seed " + SEED);
        System.out.println("Lemma 2 as stated fails (seed " + SEED + "): " + found);
    }

    @Example
    void emptyRangeCollectsNothing() {
        // c_1 = 2 > |B| = 1: floor(|B|/c_1) = 0
        Algorithm1Result r = Algorithm1.run(instance(2.0, 0.0, 1.0), new ExactPricer());
        assertEquals(0, r.nPlus());
        assertEquals(0, r.searchLimit());
        assertEquals(BigFraction.ZERO, r.profit());
        assertEquals(BigFraction.ZERO, r.gap());
        assertEquals(0, r.purchases()[0]);
    }

    @Example
    void tooLargeRangeIsRefusedNamingTheCost() {
        MarketInstance inst = new MarketInstance(1.0, List.of(new Contributor("cheap", 1e-9)),
                List.of(new BuyerType("b", 1000, new GaussianValuation(1.0, 1.0))));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Algorithm1.run(inst, new GridPricer(0.1)));
        assertEquals("contributors.cost", e.field());
        assertTrue(e.getMessage().contains("cheap"), e.getMessage());
    }

    @Example
    void pruningPricesFewNOnASmoothMarket() {
        MarketInstance inst = new MarketInstance(1.0, List.of(new Contributor("c", 0.01)),
                List.of(new BuyerType("b", 1, new GaussianValuation(1.0, 1.0))));
        Algorithm1Result r = Algorithm1.run(inst, new ExactPricer());
        // 0.01 as a double is slightly above 1/100, so floor(|B|/c_1) = 99 exactly
        assertEquals(99, r.searchLimit());
        assertTrue(r.solved() < r.searchLimit() / 2, "solved " + r.solved() + " of " + r.searchLimit());
        assertEquals(Optimum.best(ValueTable.of(inst, 99), 0.01, 1), r.profit());
    }
}
