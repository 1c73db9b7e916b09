package org.marketproof.market.pricing;

import org.marketproof.algebra.FractionOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.numbers.fraction.BigFraction;

/** Claims about Algorithm 1 and Lemma 2 of paper 000 on small generated markets. */
class Algorithm1Properties {

    @Provide
    Arbitrary<SmallMarket> markets() {
        return Markets.small(3);
    }

    @Provide
    Arbitrary<OrderedItemPricer> pricers() {
        return Arbitraries.oneOf(Arbitraries.just(new ExactPricer()),
                Arbitraries.of(0.05, 0.2, 0.5).map(GridPricer::new));
    }

    /**
     * Algorithm 1's mechanism is IRB and EFB, judged by the kernel both with the options every
     * point of the curve q_{N+} and with the options the other buyer types' allocations
     * (m_k+, q_k+); and m_j+ <= N+.
     */
    @Property(tries = 300)
    void algorithm1IsEnvyFreeAndIndividuallyRational(
            @ForAll("markets") SmallMarket market, @ForAll("pricers") OrderedItemPricer pricer) {
        ValueTable t = market.table();
        Algorithm1Result r = Algorithm1.run(t, market.c1(), pricer);
        PriceCurve q = r.solution().curve();
        assertEquals(r.nPlus(), q.maxSize());
        EnvyFreeScheme scheme = EnvyFreeScheme.of(r.purchases(), r.prices());
        assertTrue(r.envyFreeForBuyers(t), () -> "EFB: " + scheme + " on " + q);
        assertTrue(r.individuallyRationalForBuyers(t), () -> "IRB: " + scheme);
        assertEquals(ValueUnits.toExact(scheme.revenue(t)).subtract(BigFraction.from(market.c1()).multiply(r.nPlus())),
                r.profit());
    }

    /**
     * With the exact pricer, pruning loses nothing: profit_{N+} is the largest exact profit over the
     * paper's range {1..floor(|B|/c_1)}, N+ is its smallest maximiser, and the certified upper
     * bound is at least OPT.
     */
    @Property(tries = 300)
    void exactAlgorithm1FindsTheBestNOfItsRange(@ForAll("markets") SmallMarket market) {
        ValueTable t = market.table();
        Algorithm1Result r = Algorithm1.run(t, market.c1(), new ExactPricer());
        BigFraction best = Optimum.best(t, market.c1(), 1);
        if (best == null) {
            assertEquals(0, r.nPlus());
            assertEquals(BigFraction.ZERO, r.profit());
        } else {
            assertEquals(best, r.profit());
            for (int n = 1; n < r.nPlus(); n++) {
                assertTrue(FractionOrder.compare(Optimum.profit(t, market.c1(), n), best) < 0, "N = " + n + " also maximises");
            }
        }
        assertTrue(FractionOrder.compare(r.profitUpperBound(), Optimum.opt(t, market.c1())) >= 0, "upper bound below OPT");
    }

    /**
     * Lemma 2 repaired (specs/pricing.md, PR2): Algorithm 1 together with the option N = 0 (collect
     * nothing) earns at least OPT - |B| times the pricer's loss per buyer.
     */
    @Property(tries = 300)
    void algorithm1WithTheNothingOptionIsWithinTheBoundOfOpt(
            @ForAll("markets") SmallMarket market, @ForAll("epsilons") double epsilon) {
        ValueTable t = market.table();
        GridPricer grid = new GridPricer(epsilon);
        Algorithm1Result r = Algorithm1.run(t, market.c1(), grid);
        BigFraction withNothing = FractionOrder.max(r.profit(), BigFraction.ZERO);
        BigFraction slack = ValueUnits.toExact(t.buyers() * grid.lossPerBuyer());
        assertTrue(FractionOrder.compare(withNothing.add(slack), Optimum.opt(t, market.c1())) >= 0);
    }

    @Provide
    Arbitrary<Double> epsilons() {
        return Arbitraries.of(0.05, 0.2, 0.5);
    }
}
