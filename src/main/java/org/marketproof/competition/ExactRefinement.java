package org.marketproof.competition;

import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Turns an equilibrium found in doubles (the best-response iteration (28)) into an exact candidate
 * that {@link Stationarity} can prove or refute. Sources whose total sits at the lower threshold
 * are pinned there exactly (the split rounded to rationals, the last buyer taking the remainder);
 * coefficients at 0 stay 0; every other coefficient is solved exactly from the first-order
 * conditions (25) with the pinned ones as constants. Totals at the upper threshold (transcendental)
 * are not refined.
 */
public final class ExactRefinement {
    /** A double total within this relative distance of a threshold is taken to sit on it. */
    static final double PINNED = 1e-9;

    private ExactRefinement() {}

    /**
     * @param em the market's exact constants
     * @param a an equilibrium's coefficients {@code a[b][s]} in doubles
     * @return the exact candidate (equal shares, {@code theta = 1}), or empty when it cannot be
     *     formed (a total at the upper threshold, or a singular reduced system)
     */
    public static Optional<EquilibriumCandidate> refine(ExactMarket em, double[][] a) {
        Market market = em.market();
        int m = market.aggregatorCount();
        int n = market.sourceCount();
        BigFraction[][] exact = RationalMatrix.zeros(m, n);
        boolean[][] fixed = new boolean[m][n];
        double[] totals = market.totals(a);
        for (int s = 0; s < n; s++) {
            EffortModel e = market.effort(s);
            if (totals[s] >= e.upperThreshold() * (1 - PINNED)) {
                return Optional.empty();
            }
            int[] buyers = market.buyers(s);
            if (totals[s] <= e.lowerThreshold() * (1 + PINNED)) {
                BigFraction rest = em.lowerThreshold(s);
                for (int i = 0; i < buyers.length; i++) {
                    int b = buyers[i];
                    exact[b][s] = i < buyers.length - 1 ? Exact.of(a[b][s]) : rest;
                    rest = rest.subtract(exact[b][s]);
                    fixed[b][s] = true;
                }
                if (exact[buyers[buyers.length - 1]][s].signum() < 0) {
                    return Optional.empty();
                }
                continue;
            }
            for (int b : buyers) {
                fixed[b][s] = a[b][s] <= 0;
            }
        }
        int[][] index = new int[m][n];
        int d = 0;
        for (int b = 0; b < m; b++) {
            for (int s = 0; s < n; s++) {
                index[b][s] = market.buys(b, s) && !fixed[b][s] ? d++ : -1;
            }
        }
        BigFraction[][] system = RationalMatrix.zeros(d, d);
        BigFraction[] rhs = new BigFraction[d];
        for (int b = 0; b < m; b++) {
            for (int s : market.members(b)) {
                int row = index[b][s];
                if (row < 0) {
                    continue;
                }
                system[row][row] = BigFraction.ONE;
                rhs[row] = em.demand(b, s);
                for (int[] p : market.couplingPartners(b, s)) {
                    int j = p[0];
                    int i = p[1];
                    BigFraction x = em.xi(j, i, s);
                    if (index[j][i] >= 0) {
                        system[row][index[j][i]] = system[row][index[j][i]].subtract(x);
                    } else {
                        rhs[row] = rhs[row].add(x.multiply(exact[j][i]));
                    }
                }
            }
        }
        Optional<BigFraction[]> solved = RationalMatrix.solve(system, rhs);
        if (solved.isEmpty()) {
            return Optional.empty();
        }
        for (int b = 0; b < m; b++) {
            for (int s = 0; s < n; s++) {
                if (index[b][s] >= 0) {
                    exact[b][s] = solved.get()[index[b][s]];
                }
            }
        }
        return Optional.of(EquilibriumCandidate.polytopePoint(market, exact, EquilibriumCandidate.equalShares(market)));
    }
}
