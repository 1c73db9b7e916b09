package org.marketproof.claims;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A hypothesis of a claim, checked on a context before the claim itself. When it fails, the
 * claim's verdict is {@link Verdict.NotApplicable} naming it, with the numbers that show the
 * failure; a failed hypothesis is never a counterexample.
 *
 * @param <C> the context a claim is checked on
 * @param name the hypothesis as the paper states it, e.g. {@code W >= 0} or {@code full sharing}
 * @param failure the failure's explanation with its numbers, or empty when the hypothesis holds
 */
public record Hypothesis<C>(String name, Function<C, Optional<String>> failure) {
    /**
     * @param name the hypothesis as the paper states it
     * @param failure the failure's explanation with its numbers, or empty when the hypothesis holds
     * @throws NullPointerException if either is null
     */
    public Hypothesis {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(failure, "failure");
    }

    /**
     * @param <C> the context a claim is checked on
     * @param name the hypothesis
     * @param holds whether it holds on a context
     * @param numbers the figures printed when it fails
     * @return a hypothesis that fails with {@code numbers} where {@code holds} is false
     */
    public static <C> Hypothesis<C> of(String name, java.util.function.Predicate<C> holds, Function<C, String> numbers) {
        return new Hypothesis<>(name, c -> holds.test(c) ? Optional.empty() : Optional.of(numbers.apply(c)));
    }
}
