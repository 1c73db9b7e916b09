package org.marketproof.io;

import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An exact number as every command prints it: {@code {"decimal": "...", "exact": "p/q"}}, a
 * 15-digit decimal for reading and the fraction in lowest terms for checking.
 *
 * @param decimal {@link Decimals#decimal}
 * @param exact {@link Decimals#fraction}
 */
public record ExactNumber(String decimal, String exact) {
    /**
     * @param decimal {@link Decimals#decimal}
     * @param exact {@link Decimals#fraction}
     * @throws NullPointerException if either is null
     */
    public ExactNumber {
        Objects.requireNonNull(decimal, "decimal");
        Objects.requireNonNull(exact, "exact");
    }

    /** @param x the exact value
     * @return its printed form */
    public static ExactNumber of(BigFraction x) {
        return new ExactNumber(Decimals.decimal(x), Decimals.fraction(x));
    }
}
