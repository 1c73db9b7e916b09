package org.marketproof.competition.claims;

import org.marketproof.claims.Verdict;
import org.marketproof.competition.Stationarity;

/**
 * Corollary 2 item 1: if every source sells to exactly one aggregator the GN equilibrium is unique.
 * Then {@code Xi = 0}, each aggregator's problem no longer involves the others' choices, and it is
 * strictly convex in its sources' efforts (derivation 8): the demand point, proved an equilibrium,
 * is the only one.
 */
final class UniqueIfSingleBuyer extends CompetitionClaim {
    UniqueIfSingleBuyer() {
        super("p003.corollary2.unique-if-single-buyer", "Corollary 2 item 1", "Under Theorem 4's assumptions, if"
                + " |B_s| = 1 for every source and a GN equilibrium exists, it is the only one.", CompetitionHypotheses
                        .and(CompetitionHypotheses.theorem4(), CompetitionHypotheses.SINGLE_BUYER_EACH));
    }

    @Override
    public Verdict check(CompetitionContext c) {
        if (c.exact().isEmpty()) {
            return tooLarge(c);
        }
        var p = EfficientEquilibria.demandPoint(c.exact().get());
        if (p.isEmpty()) {
            return new Verdict.Inconclusive("some gamma^b_s <= 0");
        }
        Stationarity.Judgement j = c.judge(p.get());
        return j.status() == Stationarity.Status.GNE
                ? Verdict.exact("Xi = 0; the demand point a^b_s = gamma^b_s is a GN equilibrium (" + j.summary()
                        + ") and, each aggregator's problem being separate and strictly convex, the only one")
                : new Verdict.Inconclusive("the demand point is not proved an equilibrium: " + j.summary());
    }
}
