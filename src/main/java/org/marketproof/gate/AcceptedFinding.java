package org.marketproof.gate;

import java.util.Objects;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.ClaimResult;

/**
 * A FALSIFIED verdict a team has looked at and accepted, so that the gate fails only on new ones:
 * a claim on an instance, and optionally on one mechanism.
 *
 * @param claim the claim's id
 * @param instance the instance's name as {@code verify} prints it (the file name)
 * @param mechanism the mechanism's name, or null for every mechanism (and claims about none)
 * @param reason why it is accepted, e.g. the finding's id in {@code specs/}; may be empty
 */
public record AcceptedFinding(ClaimId claim, String instance, String mechanism, String reason) {
    /**
     * @param claim the claim's id
     * @param instance the instance's name as {@code verify} prints it
     * @param mechanism the mechanism's name, or null for every mechanism
     * @param reason why it is accepted; may be empty, not null
     * @throws NullPointerException if {@code claim}, {@code instance} or {@code reason} is null
     */
    public AcceptedFinding {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(reason, "reason");
    }

    /** @param r a verdict
     * @return whether this entry accepts {@code r}'s claim, instance and mechanism */
    public boolean covers(ClaimResult r) {
        return r.id().equals(claim) && r.instance().equals(instance) && (mechanism == null || r.mechanism().equals(mechanism));
    }

    /** @return {@code claim on instance[ / mechanism]} */
    public String describe() {
        return claim + " on " + instance + (mechanism == null ? "" : " / " + mechanism);
    }
}
