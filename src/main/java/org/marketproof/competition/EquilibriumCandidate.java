package org.marketproof.competition;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A point {@code (c, a)} of the aggregators' game in exact terms, with the dual witness that
 * {@link Stationarity} needs. The charges are not stored (they involve the transcendental efforts
 * {@code mu_s}); they are {@code c^b_s = q^b_s(a) + lambda^b_s mu_s(a_s) + kappa^b_s}, so the IR
 * slack of source {@code s} is {@code sum_b kappa^b_s} and the point lies on the charge polytope
 * of Theorems 1, 2 and 4 exactly when every {@code kappa} is 0.
 *
 * @param a the coefficients {@code a[b][s] >= 0} (0 for {@code s not in S_b})
 * @param shares {@code lambda[b][s] >= 0}, summing to 1 over {@code B_s}: who pays {@code mu_s}
 * @param theta {@code theta[b][s] in [0, 1]}: the element of the subdifferential of {@code max(0,
 *     owed^b_s)} at which aggregator {@code b}'s optimality conditions are met; forced to 1 where
 *     {@code b} pays a positive share of a positive effort
 * @param slack {@code kappa[b][s] >= 0}, charge above the polytope (IR slack)
 */
public record EquilibriumCandidate(BigFraction[][] a, BigFraction[][] shares, BigFraction[][] theta,
        BigFraction[][] slack) {

    /**
     * @param market the market's constants
     * @param a the coefficients {@code a[b][s]}
     * @param shares {@code lambda[b][s]}, summing to 1 over each {@code B_s}
     * @return the polytope point of {@code a} with the given shares, witnessed by {@code theta = 1}
     *     (the first-order conditions (25) of the reduced problem)
     */
    public static EquilibriumCandidate polytopePoint(Market market, BigFraction[][] a, BigFraction[][] shares) {
        return new EquilibriumCandidate(a, shares, filled(market, BigFraction.ONE),
                filled(market, BigFraction.ZERO));
    }

    /**
     * @param market the market's constants
     * @return the shares that split each source's effort equally among its buyers (the polytope's centre)
     */
    public static BigFraction[][] equalShares(Market market) {
        BigFraction[][] shares = RationalMatrix.zeros(market.aggregatorCount(), market.sourceCount());
        for (int s = 0; s < market.sourceCount(); s++) {
            int[] buyers = market.buyers(s);
            for (int b : buyers) {
                shares[b][s] = BigFraction.of(1, buyers.length);
            }
        }
        return shares;
    }

    /**
     * @param b the aggregator's index, {@code 0 <= b < M}
     * @param s a source in {@code S_b}
     * @param kappa the extra charge, normally {@code > 0} (it leaves the source's IR constraint slack)
     * @return this point with {@code kappa} added to the charge of aggregator {@code b} for source {@code s}
     */
    public EquilibriumCandidate withSlack(int b, int s, BigFraction kappa) {
        BigFraction[][] k = new BigFraction[slack.length][];
        for (int i = 0; i < k.length; i++) {
            k[i] = slack[i].clone();
        }
        k[b][s] = k[b][s].add(kappa);
        return new EquilibriumCandidate(a, shares, theta, k);
    }

    /**
     * @param market the market's constants
     * @return the charges {@code c^b_s = q^b_s(a) + lambda^b_s mu_s + kappa^b_s} in doubles, for
     *     the numerical oracle
     */
    public double[][] charges(Market market) {
        double[][] ad = ExactMarket.toDouble(a);
        double[] efforts = market.efforts(ad);
        double[][] q = market.variablePayments(ad, efforts);
        double[][] c = market.zeroProfile();
        for (int b = 0; b < c.length; b++) {
            for (int s : market.members(b)) {
                c[b][s] = q[b][s] + shares[b][s].doubleValue() * efforts[s] + slack[b][s].doubleValue();
            }
        }
        return c;
    }

    static BigFraction[][] filled(Market market, BigFraction value) {
        BigFraction[][] x = RationalMatrix.zeros(market.aggregatorCount(), market.sourceCount());
        for (int b = 0; b < x.length; b++) {
            for (int s : market.members(b)) {
                x[b][s] = value;
            }
        }
        return x;
    }
}
