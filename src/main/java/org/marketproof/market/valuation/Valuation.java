package org.marketproof.market.valuation;

/**
 * A buyer's valuation for estimating the mean of N(mu, sigma^2) with the sample mean.
 *
 * <p>The error valuation v^e(e) in [0, 1] is non-increasing in the absolute error e. The data
 * valuation v^d(m) of equation (11) of paper 000 is its expectation under m i.i.d. points:
 * v^d(m) = E[v^e(|Z| sigma / sqrt(m))] with Z standard normal, which does not depend on mu, so
 * the infimum over mu in (11) is attained everywhere. By convention v^d(0) = 0.
 */
public interface Valuation {

    /** @return the kind's name as written in instance files */
    String kind();

    /**
     * @param error the absolute estimation error, {@code >= 0}
     * @return v^e(error), in [0, 1]
     */
    double errorValue(double error);

    /**
     * @param m the number of i.i.d. points, {@code >= 0}
     * @param variance sigma^2, {@code > 0}
     * @return v^d(m) of equation (11), in [0, 1], non-decreasing in m, and 0 at m = 0
     */
    double dataValue(long m, double variance);
}
