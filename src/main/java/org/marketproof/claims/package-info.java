/**
 * The claims core shared by both papers: what a claim is, what a verdict may say, and what a
 * certificate must do. It depends on neither paper's packages.
 *
 * <p>A {@link org.marketproof.claims.Claim} states its hypotheses and checks one context (an
 * instance, and for paper 000 a mechanism). {@link org.marketproof.claims.Claims#evaluate} turns
 * it into exactly one {@link org.marketproof.claims.ClaimResult}: hypotheses first (a failed one is
 * {@link org.marketproof.claims.Verdict.NotApplicable}, never a counterexample), then the check.
 * {@link org.marketproof.claims.Verdict.Falsified} can only be built from a
 * {@link org.marketproof.claims.Certificate} that re-checked itself with the predicate the checker
 * used ({@link org.marketproof.claims.Verdict#certify}); no verdict word is chosen from a
 * floating tolerance.
 */
package org.marketproof.claims;
