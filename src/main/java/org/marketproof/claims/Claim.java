package org.marketproof.claims;

import java.util.List;

/**
 * One statement of a paper, checked on one context at a time.
 *
 * <p>Implementations check only what their statement says; {@link Claims#evaluate} checks the
 * {@link #hypotheses()} first and calls {@link #check} only when every one holds.
 *
 * @param <C> the context: an instance (and, for paper 000, a mechanism) with whatever the claims
 *     share about it
 */
public interface Claim<C> {

    /** @return the claim's id, source and statement */
    ClaimInfo info();

    /** @return the hypotheses under which the paper makes the claim, in the order they are checked */
    default List<Hypothesis<C>> hypotheses() {
        return List.of();
    }

    /**
     * Checks the claim on a context whose hypotheses hold.
     *
     * @param context what the claim is checked on (an instance, and for market claims a mechanism)
     * @return the verdict; {@link Verdict.NotApplicable} only for a hypothesis that can be decided
     *     only while checking (say which)
     */
    Verdict check(C context);
}
