package org.marketproof.competition.claims;

import java.util.List;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.EquilibriumCandidate;

/**
 * Corollary 2 item 2: if some source sells to two or more aggregators and a GN equilibrium exists,
 * there are infinitely many. Holds where a certified equilibrium's charge polytope (all of it
 * equilibria, {@code theta = 1}) has dimension at least 1; a polytope that is a point (every shared
 * source at zero effort, finding C4) leaves it undecided.
 */
final class InfinitelyManyIfShared extends CompetitionClaim {
    InfinitelyManyIfShared() {
        super("p003.corollary2.infinitely-many-if-shared", "Corollary 2 item 2, remark after it", "Under Theorem 4's"
                + " assumptions, if some source sells to two or more aggregators and a GN equilibrium exists, there are"
                + " infinitely many.", CompetitionHypotheses.and(CompetitionHypotheses.theorem4(),
                        CompetitionHypotheses.SOME_SHARED_SOURCE));
    }

    @Override
    public Verdict check(CompetitionContext c) {
        if (c.exact().isEmpty()) {
            return tooLarge(c);
        }
        List<EquilibriumCandidate> certified = c.certifiedEquilibria();
        if (certified.isEmpty()) {
            return noEquilibrium(c);
        }
        for (EquilibriumCandidate p : certified) {
            int d = EquilibriumFacts.polytopeDimension(c.exact().get(), p.a());
            if (d >= 1) {
                return Verdict.exact("a certified equilibrium's charge polytope, all of it equilibria (theta = 1 is a"
                        + " witness at every share vector), has dimension " + d);
            }
        }
        return new Verdict.Inconclusive("every certified equilibrium's charge polytope is a point (the shared sources"
                + " exert no effort)");
    }
}
