package org.marketproof.claims;

import java.util.Objects;

/**
 * The one verdict on one claim for one subject: an instance, and for claims about a mechanism,
 * the mechanism.
 *
 * @param claim the claim checked
 * @param instance the instance's name (a file name, or a generated instance's description)
 * @param mechanism the mechanism's name, or empty for claims that concern no mechanism
 * @param verdict the verdict
 */
public record ClaimResult(ClaimInfo claim, String instance, String mechanism, Verdict verdict) {
    /**
     * @param claim the claim checked
     * @param instance the instance's name
     * @param mechanism the mechanism's name, or empty
     * @param verdict the verdict
     * @throws NullPointerException if any component is null
     */
    public ClaimResult {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** @return the claim's id */
    public ClaimId id() {
        return claim.id();
    }

    /** @return {@code instance} or {@code instance / mechanism} */
    public String subject() {
        return mechanism.isEmpty() ? instance : instance + " / " + mechanism;
    }
}
