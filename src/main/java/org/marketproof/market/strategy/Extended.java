package org.marketproof.market.strategy;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An exact extended real: a rational, or plus or minus infinity. Worst cases over mu can be
 * unbounded (a strategy that does not track mu loses without bound as mu runs away), and the
 * evaluators say so with this type instead of returning a number.
 *
 * @param value the value when finite, else null
 * @param infinity -1, 0 (finite) or +1
 */
public record Extended(BigFraction value, int infinity) {

    /** Minus infinity: a worst case that is unbounded below. */
    public static final Extended MINUS_INFINITY = new Extended(null, -1);
    /** Plus infinity: a supremum that is unbounded above. */
    public static final Extended PLUS_INFINITY = new Extended(null, 1);

    /**
     * @param value the value when finite, else null
     * @param infinity -1, 0 (finite) or +1
     * @throws IllegalArgumentException unless exactly the finite numbers carry a value and
     *     {@code infinity} is in {-1, 0, 1}
     */
    public Extended {
        if ((infinity == 0) != (value != null) || Math.abs(infinity) > 1) {
            throw new IllegalArgumentException("an extended real is either finite with a value or infinite without");
        }
    }

    /**
     * @param v a rational, not null
     * @return {@code v} as a finite extended real
     */
    public static Extended of(BigFraction v) {
        return new Extended(v, 0);
    }

    /** @return whether this is a rational (neither infinity) */
    public boolean isFinite() {
        return infinity == 0;
    }

    /** @return {@code -this}; the negation of an infinity is the opposite infinity */
    public Extended negate() {
        return isFinite() ? of(value.negate()) : new Extended(null, -infinity);
    }

    /** @return the value as a double (infinite when infinite) */
    public double toDouble() {
        return isFinite() ? value.doubleValue() : infinity * Double.POSITIVE_INFINITY;
    }

    /** @return a one-word rendering without "Infinity" or "NaN" */
    @Override
    public String toString() {
        return Figures.format(toDouble());
    }
}
