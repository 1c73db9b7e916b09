package org.marketproof.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A counterexample to a claim that carries everything needed to re-check it, and re-checks itself
 * with the same predicate the checker used (there is no second judge).
 *
 * <p>A certificate is exact (rational arithmetic on the instance) or a bound with a stated error
 * analysis that excludes the claimed value ({@link Recheck#basis()} says which).
 */
public interface Certificate {

    /** @return the claim this certificate refutes */
    ClaimId claim();

    /**
     * @return the replay document: a JSON object with at least {@code format}, {@code claim} and
     *     {@code kind}, which {@code marketproof replay} reads back
     */
    ObjectNode toJson();

    /**
     * Re-runs the claim's predicate on the certificate's own data.
     *
     * @return whether the violation reproduces, how that is established, and the figures
     */
    Recheck recheck();
}
