package org.marketproof.verify;

/**
 * The verdict on one claim of a paper for one instance and mechanism.
 *
 * @param claim the claim's short name as in the paper, e.g. {@code BB}, {@code ICC}, {@code Theorem 4}
 * @param source where the paper states it, e.g. {@code paper 000, section 3.2}
 * @param subject what was checked: the instance and mechanism names
 * @param verdict the verdict
 * @param evidence the figures behind the verdict, one line, no NaN or Infinity
 */
public record ClaimVerdict(String claim, String source, String subject, Verdict verdict, String evidence) {
    public ClaimVerdict {
        if (claim == null || source == null || subject == null || verdict == null || evidence == null) {
            throw new IllegalArgumentException("every field of a verdict is required");
        }
    }
}
