package org.marketproof.competition.claims;

import org.marketproof.claims.Verdict;

/**
 * Theorem 1 item 1: the equilibrium charges lie in a {@code |B|}-dimensional convex polytope.
 * Exact: the polytope of the a of (26) is a product over sources of simplices, of dimension {@code
 * sum_s (|B_s| - 1)} over the sources with positive effort, which is {@code N (|B| - 1)} under full
 * sharing, not {@code |B|} (finding C8).
 */
final class PolytopeDimension extends CompetitionClaim {
    PolytopeDimension() {
        super("p003.theorem1.polytope-dimension", "Theorem 1 item 1", "The equilibrium c parameters lie in the"
                + " |B|-dimensional convex polytope {c : c_s = q_s(a), c^b_s >= q^b_s(a)}.", CompetitionHypotheses.theorem1());
    }

    @Override
    public Verdict check(CompetitionContext c) {
        return atReducedEquilibrium(c, p -> {
            int d = EquilibriumFacts.polytopeDimension(c.exact().orElseThrow(), p.a());
            if (d == c.market().aggregatorCount()) {
                return Verdict.exact("the charge polytope of the a of (26) has dimension " + d + " = |B|");
            }
            return certify(c, CompetitionCertificate.Kind.POLYTOPE_DIMENSION, p, null, -1, -1, "the charge polytope"
                    + " has dimension " + d + " (sum over sources with positive effort of |B_s| - 1), |B| = "
                    + c.market().aggregatorCount());
        });
    }
}
