package org.marketproof.competition;

import org.marketproof.Falsified;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.marketproof.verify.ClaimVerdict;
import org.marketproof.verify.Verdict;

/** Assertions on the verdicts of {@link CompetitionClaims}, with the evidence as the failure message. */
final class VerdictAssertions {
    private VerdictAssertions() {}

    /** The claim applied and was confirmed: {@code HOLDS}, or a sampled search that was not inconclusive. */
    static void assertConfirmed(ClaimVerdict v) {
        assertTrue(v.verdict() == Verdict.HOLDS || v.verdict() == Verdict.NO_COUNTEREXAMPLE_FOUND,
                v.verdict() + ": " + v.evidence());
        assertFalse(v.evidence().startsWith(CompetitionClaims.INCONCLUSIVE), v.evidence());
    }

    /** The claim was confirmed, or it does not apply to the instance. */
    static void assertConfirmedUnlessNotApplicable(ClaimVerdict v) {
        if (v.verdict() != Verdict.NOT_APPLICABLE) {
            assertConfirmed(v);
        }
    }

    /**
     * No certified violation: the assertion of a claim stated exactly as in the paper, whose
     * {@link Falsified} property passes only when a certified counterexample turns up.
     */
    static void assertNotFalsified(ClaimVerdict v) {
        assertTrue(v.verdict() != Verdict.FALSIFIED, v.evidence());
    }

    /** The claim applied and a violation was certified. */
    static void assertFalsified(ClaimVerdict v) {
        assertEquals(Verdict.FALSIFIED, v.verdict(), v.evidence());
    }
}
