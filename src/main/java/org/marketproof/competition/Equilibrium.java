package org.marketproof.competition;

import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The coefficient part {@code a} of a GN equilibrium with the efforts it induces; the charges
 * {@code c} form the polytope {@link ChargePolytope} (Theorems 1, 2, 4).
 *
 * @param a {@code a[b][s]}
 * @param efforts {@code mu_s(a_s)}
 * @param bestResponseResidual {@code max |BR_b(a^-b) - a^b|} under (28), relative to {@code 1 + max a}
 * @param method how it was found
 * @param exact {@code a} in exact rationals, when it was solved exactly (unbounded effort, (26))
 */
public record Equilibrium(double[][] a, double[] efforts, double bestResponseResidual, String method,
        Optional<BigFraction[][]> exact) {

    /**
     * @param market the market the equilibrium belongs to
     * @return the totals {@code a_s = sum_{b in B_s} a^b_s} (13)
     */
    public double[] totals(Market market) {
        return market.totals(a);
    }
}
