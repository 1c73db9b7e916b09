package org.marketproof.competition.claims;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.claims.Verdict;

/**
 * Theorem 2 item 1: there may exist two GN equilibria with different {@code a}. A claim that some
 * instance has them; on one instance it holds when two certified equilibria with different
 * coefficients are found (fixed points of (28) from different split rules, or a kinked one of
 * finding C6), and is inconclusive otherwise.
 */
final class SeveralCoefficientProfiles extends CompetitionClaim {
    SeveralCoefficientProfiles() {
        super("p003.theorem2.several-a", "Theorem 2 item 1", "With bounded effort there may exist two GN equilibria"
                + " (c1, a1), (c2, a2) with a1 != a2.", CompetitionHypotheses.theorem2());
    }

    @Override
    public Verdict check(CompetitionContext c) {
        if (c.exact().isEmpty()) {
            return tooLarge(c);
        }
        List<BigFraction[][]> profiles = new ArrayList<>();
        c.certifiedEquilibria().forEach(p -> profiles.add(p.a()));
        c.kinks().found().ifPresent(k -> profiles.add(k.candidate().a()));
        long distinct = profiles.stream().map(java.util.Arrays::deepToString).distinct().count();
        return distinct >= 2 ? Verdict.exact(distinct + " certified GN equilibria with pairwise different a")
                : new Verdict.Inconclusive("a claim about some instances: this one shows " + distinct
                        + " certified equilibrium coefficient profile(s) (" + c.analysis().equilibria().size()
                        + " found in doubles, not certified: totals at an upper threshold are transcendental)");
    }
}
