package org.marketproof.market.claims;

import java.util.List;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.market.strategy.Deviation;
import org.marketproof.market.strategy.DeviationSearch;

/**
 * p000.icc: s* is a Nash equilibrium: for every contributor i and strategy s_i, u_i(s_i, s*_-i) <=
 * u_i(s*) (section 3.2, requirement 4; Theorem 5.1 via Lemmas 7-9). The strategy space is infinite,
 * so a search that finds no profitable deviation reports what it searched; a certified one (exact,
 * or by confidence bounds) is a counterexample, shrunk. Finding S1: false when W < 0.
 */
final class IncentiveCompatibilityClaim extends MarketClaim {

    IncentiveCompatibilityClaim() {
        super("p000.icc", "section 3.2 (ICC), Theorem 5.1 and section 5.1 (Lemmas 7-9)",
                "s* = {(N_i*, I)} is a Nash equilibrium: no contributor gains by deviating unilaterally.",
                List.of(MarketHypotheses.SERVED));
    }

    @Override
    public Verdict check(MarketContext c) {
        if (c.searchRefusal().isPresent()) {
            return new Verdict.Inconclusive("not searched: " + c.searchRefusal().get());
        }
        long tried = 0;
        Deviation best = null;
        for (int i = 0; i < c.contributors(); i++) {
            DeviationSearch.Result r = c.search(i);
            tried += r.tried();
            Deviation d = r.best();
            if (d.certified()) {
                DeviationCertificate ce = Shrinker.shrink(new DeviationCertificate(subject(c), c.star(), i, d.strategy(),
                        Sampling.of(d.deviating(), d.seed())));
                Verdict v = Verdict.certify(ce, "s* is not a Nash equilibrium: " + d.describe());
                if (v.kind() == Verdict.Kind.FALSIFIED) {
                    return v;
                }
            }
            if (best == null || d.gainPoint() > best.gainPoint()) {
                best = d;
            }
        }
        return new Verdict.NoCounterexample(new Search(tried, c.seed(), "unilateral deviations from s* of every "
                + "contributor: " + (c.exact() ? "the named manipulations at every useful n, random compositions and "
                + "local improvement, utilities exact where the laws are known" : "the black-box list (under- and "
                + "over-collection, resizing, fabrication, shifting), simulated")),
                "best gain found (a lower bound on the best gain): " + (best == null ? "none" : best.describe()));
    }

    /**
     * @return whether the search certified a profitable deviation from s* for some contributor
     *     (false when the search does not run on the instance: nothing is certified)
     */
    static boolean violated(MarketContext c) {
        if (c.searchRefusal().isPresent()) {
            return false;
        }
        for (int i = 0; i < c.contributors(); i++) {
            if (c.search(i).best().certified()) {
                return true;
            }
        }
        return false;
    }
}
