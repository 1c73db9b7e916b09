package org.marketproof.competition.claims;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marketproof.claims.Hypothesis;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.EquilibriumCandidate;
import org.marketproof.competition.Exact;
import org.marketproof.competition.ExactMarket;

/**
 * Theorem 3 (unbounded effort), Theorem 6 (bounded effort) and the remark of Section V: a GN
 * equilibrium with price of anarchy 1 exists iff every off-diagonal {@code xi^j_{i,l}} is 0.
 * Decided by comparing efforts, not a rounded {@code PoA}: {@code PoA = 1} iff {@code mu_s(a_s) =
 * mu_s(Gamma_s)} for every source (Lemma 3), which compares rationals ({@code PoA - 1} is second
 * order in the coupling and vanishes below any floating tolerance). A certified efficient
 * equilibrium of a coupled market is a counterexample (findings C2, C4); derivation 9 shows that
 * none exists under the conditions it states.
 */
final class EfficiencyIffUncoupled extends CompetitionClaim {
    EfficiencyIffUncoupled(String id, String source, List<Hypothesis<CompetitionContext>> hypotheses) {
        super(id, source, "There exists a GN equilibrium whose price of anarchy is 1 iff xi^j_{i,l} = 0 for every"
                + " aggregator j and sources i != l.", hypotheses);
    }

    @Override
    public Verdict check(CompetitionContext c) {
        if (c.exact().isEmpty()) {
            return tooLarge(c);
        }
        ExactMarket em = c.exact().get();
        Optional<int[]> coupling = em.offDiagonalCoupling();
        if (coupling.isEmpty()) {
            Optional<EquilibriumCandidate> efficient = EfficientEquilibria.find(c);
            return efficient.isPresent()
                    ? Verdict.exact("every off-diagonal xi is 0, and a certified GN equilibrium has mu_s(a_s) ="
                            + " mu_s(Gamma_s) for every source: PoA = 1 exactly")
                    : new Verdict.Inconclusive("every off-diagonal xi is 0, but no certified equilibrium is efficient");
        }
        return inefficiency(this, c, coupling.get());
    }

    /** The coupled case, shared with Corollary 1: a certified efficient equilibrium, or derivation 9, or neither. */
    static Verdict inefficiency(CompetitionClaim claim, CompetitionContext c, int[] w) {
        ExactMarket em = c.exact().orElseThrow();
        String coupled = "xi^" + c.aggregator(w[0]) + "_{" + c.source(w[1]) + "," + c.source(w[2]) + "} = "
                + Exact.show(em.xi(w[0], w[1], w[2])) + " > 0";
        Optional<EquilibriumCandidate> efficient = EfficientEquilibria.find(c);
        if (efficient.isPresent()) {
            return claim.certify(c, CompetitionCertificate.Kind.EFFICIENT_GNE, efficient.get(), null, -1, -1, coupled
                    + ", yet a certified GN equilibrium has mu_s(a_s) = mu_s(Gamma_s) for every source (PoA = 1)");
        }
        Optional<String> none = EfficientEquilibria.noneEfficient(c);
        if (none.isPresent()) {
            String gap = c.certifiedEquilibria().stream().findFirst().map(p -> {
                var totals = em.totals(p.a());
                var social = new org.apache.commons.numbers.fraction.BigFraction[totals.length];
                for (int s = 0; s < social.length; s++) {
                    social[s] = em.socialDemand(s);
                }
                return String.format(Locale.ROOT, "; at the equilibrium found max_s |a_s - Gamma_s| = %.6g",
                        EquilibriumFacts.maxGap(totals, social));
            }).orElse("");
            return Verdict.exact(coupled + "; " + none.get() + gap);
        }
        return new Verdict.Inconclusive(coupled + "; no certified equilibrium among "
                + EfficientEquilibria.candidates(c).size() + " candidates is efficient, and derivation 9 does not"
                + " apply (it needs an entry xi^j_{i,s} > 0 of Xi at a source s with Gamma_s > underline a_s,"
                + " or a source with gamma_s > Gamma_s >= underline a_s)");
    }
}
