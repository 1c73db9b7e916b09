package org.marketproof.competition.claims;

import java.util.List;
import org.marketproof.claims.Hypothesis;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.KinkedEquilibria;

/**
 * Theorem 1 items 1-2 and Theorem 4 items 1-2: the coefficients {@code a} (and with them the
 * efforts) are the same in every GN equilibrium, those of (26). A kinked equilibrium (finding C6)
 * is a counterexample: an aggregator that pays nothing for a source is at a best response with a
 * coefficient above (25), and the source's effort rises.
 */
final class UniqueCoefficients extends CompetitionClaim {
    private final boolean efforts;

    /** @param efforts whether the claim is about the efforts (item 2) rather than the coefficients (item 1) */
    UniqueCoefficients(String id, String source, List<Hypothesis<CompetitionContext>> hypotheses, boolean efforts) {
        super(id, source, efforts ? "If a GN equilibrium exists, every GN equilibrium induces the same efforts"
                + " mu_s(a_s), those of the a of (26)." : "If a GN equilibrium exists, every GN equilibrium has the same"
                + " coefficients a, the solution of (26).", hypotheses);
        this.efforts = efforts;
    }

    @Override
    public Verdict check(CompetitionContext c) {
        return atReducedEquilibrium(c, p -> againstKinks(c));
    }

    private Verdict againstKinks(CompetitionContext c) {
        KinkedEquilibria.Search kinks = c.kinks();
        if (kinks.found().isPresent()) {
            KinkedEquilibria.Kink k = kinks.found().get();
            return certify(c, efforts ? CompetitionCertificate.Kind.OTHER_EFFORTS
                    : CompetitionCertificate.Kind.OTHER_COEFFICIENTS, k.candidate(), null, k.aggregator(), k.source(),
                    "a GN equilibrium where " + c.aggregator(k.aggregator()) + " pays nothing for "
                            + c.source(k.source()) + " (theta = 1/2 there) has a different " + (efforts
                                    ? "total a_s, hence a different effort," : "a") + " than (26)");
        }
        return new Verdict.NoCounterexample(new Search(kinks.tried(), c.seed(), kinks.tried()
                + " single-kink witnesses theta^b_s = 1/2, solved exactly"), "no kinked witness is an equilibrium;"
                        + " the a of (26) is the only one found");
    }
}
