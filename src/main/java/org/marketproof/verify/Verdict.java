package org.marketproof.verify;

/** What a check established about a claim on the instances it was given. */
public enum Verdict {
    /** Checked exactly (exact arithmetic or a proof) and found to hold on the instance. */
    HOLDS,
    /**
     * A search or a statistical test found no violation. This is a lower bound on the search, not a
     * proof: the evidence says what was searched.
     */
    NO_COUNTEREXAMPLE_FOUND,
    /** A certified violation: exact, or with a confidence bound; the evidence gives the figures. */
    FALSIFIED,
    /** The claim does not apply (its hypotheses fail, or the mechanism is undefined); evidence says why. */
    NOT_APPLICABLE;

    /** @return whether this verdict should fail a CI gate */
    public boolean failsGate() {
        return this == FALSIFIED;
    }
}
