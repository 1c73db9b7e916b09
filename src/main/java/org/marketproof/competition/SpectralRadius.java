package org.marketproof.competition;

/**
 * The spectral radius {@code rho(Xi)} of the coupling matrix (26): a double estimate with an
 * enclosure, and how {@code rho} compares with 1, which is what Theorem 1 turns on.
 *
 * @param estimate the computed value
 * @param lower a lower bound
 * @param upper an upper bound
 * @param method how the numbers and the comparison were obtained
 * @param comparison {@code rho} against 1: decided exactly ({@link MMatrixCriterion}) when the
 *     market is small enough for the exact layer, else from the enclosure, which may leave it
 *     undecided
 * @param exact whether {@code comparison} was decided in exact arithmetic
 */
public record SpectralRadius(double estimate, double lower, double upper, String method, Comparison comparison,
        boolean exact) {

    /** {@code rho} against 1. */
    public enum Comparison {
        /** {@code rho(Xi) < 1}: (26) has a unique non-negative solution (Theorem 1). */
        BELOW_ONE,
        /** {@code rho(Xi) >= 1}: no equilibrium under Theorem 1's hypotheses. */
        AT_LEAST_ONE,
        /** The enclosure contains 1. */
        UNDECIDED
    }

    /** @return the enclosure's numbers, with the comparison it allows */
    static SpectralRadius enclosed(double estimate, double lower, double upper, String method) {
        Comparison c = upper < 1 ? Comparison.BELOW_ONE : lower >= 1 ? Comparison.AT_LEAST_ONE : Comparison.UNDECIDED;
        return new SpectralRadius(estimate, lower, upper, method, c, false);
    }

    /** @return the same numbers with the comparison decided exactly by {@code criterion} */
    SpectralRadius decidedBy(MMatrixCriterion criterion) {
        return new SpectralRadius(estimate, lower, upper, method + "; " + criterion.describe(),
                criterion.belowOne() ? Comparison.BELOW_ONE : Comparison.AT_LEAST_ONE, true);
    }

    /** @return whether {@code rho < 1} is established */
    public boolean belowOne() {
        return comparison == Comparison.BELOW_ONE;
    }

    /** @return whether {@code rho >= 1} is established */
    public boolean atLeastOne() {
        return comparison == Comparison.AT_LEAST_ONE;
    }
}
