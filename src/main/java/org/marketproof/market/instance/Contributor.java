package org.marketproof.market.instance;

/**
 * A data contributor: collects i.i.d. samples at {@code cost} per sample (c_i of paper 000).
 *
 * @param name unique, kept in every output
 * @param cost per-sample cost, finite and {@code > 0}
 */
public record Contributor(String name, double cost) {
    /**
     * @param name unique, not blank
     * @param cost per-sample cost, finite and {@code > 0}
     * @throws IllegalArgumentException if the name is blank or the cost out of range
     */
    public Contributor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("contributor name must not be blank");
        }
        if (!(cost > 0) || !Double.isFinite(cost)) {
            throw new IllegalArgumentException("cost of " + name + " must be finite and > 0: " + cost);
        }
    }
}
