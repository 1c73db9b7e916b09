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

    /** @return the totals {@code a_s} */
    public double[] totals(Market market) {
        return market.totals(a);
    }
}
