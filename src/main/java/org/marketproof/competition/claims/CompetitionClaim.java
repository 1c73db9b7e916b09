package org.marketproof.competition.claims;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.marketproof.claims.Hypothesis;
import org.marketproof.claims.StatedClaim;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.EquilibriumCandidate;
import org.marketproof.competition.ExactMarket;
import org.marketproof.competition.Stationarity;

/** What every claim of paper 003 has: its id, source, statement and hypotheses, and the way to certify. */
abstract class CompetitionClaim extends StatedClaim<CompetitionContext> {

    CompetitionClaim(String id, String source, String statement, List<Hypothesis<CompetitionContext>> hypotheses) {
        super(id, "paper 003, " + source, statement, hypotheses);
    }

    /** @return {@link Verdict#certify} of an exact certificate about {@code candidate} (and {@code other}) */
    final Verdict certify(CompetitionContext c, CompetitionCertificate.Kind kind, EquilibriumCandidate candidate,
            EquilibriumCandidate other, int aggregator, int source, String evidence) {
        return certify(c, kind, candidate, other, new int[] {aggregator, source, -1}, evidence);
    }

    /** @param parties the aggregator, source and peer involved ({@code -1} where none) */
    final Verdict certify(CompetitionContext c, CompetitionCertificate.Kind kind, EquilibriumCandidate candidate,
            EquilibriumCandidate other, int[] parties, String evidence) {
        return Verdict.certify(new CompetitionCertificate(info().id(), kind, c.name(), c.instance(),
                Optional.ofNullable(candidate), Optional.ofNullable(other), parties[0], parties[1], parties[2]),
                evidence);
    }

    /**
     * Checks a claim about the equilibrium of (26): INCONCLUSIVE above the exact limit,
     * NOT_APPLICABLE without one, INCONCLUSIVE if {@link Stationarity} does not prove it.
     *
     * @param check the claim's check of the proved equilibrium (at equal shares)
     */
    static Verdict atReducedEquilibrium(CompetitionContext c, Function<EquilibriumCandidate, Verdict> check) {
        if (c.exact().isEmpty()) {
            return tooLarge(c);
        }
        Optional<EquilibriumCandidate> p = c.reducedEquilibrium();
        if (p.isEmpty()) {
            return noEquilibrium(c);
        }
        Stationarity.Judgement j = c.judge(p.get());
        return j.status() == Stationarity.Status.GNE ? check.apply(p.get())
                : new Verdict.Inconclusive("the a of (26) is not proved an equilibrium: " + j.summary());
    }

    /** @return the verdict of a claim that needs the exact layer on a market too large for it */
    static Verdict tooLarge(CompetitionContext c) {
        return new Verdict.Inconclusive("the market has " + c.market().dimension() + " unknowns, above the exact layer's"
                + " limit " + ExactMarket.LIMIT + ": equilibria are not certified");
    }

    /** @return the verdict of a claim about every GN equilibrium when none is certified */
    static Verdict noEquilibrium(CompetitionContext c) {
        return new Verdict.NotApplicable("a GN equilibrium exists", "none certified on this instance ("
                + c.analysis().method() + ")");
    }
}
