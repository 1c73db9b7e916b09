package org.marketproof.competition.claims;

import org.marketproof.claims.Verdict;

/**
 * Theorem 4 item 1: for each source the equilibrium {@code c_s} lie in a {@code |B_s|}-dimensional
 * polytope. Exact: {@code {c_s : sum_b c^b_s = q_s, c^b_s >= q^b_s}} is a simplex of dimension {@code
 * |B_s| - 1} (a point when {@code mu_s = 0}); {@code c_s} lies in {@code R^{|B_s|}} (finding C8).
 */
final class SliceDimension extends CompetitionClaim {
    SliceDimension() {
        super("p003.theorem4.polytope-dimension", "Theorem 4 item 1", "For each source s the equilibrium c_s ="
                + " (c^b_s)_{b in B_s} lie in the |B_s|-dimensional polytope {c_s = q_s(a), c^b_s >= q^b_s(a)}.",
                CompetitionHypotheses.theorem4());
    }

    @Override
    public Verdict check(CompetitionContext c) {
        return atReducedEquilibrium(c, p -> {
            int s = java.util.stream.IntStream.range(0, c.market().sourceCount())
                    .filter(x -> EquilibriumFacts.sliceDimension(c.exact().get(), p.a(), x) > 0).findFirst().orElse(0);
            return certify(c, CompetitionCertificate.Kind.SLICE_DIMENSION, p, null, -1, s, "the charges of "
                    + c.source(s) + " form a polytope of dimension "
                    + EquilibriumFacts.sliceDimension(c.exact().get(), p.a(), s) + ", |B_s| = "
                    + c.market().buyers(s).length);
        });
    }
}
