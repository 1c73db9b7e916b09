package org.marketproof.competition;

/**
 * The spectral radius {@code rho(Xi)} of the coupling matrix (26), with a rigorous or
 * rounding-level enclosure.
 *
 * @param estimate the computed value
 * @param lower a lower bound
 * @param upper an upper bound
 * @param method how it was computed
 */
public record SpectralRadius(double estimate, double lower, double upper, String method) {

    /** @return whether {@code rho < 1} is established (the enclosure lies below 1) */
    public boolean belowOne() {
        return upper < 1;
    }

    /** @return whether {@code rho >= 1} is established */
    public boolean atLeastOne() {
        return lower >= 1;
    }
}
