package org.marketproof.market.valuation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The closed forms of v^d (11) against independent numerical integration:
 * v^d(m) = integral over z >= 0 of v^e(z sigma / sqrt(m)) 2 phi(z) dz, by Gauss-Legendre
 * quadrature (Commons Math), split at the threshold or kink of v^e where it has one and cut at
 * z = 40 (the tail beyond has mass below 1e-300).
 */
class ClosedFormIntegrationTest {

    private static final double TOLERANCE = 1e-10;

    private static double integrate(DoubleUnaryOperator f, double... breaks) {
        IterativeLegendreGaussIntegrator gauss = new IterativeLegendreGaussIntegrator(16, 1e-14, 1e-14);
        double total = 0;
        for (int i = 0; i + 1 < breaks.length; i++) {
            if (breaks[i + 1] > breaks[i]) {
                total += gauss.integrate(100_000, f::applyAsDouble, breaks[i], breaks[i + 1]);
            }
        }
        return total;
    }

    private static double byQuadrature(Valuation v, long m, double variance, double kinkError) {
        double sigma = Math.sqrt(variance);
        DoubleUnaryOperator integrand = z -> v.errorValue(z * sigma / Math.sqrt(m))
                * 2 * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        double kink = Math.min(40, kinkError * Math.sqrt(m) / sigma);
        return integrate(integrand, 0, kink, 40);
    }

    @ParameterizedTest
    @CsvSource({"0.5, 1.0, 1, 4.0", "0.5, 1.0, 7, 4.0", "2.0, 0.3, 100, 0.01", "0.01, 1.0, 3, 100.0", "1.0, 0.7, 1000, 1.0"})
    void thresholdMatchesQuadrature(double tolerance, double scale, long m, double variance) {
        Valuation v = new ThresholdValuation(tolerance, scale);
        assertEquals(byQuadrature(v, m, variance, tolerance), v.dataValue(m, variance), TOLERANCE);
    }

    @ParameterizedTest
    @CsvSource({"2.0, 0.9, 1, 4.0", "2.0, 0.9, 9, 4.0", "0.01, 1.0, 1, 1.0", "50.0, 0.5, 100, 3.0", "1.0, 1.0, 1000, 1000.0"})
    void gaussianMatchesQuadrature(double precision, double scale, long m, double variance) {
        Valuation v = new GaussianValuation(precision, scale);
        assertEquals(byQuadrature(v, m, variance, 40 * Math.sqrt(variance)), v.dataValue(m, variance), TOLERANCE);
    }

    @ParameterizedTest
    @CsvSource({"1.0, 0.5, 1, 4.0", "1.0, 0.5, 30, 4.0", "0.001, 1.0, 1, 100.0", "10.0, 1.0, 2, 0.5", "0.5, 0.8, 500, 2.0"})
    void linearMatchesQuadrature(double tolerance, double scale, long m, double variance) {
        Valuation v = new LinearValuation(tolerance, scale);
        assertEquals(byQuadrature(v, m, variance, tolerance), v.dataValue(m, variance), TOLERANCE);
    }
}
