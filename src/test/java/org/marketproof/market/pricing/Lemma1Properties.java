package org.marketproof.market.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Lemma 1 of paper 000 over random envy-free schemes. */
class Lemma1Properties {

    /** A market with an envy-free, individually rational scheme on it. */
    record MarketWithScheme(SmallMarket market, EnvyFreeScheme scheme) {
    }

    /**
     * Random sizes; prices either the largest envy-free prices lowered by a common shift (which
     * keeps every difference, so EF, and raises utilities, so IR) or arbitrary prices kept only
     * when the kernel judges them EF and IR.
     */
    @Provide
    Arbitrary<MarketWithScheme> schemes() {
        return Markets.small(4).flatMap(m -> {
            ValueTable t = m.table();
            int n = t.maxSize();
            Arbitrary<List<Integer>> sizes = Arbitraries.integers().between(0, n).list().ofSize(t.types());
            Arbitrary<List<Long>> prices = Arbitraries.longs().between(0, ValueUnits.ONE).list().ofSize(t.types());
            Arbitrary<Double> shift = Arbitraries.doubles().between(0, 1);
            return Combinators.combine(sizes, prices, shift, Arbitraries.of(true, false)).as((s, p, f, largest) -> {
                int[] sz = s.stream().mapToInt(Integer::intValue).toArray();
                long[] pr;
                if (largest) {
                    long[] max = BestSchemeSearch.maxPrices(t, sz);
                    if (max == null) {
                        return null;
                    }
                    long min = Arrays.stream(max).min().orElse(0);
                    long down = (long) (f * min);
                    pr = Arrays.stream(max).map(x -> x - down).toArray();
                } else {
                    pr = new long[sz.length];
                    for (int k = 0; k < sz.length; k++) {
                        pr[k] = Math.min(p.get(k), t.value(k, sz[k]));
                    }
                }
                EnvyFreeScheme scheme = EnvyFreeScheme.of(sz, pr);
                return EnvyJudge.envyFree(t, scheme) && EnvyJudge.individuallyRational(t, scheme)
                        ? new MarketWithScheme(m, scheme) : null;
            });
        }).filter(x -> x != null);
    }

    /**
     * Lemma 1: for every envy-free, individually rational scheme in EF(N), the constructed curve
     * is non-decreasing with q(0) = 0, every buyer buys at least her size in the scheme (the
     * proof's key step), and the curve's revenue rev-bar(N, q) is at least the scheme's.
     */
    @Property(tries = 500)
    void lemma1CurveEarnsAtLeastTheScheme(@ForAll("schemes") MarketWithScheme ms) {
        ValueTable t = ms.market().table();
        EnvyFreeScheme scheme = ms.scheme();
        PriceCurve q = Lemma1Construction.curve(t, scheme, t.maxSize());
        assertEquals(0, q.price(0));
        for (int m = 1; m <= q.maxSize(); m++) {
            assertTrue(q.price(m) >= q.price(m - 1), "curve must be non-decreasing: " + q);
        }
        for (int k = 0; k < t.types(); k++) {
            assertTrue(q.purchase(t, k) >= scheme.size(k), "type " + k + " buys less than in the scheme: " + q);
        }
        assertTrue(q.revenue(t) >= scheme.revenue(t), "curve " + q + " earns less than " + scheme);
    }

    /** The construction refuses a scheme the kernel finds not envy-free (it is Lemma 1's hypothesis). */
    @Property(tries = 200)
    void lemma1RefusesSchemesWithEnvy(@ForAll("schemes") MarketWithScheme ms,
            @ForAll("raise") long raise) {
        ValueTable t = ms.market().table();
        EnvyFreeScheme s = ms.scheme();
        long[] prices = new long[s.types()];
        int[] sizes = new int[s.types()];
        for (int k = 0; k < prices.length; k++) {
            prices[k] = s.price(k);
            sizes[k] = s.size(k);
        }
        prices[0] = Math.min(ValueUnits.ONE, prices[0] + raise);
        EnvyFreeScheme raised = EnvyFreeScheme.of(sizes, prices);
        Assume.that(!EnvyJudge.envyFree(t, raised) || !EnvyJudge.individuallyRational(t, raised));
        assertThrows(IllegalArgumentException.class,
                () -> Lemma1Construction.curve(t, raised, t.maxSize()));
    }

    @Provide
    Arbitrary<Long> raise() {
        return Arbitraries.longs().between(1, ValueUnits.ONE);
    }
}
