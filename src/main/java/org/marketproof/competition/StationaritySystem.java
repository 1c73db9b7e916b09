package org.marketproof.competition;

import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The first-order conditions of every aggregator's problem (20)/(37) at a given dual witness
 * {@code theta}, as a linear system in the coefficients: for every {@code b} and {@code s in S_b},
 *
 * <pre>
 *   theta^b_s a^b_s - sum_{i in S_b, i != s} theta^b_i sum_{j in B_i cap B_s, j != b} xi^j_{i,s} a^j_i = gamma^b_s / eta^b
 * </pre>
 *
 * (derivation 8 of {@code specs/competition.md}: the gradient of {@code b}'s loss in the efforts,
 * with the subgradient {@code theta^b_i} of {@code max(0, owed^b_i)}, times {@code a_s}). With
 * {@code theta = 1} this is (25)-(26), {@code (I - Xi) a = gamma}; a {@code theta^b_s < 1} is
 * admissible where {@code b} pays no share of source {@code s}'s effort, and its solutions are the
 * further equilibria of finding C6.
 */
public final class StationaritySystem {
    private StationaritySystem() {}

    /**
     * @param em the market's exact constants
     * @param theta the subgradient witness {@code theta[b][s] in [0, 1]}
     * @return the exact solution {@code a[b][s]} for the witness {@code theta}, or empty if the system is singular
     */
    public static Optional<BigFraction[][]> solve(ExactMarket em, BigFraction[][] theta) {
        Market market = em.market();
        int d = em.dimension();
        BigFraction[][] system = RationalMatrix.zeros(d, d);
        for (int b = 0; b < market.aggregatorCount(); b++) {
            for (int s : market.members(b)) {
                int row = em.unknown(b, s);
                system[row][row] = theta[b][s];
                for (int[] p : market.couplingPartners(b, s)) {
                    int col = em.unknown(p[0], p[1]);
                    system[row][col] = system[row][col].subtract(theta[b][p[1]].multiply(em.xi(p[0], p[1], s)));
                }
            }
        }
        return RationalMatrix.solve(system, em.demandVector()).map(em::profile);
    }
}
