package org.marketproof.competition.claims;

import java.util.List;
import java.util.Optional;
import org.marketproof.claims.Hypothesis;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.EquilibriumCandidate;
import org.marketproof.competition.Exact;
import org.marketproof.competition.ExactMarket;
import org.marketproof.competition.Stationarity;

/**
 * The efficiency remarks for markets without coupling between aggregators: Section I ("in many
 * single-aggregator formulations equilibria are unique and there is no social inefficiency") and
 * Section V ("if |B_s| = 1 for each s the data market will achieve a socially efficient outcome").
 * With {@code Xi = 0} the equilibrium is the demand point {@code a^b_s = gamma^b_s} (lifted to the
 * lower threshold where demand falls short), unique by strict convexity of each aggregator's
 * separate problem; it is efficient iff {@code mu_s(a_s) = mu_s(Gamma_s)} for every source, where
 * the social weight {@code Gamma_s} (30) counts every aggregator, buyers of {@code s} or not. An
 * aggregator that competes with the sole buyer of a source ({@code zeta > 0}) has {@code gamma < 0}
 * for it, so {@code Gamma_s < gamma_s}: the certified equilibrium is then inefficient (finding C7).
 */
final class DemandPointEfficiency extends CompetitionClaim {
    DemandPointEfficiency(String id, String source, String statement, List<Hypothesis<CompetitionContext>> hypotheses) {
        super(id, source, statement, hypotheses);
    }

    @Override
    public Verdict check(CompetitionContext c) {
        if (c.exact().isEmpty()) {
            return tooLarge(c);
        }
        ExactMarket em = c.exact().get();
        Optional<EquilibriumCandidate> p = EfficientEquilibria.demandPoint(em);
        if (p.isEmpty() || c.judge(p.get()).status() != Stationarity.Status.GNE) {
            return new Verdict.Inconclusive("the demand point is not proved an equilibrium"
                    + p.map(x -> ": " + c.judge(x).summary()).orElse(""));
        }
        Optional<List<Integer>> off = EquilibriumFacts.inefficientSources(em, p.get().a());
        if (off.isEmpty()) {
            return new Verdict.Inconclusive("a comparison with an upper threshold is undecided");
        }
        if (off.get().isEmpty()) {
            return Verdict.exact("the equilibrium a^b_s = gamma^b_s (lifted to the lower threshold where needed) is"
                    + " unique (each aggregator's problem is separate and strictly convex) and mu_s(a_s) = mu_s(Gamma_s)"
                    + " for every source: PoA = 1 exactly");
        }
        int s = off.get().get(0);
        return certify(c, CompetitionCertificate.Kind.INEFFICIENT_GNE, p.get(), null, -1, s, "at " + c.source(s)
                + " the equilibrium total a_s = " + Exact.show(em.totals(p.get().a())[s]) + " but the social weight"
                + " Gamma_s = " + Exact.show(em.socialDemand(s)) + " (aggregators that compete with its buyer count"
                + " negatively)");
    }
}
