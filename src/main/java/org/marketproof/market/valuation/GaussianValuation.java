package org.marketproof.market.valuation;

/**
 * v^e(e) = scale * exp(-precision e^2).
 *
 * <p>With e = |Z| sigma/sqrt(m), E[exp(-a Z^2)] = 1/sqrt(1 + 2a) for a = precision sigma^2/m, so
 * v^d(m) = scale / sqrt(1 + 2 precision sigma^2 / m).
 */
public record GaussianValuation(double precision, double scale) implements Valuation {

    @Override
    public String kind() {
        return "gaussian";
    }

    @Override
    public double errorValue(double error) {
        return scale * Math.exp(-precision * error * error);
    }

    @Override
    public double dataValue(long m, double variance) {
        if (m == 0) {
            return 0.0;
        }
        return scale / Math.sqrt(1.0 + 2.0 * precision * variance / m);
    }
}
