package org.marketproof.algebra;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Exact rational arithmetic with Commons Numbers {@link BigFraction}. A double converts without
 * rounding ({@link BigFraction#from(double)} is exact), so identities such as budget balance hold
 * here as equalities, not within a tolerance.
 */
public enum ExactField implements Field<BigFraction> {
    /** The one instance. */
    INSTANCE;

    @Override public BigFraction of(long n) { return BigFraction.of(n); }

    @Override public BigFraction of(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        return BigFraction.from(x);
    }

    @Override public BigFraction add(BigFraction a, BigFraction b) { return a.add(b); }

    @Override public BigFraction subtract(BigFraction a, BigFraction b) { return a.subtract(b); }

    @Override public BigFraction multiply(BigFraction a, BigFraction b) { return a.multiply(b); }

    @Override public BigFraction divide(BigFraction a, BigFraction b) { return a.divide(b); }
}
