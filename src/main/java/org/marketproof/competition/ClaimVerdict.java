package org.marketproof.competition;

/**
 * The verdict of one claim of the paper on one instance.
 *
 * @param id a stable identifier, for example {@code theorem1.unique-a}
 * @param source where the paper states it (equation, lemma or theorem)
 * @param applicable whether the instance satisfies the claim's hypotheses (if not, {@code holds}
 *     is {@code true} vacuously and the evidence says which hypothesis fails)
 * @param holds whether the claim held on the instance
 * @param evidence what was computed, with figures and tolerances
 */
public record ClaimVerdict(String id, String source, boolean applicable, boolean holds, String evidence) {

    static ClaimVerdict vacuous(String id, String source, String why) {
        return new ClaimVerdict(id, source, false, true, "not applicable: " + why);
    }
}
