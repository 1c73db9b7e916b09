package org.marketproof.competition.claims;

import java.util.Optional;
import org.marketproof.claims.Verdict;

/**
 * Corollary 1: with linear regression everywhere (and Theorem 3's hypotheses) no GN equilibrium
 * has price of anarchy 1. The coupled case of {@link EfficiencyIffUncoupled}: a certified efficient
 * equilibrium is a counterexample (finding C3), derivation 9 a proof.
 */
final class LeastSquaresInefficient extends CompetitionClaim {
    LeastSquaresInefficient() {
        super("p003.corollary1.ols-poa-above-one", "Corollary 1", "If every aggregator uses linear regression (and"
                + " Theorem 3's hypotheses hold) no GN equilibrium has price of anarchy 1.", CompetitionHypotheses.and(
                        CompetitionHypotheses.theorem3(), CompetitionHypotheses.ALL_LEAST_SQUARES));
    }

    @Override
    public Verdict check(CompetitionContext c) {
        if (c.exact().isEmpty()) {
            return tooLarge(c);
        }
        Optional<int[]> coupling = c.exact().get().offDiagonalCoupling();
        return coupling.isPresent() ? EfficiencyIffUncoupled.inefficiency(this, c, coupling.get())
                : new Verdict.Inconclusive("every off-diagonal xi is 0 (see p003.corollary1.ols-coupled)");
    }
}
