package org.marketproof.market.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.numbers.fraction.BigFraction;

class ExactSumProperties {

    @Property(tries = 500)
    void sumEqualsTheSumOfExactConversions(@ForAll("extremeDoubles") double[] xs) {
        BigFraction expected = BigFraction.ZERO;
        for (double x : xs) {
            expected = expected.add(BigFraction.from(x));
        }
        ExactSum s = new ExactSum();
        s.addAll(xs);
        assertEquals(expected, s.sum());
        assertEquals(xs.length, s.count());
    }

    @Example
    void cancellationThatDefeatsDoubleArithmeticIsExact() {
        double[] xs = {1e300, 1.0, -1e300, Double.MIN_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE};
        assertEquals(BigFraction.ONE.add(BigFraction.from(Double.MIN_VALUE)).divide(6), ExactSum.meanOf(xs));
    }

    @Example
    void manyMaximalValuesDoNotOverflow() {
        ExactSum s = new ExactSum();
        for (int k = 0; k < 100_000; k++) {
            s.add(Double.MAX_VALUE);
        }
        assertEquals(BigFraction.from(Double.MAX_VALUE).multiply(100_000), s.sum());
    }

    @Example
    void nonFiniteInputIsRefused() {
        ExactSum s = new ExactSum();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> s.addAll(new double[] {1.0, Double.NaN}));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> s.add(Double.NEGATIVE_INFINITY));
    }

    @Example
    void theMeanOfNothingIsZero() {
        assertEquals(BigFraction.ZERO, ExactSum.meanOf(new double[0]));
    }

    @Provide
    Arbitrary<double[]> extremeDoubles() {
        Arbitrary<Double> special = Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
                Double.MAX_VALUE, -Double.MAX_VALUE, 1e300, -1e300, 1e-300, 4.9e-324 * 3, 1.0, -1.0);
        Arbitrary<Double> bits = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
        Arbitrary<Double> plain = Arbitraries.doubles().between(-1e6, 1e6);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(2, special), net.jqwik.api.Tuple.of(3, bits), net.jqwik.api.Tuple.of(3, plain))
                .array(double[].class).ofMaxSize(2500); // beyond one block of 1024
    }
}
