package org.marketproof.competition.claims;

import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.EquilibriumCandidate;
import org.marketproof.competition.ExactMarket;
import org.marketproof.competition.KinkedEquilibria;
import org.marketproof.competition.MMatrixCriterion;
import org.marketproof.competition.Stationarity;

/**
 * Theorem 1, first sentence: there is either no GN equilibrium or infinitely many. With {@code
 * rho < 1} the point of (26) is proved an equilibrium with {@code theta = 1}, a witness valid at
 * every share vector, so its whole charge polytope consists of equilibria: infinitely many when
 * the polytope has dimension at least 1. With one aggregator it is a point, and the equilibrium is
 * the unique minimiser of that aggregator's strictly convex problem (finding C1).
 */
final class NoneOrInfinitelyMany extends CompetitionClaim {
    NoneOrInfinitelyMany() {
        super("p003.theorem1.none-or-infinitely-many", "Theorem 1 (first sentence), abstract, Section VI",
                "Under Theorem 1's hypotheses there is either no GN equilibrium or an infinite number of them.",
                CompetitionHypotheses.theorem1());
    }

    @Override
    public Verdict check(CompetitionContext c) {
        if (c.exact().isEmpty()) {
            return tooLarge(c);
        }
        ExactMarket em = c.exact().get();
        MMatrixCriterion d = EquilibriumFacts.rho(em);
        if (!d.belowOne()) {
            if (c.kinks().found().isEmpty()) {
                return new Verdict.NoCounterexample(new Search(1 + c.kinks().tried(), c.seed(), "theta = 1 and "
                        + c.kinks().tried() + " single-kink witnesses"), d.describe() + ": no GN equilibrium found");
            }
            KinkedEquilibria.Kink k = c.kinks().found().get();
            int face = EquilibriumFacts.polytopeDimension(em, k.candidate().a())
                    - (EquilibriumFacts.sliceDimension(em, k.candidate().a(), k.source()) > 0 ? 1 : 0);
            return face >= 1 ? Verdict.exact(d.describe() + "; a kinked GN equilibrium (finding C9) is one at every"
                    + " share vector where " + c.aggregator(k.aggregator()) + " pays nothing for " + c.source(k.source())
                    + " (its witness does not depend on the other shares), a face of dimension " + face + ": infinitely many")
                    : new Verdict.Inconclusive(d.describe() + "; a kinked equilibrium exists with a single completion");
        }
        EquilibriumCandidate p = c.reducedEquilibrium().orElseThrow();
        Stationarity.Judgement j = c.judge(p);
        if (j.status() != Stationarity.Status.GNE) {
            return new Verdict.Inconclusive("the a of (26) is not proved an equilibrium: " + j.summary());
        }
        int dim = EquilibriumFacts.polytopeDimension(em, p.a());
        if (dim >= 1) {
            return Verdict.exact(d.describe() + "; the a of (26) is a GN equilibrium at every point of its charge"
                    + " polytope (theta = 1 is a witness at every share vector), which has dimension " + dim
                    + ": infinitely many");
        }
        if (c.market().aggregatorCount() == 1) {
            return certify(c, CompetitionCertificate.Kind.UNIQUE_GNE, p, null, 0, -1, "one aggregator: its problem is"
                    + " strictly convex in the efforts, so the GN equilibrium a = gamma is unique (polytope of dimension 0)");
        }
        return new Verdict.Inconclusive("the charge polytope of the a of (26) is a point (no source with positive"
                + " effort sells to two aggregators); whether other equilibria exist is not decided");
    }
}
