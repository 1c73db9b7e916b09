package org.marketproof.market.valuation;

import org.apache.commons.numbers.gamma.Erf;

/**
 * v^e(e) = scale * [e &lt;= tolerance]: the buyer is paid off only if her error is within tolerance.
 *
 * <p>v^d(m) = scale * P(|Z| sigma/sqrt(m) &lt;= t) = scale * (2 Phi(t sqrt(m)/sigma) - 1)
 * = scale * erf(t sqrt(m) / (sigma sqrt 2)).
 */
public record ThresholdValuation(double tolerance, double scale) implements Valuation {

    @Override
    public String kind() {
        return "threshold";
    }

    @Override
    public double errorValue(double error) {
        return error <= tolerance ? scale : 0.0;
    }

    @Override
    public double dataValue(long m, double variance) {
        if (m == 0) {
            return 0.0;
        }
        return scale * Erf.value(tolerance * Math.sqrt(m / (2.0 * variance)));
    }
}
