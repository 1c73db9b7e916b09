package org.marketproof.competition.claims;

import java.util.List;
import java.util.Locale;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.ChargePolytope;
import org.marketproof.competition.Equilibrium;
import org.marketproof.competition.EquilibriumCandidate;
import org.marketproof.competition.OracleReport;
import org.marketproof.competition.SplitRule;

/**
 * Theorem 2 (via Theorem 5): with bounded effort and positive demands a GN equilibrium exists. The
 * fixed points of (28) the solver finds are refined to exact points and proved by {@link
 * org.marketproof.competition.Stationarity}; those with totals at an upper threshold (transcendental)
 * are checked by the numerical oracle.
 */
final class BoundedExistence extends CompetitionClaim {
    BoundedExistence() {
        super("p003.theorem2.existence", "Theorem 2, Theorem 5", "With E_s = [0, e_max] and gamma^j_i > 0 for every"
                + " pair, the aggregators' game has a GN equilibrium (indeed infinitely many).",
                CompetitionHypotheses.theorem2());
    }

    @Override
    public Verdict check(CompetitionContext c) {
        List<EquilibriumCandidate> certified = c.certifiedEquilibria();
        if (!certified.isEmpty()) {
            return Verdict.exact(certified.size() + " fixed point(s) of (28) refined to exact points and proved GN"
                    + " equilibria by their first-order conditions");
        }
        if (!c.analysis().exists()) {
            return new Verdict.Inconclusive("the best-response iteration (28) found no fixed point with any of "
                    + SplitRule.values().length + " split rules; this does not show that none exists");
        }
        var rng = c.rng(info().id());
        for (Equilibrium e : c.analysis().equilibria()) {
            ChargePolytope p = new ChargePolytope(c.market(), e.a());
            OracleReport r = c.oracle().check(p.point(p.equalShares()), e.a(), rng);
            if (r.equilibrium()) {
                return new Verdict.NoCounterexample(new Search(1 + CompetitionContext.ORACLE_STARTS, c.seed(),
                        "the oracle at the polytope centre of a fixed point of (28) found in doubles"), String.format(Locale.ROOT,
                        "fixed point of (28) with residual %.1e accepted by the oracle (not certified: a total at an"
                                + " upper threshold): %s", e.bestResponseResidual(), r.summary()));
            }
        }
        return new Verdict.Inconclusive("the oracle improves on every fixed point of (28) found (not certified)");
    }
}
