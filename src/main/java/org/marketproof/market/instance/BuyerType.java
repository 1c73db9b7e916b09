package org.marketproof.market.instance;

import org.marketproof.market.valuation.Valuation;

/**
 * {@code count} identical buyers with one valuation. Every formula of paper 000 counts them as
 * {@code count} separate buyers of the set B.
 *
 * @param name unique, kept in every output
 * @param count how many identical buyers, {@code >= 1}
 * @param valuation their valuation
 */
public record BuyerType(String name, int count, Valuation valuation) {
    /**
     * @param name unique, not blank
     * @param count how many identical buyers, {@code >= 1}
     * @param valuation their valuation, not null
     * @throws IllegalArgumentException if a field is missing or out of range
     */
    public BuyerType {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("buyer name must not be blank");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count of " + name + " must be >= 1: " + count);
        }
        if (valuation == null) {
            throw new IllegalArgumentException("valuation of " + name + " must not be null");
        }
    }
}
