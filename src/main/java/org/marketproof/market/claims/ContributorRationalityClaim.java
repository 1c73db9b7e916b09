package org.marketproof.market.claims;

import java.util.List;
import java.util.Optional;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.UtilityFigure;

/**
 * p000.irc: u_i^c(M, s*) >= 0 for every contributor (section 3.2, requirement 3; Theorem 5.1, whose
 * proof ends with "W N_i* / N+ >= 0"). Finding M3: false when W < 0, i.e. Algorithm 1's profit is
 * below c_2 - c_1.
 */
final class ContributorRationalityClaim extends MarketClaim {

    ContributorRationalityClaim() {
        super("p000.irc", "section 3.2 (IRC) and Theorem 5.1 (appendix A)",
                "Under s*, every contributor's utility (7) is non-negative.", List.of(MarketHypotheses.SERVED));
    }

    @Override
    public Verdict check(MarketContext c) {
        StringBuilder ev = new StringBuilder();
        boolean exact = true;
        for (int k = 0; k < c.contributors(); k++) {
            int i = k;
            long seed = c.seedFor(30 + i);
            Optional<UtilityFigure> e = new ExactEvaluator().contributorUtility(c.game(), c.star(), i, 0);
            UtilityFigure u = e.orElseGet(() -> BuyerRationalityClaim.SIMULATION.contributorUtility(c.game(), c.star(),
                    i, seed).orElseThrow());
            exact &= u.isExact();
            ev.append("u_").append(i + 1).append("(s*) = ").append(u).append("; ");
            if (u.upper() < 0) {
                return Verdict.certify(new UtilityCertificate(subject(c), c.star(), i, Sampling.of(u, seed)),
                        "negative utility: " + ev);
            }
        }
        return exact ? Verdict.exact(ev.toString()) : new Verdict.NoCounterexample(new Search(c.contributors(),
                c.seedFor(30), "simulated utilities (7) at s*, " + BuyerRationalityClaim.SIMULATION.name()), ev.toString());
    }
}
