package org.marketproof.claims;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of re-checking a {@link Certificate}.
 *
 * @param violates whether the claim's predicate is violated on the certificate's data
 * @param basis how the violation is established: {@code exact}, or the error analysis of a bound
 *     (e.g. {@code Hoeffding lower confidence bound at level 0.999999})
 * @param figures the figures that show it, in print order, no NaN or Infinity
 */
public record Recheck(boolean violates, String basis, Map<String, String> figures) {
    /**
     * Copies {@code figures}, keeping their order.
     *
     * @param violates whether the claim's predicate is violated on the certificate's data
     * @param basis how the violation is established
     * @param figures the figures that show it, in print order
     * @throws NullPointerException if {@code basis} or {@code figures} is null
     */
    public Recheck {
        Objects.requireNonNull(basis, "basis");
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** @return the figures as {@code key = value; ...} on one line */
    public String describe() {
        StringBuilder b = new StringBuilder();
        figures.forEach((k, v) -> b.append(b.length() == 0 ? "" : "; ").append(k).append(" = ").append(v));
        return b.toString();
    }
}
