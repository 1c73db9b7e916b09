package org.marketproof.claims;

import java.util.Objects;

/**
 * What a claim says and where: the fixed text behind a {@link ClaimId}.
 *
 * @param id the identifier used in {@code specs/}
 * @param source where the paper states it, e.g. {@code paper 000, Theorem 4}
 * @param statement the statement in one sentence, as the paper makes it
 */
public record ClaimInfo(ClaimId id, String source, String statement) {
    /**
     * @param id the identifier used in {@code specs/}
     * @param source where the paper states it, not blank
     * @param statement the statement in one sentence, not blank
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code source} or {@code statement} is null or blank
     */
    public ClaimInfo {
        Objects.requireNonNull(id, "id");
        if (source == null || source.isBlank() || statement == null || statement.isBlank()) {
            throw new IllegalArgumentException(id + ": a claim needs its source and statement");
        }
    }
}
