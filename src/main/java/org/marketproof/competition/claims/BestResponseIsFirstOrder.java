package org.marketproof.competition.claims;

import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.claims.Hypothesis;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.EquilibriumCandidate;
import org.marketproof.competition.Exact;
import org.marketproof.competition.ExactMarket;
import org.marketproof.competition.KinkedEquilibria;

/**
 * Proofs of Theorems 1 and 2: aggregator {@code b}'s best response in its problem (20) is (25)
 * (with the corners of (28) for bounded effort), a function of the others' coefficients {@code
 * a^-b} alone. That is the best response of the reduced problem, where (24) substitutes the binding
 * IR constraint; in (20) an aggregator that pays nothing for a source faces the kink of {@code
 * max(0, owed)}, and its best response depends on the others' charges too. A kinked equilibrium
 * (finding C6) is a counterexample: there {@code b}'s unique best response differs from (25).
 */
final class BestResponseIsFirstOrder extends CompetitionClaim {
    BestResponseIsFirstOrder(String id, String source, List<Hypothesis<CompetitionContext>> hypotheses) {
        super(id, source, "Aggregator b's best response in the full problem (20) to the others' contracts is given by"
                + " (25) (with the corners of (28) when effort is bounded): a^b_s is determined by a^-b alone.", hypotheses);
    }

    @Override
    public Verdict check(CompetitionContext c) {
        if (c.exact().isEmpty()) {
            return tooLarge(c);
        }
        ExactMarket em = c.exact().get();
        KinkedEquilibria.Search kinks = c.kinks();
        if (kinks.found().isPresent()) {
            KinkedEquilibria.Kink k = kinks.found().get();
            return certify(c, CompetitionCertificate.Kind.BEST_RESPONSE, k.candidate(), null, k.aggregator(),
                    k.source(), "at a GN equilibrium where " + c.aggregator(k.aggregator()) + " pays nothing for "
                            + c.source(k.source()) + ", its best response is not (25)");
        }
        List<EquilibriumCandidate> certified = c.certifiedEquilibria();
        if (certified.isEmpty()) {
            return noEquilibrium(c);
        }
        for (EquilibriumCandidate p : certified) {
            for (int b = 0; b < c.market().aggregatorCount(); b++) {
                for (int s : c.market().members(b)) {
                    Optional<BigFraction> br = EquilibriumFacts.bestResponse28(em, p.a(), b, s);
                    if (br.isPresent() && Exact.compare(br.get(), p.a()[b][s]) != 0) {
                        return certify(c, CompetitionCertificate.Kind.BEST_RESPONSE, p, null, b, s,
                                "a certified GN equilibrium off (25)/(28)");
                    }
                }
            }
        }
        return new Verdict.NoCounterexample(new Search(certified.size() + kinks.tried(), c.seed(), certified.size()
                + " certified equilibria and " + kinks.tried() + " single-kink witnesses"), "every certified"
                        + " equilibrium satisfies (25)/(28) exactly; no kinked witness is an equilibrium");
    }
}
