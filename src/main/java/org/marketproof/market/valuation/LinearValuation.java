package org.marketproof.market.valuation;

import org.apache.commons.numbers.gamma.Erf;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * v^e(e) = scale * max(0, 1 - e/tolerance): value falls linearly to zero at the tolerance.
 *
 * <p>With a = tolerance sqrt(m)/sigma and e = |Z| sigma/sqrt(m),
 * E[(1 - |Z|/a)_+] = (2 Phi(a) - 1) - (2/a)(phi(0) - phi(a)), because
 * the integral of z phi(z) over [0, a] is phi(0) - phi(a). So
 * v^d(m) = scale * (erf(a/sqrt 2) - sqrt(2/pi) (1 - exp(-a^2/2)) / a).
 * For tiny a (below 1e-4) a^2 underflows the second term, so there the series
 * sqrt(2/pi) (a/2 - a^3/24 + a^5/240) of the same integral is used.
 */
public record LinearValuation(double tolerance, double scale) implements Valuation {

    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);

    @Override
    public String kind() {
        return "linear";
    }

    @Override
    public double errorValue(double error) {
        return scale * Math.max(0.0, 1.0 - error / tolerance);
    }

    @Override
    public double dataValue(long m, double variance) {
        if (m == 0) {
            return 0.0;
        }
        double a = tolerance * Math.sqrt(m / variance);
        return scale * expectedHat(a);
    }

    /** E[(1 - |Z|/a)_+] for Z standard normal. */
    static double expectedHat(double a) {
        if (a < 1e-4) {
            // integral over [0, a] of (1 - z/a) 2 phi(z) dz, phi expanded to z^4
            double a2 = a * a;
            return SQRT_2_OVER_PI * a * (0.5 - a2 / 24.0 + a2 * a2 / 240.0);
        }
        double erf = a > 6 ? 1.0 - Erfc.value(a / Math.sqrt(2.0)) : Erf.value(a / Math.sqrt(2.0));
        return erf - SQRT_2_OVER_PI * (-Math.expm1(-a * a / 2.0)) / a;
    }
}
