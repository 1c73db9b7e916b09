package org.marketproof.claims;

import java.util.Objects;

/**
 * What a search for a counterexample covered, for a {@link Verdict.NoCounterexample}: the honest
 * lower bound a search that found nothing can give.
 *
 * @param candidates how many candidates were evaluated
 * @param seed the seed of every random choice in the search (printed, accepted back)
 * @param space the space searched and its sizes, e.g. {@code unilateral deviations n in [0, 3 N_i*], 9 reports}
 */
public record Search(long candidates, long seed, String space) {
    /**
     * @param candidates how many candidates were evaluated, {@code >= 0}
     * @param seed the seed of every random choice in the search
     * @param space the space searched and its sizes
     * @throws IllegalArgumentException if {@code candidates < 0}
     * @throws NullPointerException if {@code space} is null
     */
    public Search {
        if (candidates < 0) {
            throw new IllegalArgumentException("candidates must be >= 0: " + candidates);
        }
        Objects.requireNonNull(space, "space");
    }

    @Override
    public String toString() {
        return candidates + " candidates (" + space + ", seed " + seed + ")";
    }
}
