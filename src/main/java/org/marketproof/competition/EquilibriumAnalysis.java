package org.marketproof.competition;

import java.util.List;

/**
 * What the solver established about an instance.
 *
 * @param rho the spectral radius of {@code Xi} (26)
 * @param hypotheses which hypotheses of the theorems hold
 * @param equilibria the distinct equilibrium coefficient profiles found (empty: none exists
 *     under Theorem 1, or none was found by best-response iteration)
 * @param method the theorem and algorithm used
 */
public record EquilibriumAnalysis(SpectralRadius rho, Hypotheses hypotheses, List<Equilibrium> equilibria,
        String method) {

    /**
     * Copies the list of equilibria.
     *
     * @param rho the spectral radius of {@code Xi} (26)
     * @param hypotheses which hypotheses of the theorems hold
     * @param equilibria the distinct equilibrium coefficient profiles found
     * @param method the theorem and algorithm used
     */
    public EquilibriumAnalysis {
        equilibria = List.copyOf(equilibria);
    }

    /** @return whether at least one equilibrium was found */
    public boolean exists() {
        return !equilibria.isEmpty();
    }
}
