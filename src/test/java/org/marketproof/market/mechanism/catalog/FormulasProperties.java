package org.marketproof.market.mechanism.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.market.mechanism.Algorithm2Design;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.settlement.Settlement;
import org.marketproof.market.strategy.Generators;
import org.marketproof.market.strategy.Scenarios;

/**
 * The term-by-term form of (14) and (15) that the mutants edit settles exactly as the paper's
 * {@code Algorithm2}, and the equivalent mutants settle as the paper where they say they do: the
 * refactorings on every realization, the behavioural ones at the instructed sizes.
 */
class FormulasProperties {

    /** Equivalent mutants that are refactorings: identical on every realization. */
    private static final Set<String> REFACTORINGS = Set.of("paper-restated", "gap-sign-flipped", "expanded-square",
            "prices-from-budget-identity");

    @Provide
    Arbitrary<Scenarios> scenarios() {
        return Generators.anyScenarios();
    }

    @Provide
    Arbitrary<String> equivalents() {
        return Arbitraries.of(Mutants.equivalent().stream().map(Mutant::name).toList());
    }

    @Property(tries = 300)
    void refactoringsSettleAsThePaperOnEveryRealization(@ForAll("scenarios") Scenarios sc, @ForAll("equivalents") String name,
            @ForAll long seed) {
        Algorithm2Design paper = sc.paper().design(sc.instance());
        Mechanism m = Mutants.named(name).orElseThrow().mechanism(sc.pricing());
        Design design = m.design(sc.instance());
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        double mu = 3 * rng.nextDouble();
        List<double[]> y = new ArrayList<>();
        for (int i = 0; i < sc.instance().contributors().size(); i++) {
            int n = paper.instruction(i);
            // the instructed size, or any size from 0 to 2 N_i* + 1 for the refactorings
            double[] yi = new double[REFACTORINGS.contains(name) ? rng.nextInt(2 * n + 2) : n];
            for (int t = 0; t < yi.length; t++) {
                yi[t] = mu + Math.sqrt(sc.instance().variance()) * z.sample();
            }
            y.add(yi);
        }
        Settlement expected = sc.paper().settle(paper, y);
        Settlement actual = m.settle(design, y);
        assertSame(expected.prices(), actual.prices(), name + " prices");
        assertSame(expected.payments(), actual.payments(), name + " payments");
    }

    private static void assertSame(List<BigFraction> expected, List<BigFraction> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int k = 0; k < expected.size(); k++) {
            int at = k;
            assertTrue(FractionOrder.compare(expected.get(k), actual.get(k)) == 0, () -> what + " differ at " + at + ": "
                    + expected.get(at) + " vs " + actual.get(at));
        }
    }
}
