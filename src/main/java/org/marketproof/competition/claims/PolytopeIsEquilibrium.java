package org.marketproof.competition.claims;

import java.util.List;
import java.util.Locale;
import org.marketproof.claims.Hypothesis;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.ChargePolytope;
import org.marketproof.competition.Equilibrium;
import org.marketproof.competition.EquilibriumCandidate;
import org.marketproof.competition.KinkedEquilibria;
import org.marketproof.competition.Market;
import org.marketproof.competition.OracleReport;
import org.marketproof.competition.Stationarity;

/**
 * Theorem 1 item 1, Theorem 2 item 2, Theorem 4 item 1, (27): if {@code (c, a)} is a GN
 * equilibrium then so is every point of the charge polytope of {@code a}. For the equilibria the
 * solver finds, {@link Stationarity} proves it with {@code theta = 1}, a witness admissible at every
 * share vector. A kinked equilibrium (finding C6) is a counterexample: at the polytope's centre of
 * its {@code a} every subgradient weight is forced to 1 and the first-order conditions fail.
 * Above the exact layer's limit the numerical oracle checks the centre and one vertex.
 */
final class PolytopeIsEquilibrium extends CompetitionClaim {
    PolytopeIsEquilibrium(String id, String source, List<Hypothesis<CompetitionContext>> hypotheses) {
        super(id, source, "If (c, a) is a GN equilibrium, then so is every (c', a) with sum_b c'^b_s = q_s(a) and"
                + " c'^b_s >= q^b_s(a) for every source s and buyer b (the charge polytope of a).", hypotheses);
    }

    @Override
    public Verdict check(CompetitionContext c) {
        if (c.exact().isEmpty()) {
            return byOracle(c);
        }
        Market m = c.market();
        KinkedEquilibria.Search kinks = c.kinks();
        if (kinks.found().isPresent()) {
            KinkedEquilibria.Kink k = kinks.found().get();
            EquilibriumCandidate centre = EquilibriumCandidate.polytopePoint(m, k.candidate().a(),
                    EquilibriumCandidate.equalShares(m));
            return certify(c, CompetitionCertificate.Kind.POLYTOPE_NOT_GNE, k.candidate(), centre, k.aggregator(),
                    k.source(), c.aggregator(k.aggregator()) + " pays nothing for " + c.source(k.source())
                            + " at a GN equilibrium off (26); at the centre of the same a's polytope it pays a share and"
                            + " can improve");
        }
        List<EquilibriumCandidate> certified = c.certifiedEquilibria();
        if (certified.isEmpty()) {
            return c.analysis().exists() ? byOracle(c) : noEquilibrium(c);
        }
        return new Verdict.NoCounterexample(new Search(certified.size() + kinks.tried(), c.seed(), certified.size()
                + " equilibrium coefficient profile(s) found by the solver and " + kinks.tried()
                + " single-kink witnesses"), "each equilibrium found is proved a GN equilibrium at every point of its"
                        + " charge polytope (theta = 1 is a witness at every share vector); no kinked witness is an"
                        + " equilibrium");
    }

    /** The centre and the first vertex of each equilibrium's polytope, judged by the numerical oracle. */
    private Verdict byOracle(CompetitionContext c) {
        if (!c.analysis().exists()) {
            return noEquilibrium(c);
        }
        var rng = c.rng(info().id());
        int checked = 0;
        double worst = 0;
        for (Equilibrium e : c.analysis().equilibria()) {
            ChargePolytope p = new ChargePolytope(c.market(), e.a());
            for (double[][] point : List.of(p.point(p.equalShares()), p.vertex(p.vertexPayers(1).get(0)))) {
                OracleReport r = c.oracle().check(point, e.a(), rng);
                checked++;
                worst = Math.max(worst, r.maxImprovement());
                if (!r.equilibrium()) {
                    return new Verdict.Inconclusive("the oracle improves on a polytope point of an equilibrium found"
                            + " in doubles (not certified): " + r.summary());
                }
            }
        }
        return new Verdict.NoCounterexample(new Search(checked, c.seed(), "centre and first vertex of each of "
                + c.analysis().equilibria().size() + " equilibria found in doubles, oracle with "
                + CompetitionContext.ORACLE_STARTS + " random starts"), String.format(Locale.ROOT, "largest improvement %.1e", worst));
    }
}
