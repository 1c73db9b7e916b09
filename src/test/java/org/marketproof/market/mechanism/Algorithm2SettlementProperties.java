package org.marketproof.market.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.market.settlement.RoundedSettlement;
import org.marketproof.market.settlement.Settlement;

/**
 * Budget balance (BB, paper 000, section 3.2) and its rounding to currency units, on random
 * realizations including extreme values.
 */
class Algorithm2SettlementProperties {

    private static final Algorithm2 MECHANISM = new Algorithm2(instance -> {
        throw new AssertionError("settlement must not rerun Algorithm 1");
    });
    private static final BigFraction MICRO = BigFraction.of(1, 1_000_000);

    @Property(tries = 300)
    void budgetIsBalancedForEveryRealizationWhenSizesAreAsInstructed(
            @ForAll("designs") Algorithm2Design design, @ForAll("points") List<Double> pool) {
        List<double[]> submissions = submissions(design, pool, design.n1(), design.n2());
        Settlement s = MECHANISM.settle(design, submissions);
        assertTrue(Algorithm2.sizesAsInstructed(design, submissions));
        assertTrue(s.budgetBalanced(), () -> "surplus " + s.surplus());
    }

    @Property(tries = 200)
    void budgetIsBalancedWhenBothSizesAreWrong(
            @ForAll("designs") Algorithm2Design design, @ForAll("points") List<Double> pool) {
        Settlement s = MECHANISM.settle(design, submissions(design, pool, design.n1() + 1, 0));
        assertTrue(s.budgetBalanced(), () -> "surplus " + s.surplus());
    }

    /**
     * Finding M2 (specs/market.md): with exactly one submission of the wrong size, revenue minus
     * payments is N_1* N_2* (c_2 - c_1) / N+ when contributor 2 errs and its negative, a deficit
     * the broker cannot pay from revenue, when contributor 1 errs.
     */
    @Property(tries = 200)
    void withExactlyOneWrongSizeTheSurplusIsTheCostGapShare(
            @ForAll("designs") Algorithm2Design design, @ForAll("points") List<Double> pool) {
        BigFraction c1 = BigFraction.from(design.instance().cost(0));
        BigFraction c2 = BigFraction.from(design.instance().cost(1));
        BigFraction share = c2.subtract(c1).multiply(design.n1()).multiply(design.n2()).divide(design.nPlus());

        Settlement secondErrs = MECHANISM.settle(design, submissions(design, pool, design.n1(), 0));
        Settlement firstErrs = MECHANISM.settle(design, submissions(design, pool, design.n1() - 1, design.n2()));
        assertEquals(share, secondErrs.surplus());
        assertEquals(share.negate(), firstErrs.surplus());
    }

    @Property(tries = 200)
    void roundingKeepsTheBudgetBalancedAndMovesNoPartyByAUnit(
            @ForAll("designs") Algorithm2Design design, @ForAll("moderatePoints") List<Double> pool) {
        Settlement s = MECHANISM.settle(design, submissions(design, pool, design.n1(), design.n2()));
        String refusal = RoundedSettlement.refusal(s, MICRO);
        net.jqwik.api.Assume.that(refusal == null);
        RoundedSettlement r = RoundedSettlement.of(s, MICRO);
        assertEquals(r.totalPrices(), r.totalPayments());
        int party = 0;
        for (int j = 0; j < s.prices().size(); j++) {
            for (int c = 0; c < design.instance().buyers().get(j).count(); c++) {
                assertWithinOneUnit(s.prices().get(j), r.buyerPrices()[party++]);
            }
        }
        for (int i = 0; i < s.payments().size(); i++) {
            assertWithinOneUnit(s.payments().get(i), r.payments()[i]);
        }
    }

    private static void assertWithinOneUnit(BigFraction exact, long rounded) {
        BigFraction moved = exact.divide(MICRO).subtract(BigFraction.of(rounded)).abs();
        assertTrue(moved.compareTo(BigFraction.ONE) < 0, () -> "moved by " + moved.doubleValue() + " units");
    }

    /** Cycles through {@code pool} to fill submissions of the given sizes; others submit nothing. */
    static List<double[]> submissions(Algorithm2Design design, List<Double> pool, int size1, int size2) {
        List<double[]> out = new ArrayList<>();
        int[] sizes = {size1, size2};
        int k = 0;
        for (int i = 0; i < design.instance().contributors().size(); i++) {
            double[] y = new double[i < 2 ? sizes[i] : 0];
            for (int t = 0; t < y.length; t++) {
                y[t] = pool.get(k++ % pool.size());
            }
            out.add(y);
        }
        return out;
    }

    @Provide
    Arbitrary<Algorithm2Design> designs() {
        return SyntheticDesigns.designs();
    }

    @Provide
    Arbitrary<List<Double>> points() {
        Arbitrary<Double> extreme = Arbitraries.of(1e300, -1e300, Double.MIN_VALUE, -Double.MIN_VALUE, 0.0,
                Double.MAX_VALUE / 4, 1e-310);
        return Arbitraries.oneOf(extreme, Arbitraries.doubles().between(-1e3, 1e3).ofScale(9)).list().ofMinSize(1).ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<Double>> moderatePoints() {
        return Arbitraries.doubles().between(-10, 10).ofScale(9).list().ofMinSize(1).ofMaxSize(20);
    }
}
