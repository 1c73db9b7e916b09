package org.marketproof.competition.claims;

import java.util.List;
import org.marketproof.claims.Hypothesis;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.EstimatorKind;
import org.marketproof.competition.Exact;
import org.marketproof.competition.ExactMarket;
import org.marketproof.competition.Market;

/**
 * Proof of Corollary 1: a least-squares aggregator whose payments are well defined has some
 * off-diagonal {@code xi^b_{i,l} > 0}. Exact, per least-squares aggregator.
 */
final class LeastSquaresCoupled extends CompetitionClaim {
    static final Hypothesis<CompetitionContext> SOME_LEAST_SQUARES = Hypothesis.of(
            "some aggregator's estimator is linear regression",
            c -> c.instance().aggregators().stream().anyMatch(a -> a.estimator() == EstimatorKind.OLS),
            c -> "every aggregator uses the mean");

    LeastSquaresCoupled() {
        super("p003.corollary1.ols-coupled", "proof of Corollary 1, [17, fn. 6]", "With linear regression and"
                + " well-defined payments, some xi^b_{i,l} > 0 with i != l.", List.of(SOME_LEAST_SQUARES));
    }

    @Override
    public Verdict check(CompetitionContext c) {
        if (c.exact().isEmpty()) {
            return tooLarge(c);
        }
        ExactMarket em = c.exact().get();
        Market m = c.market();
        StringBuilder ev = new StringBuilder();
        for (int b = 0; b < m.aggregatorCount(); b++) {
            if (c.instance().aggregators().get(b).estimator() != EstimatorKind.OLS) {
                continue;
            }
            int bb = b;
            String witness = m.offDiagonalPairs(b).stream().filter(p -> em.xi(bb, p[0], p[1]).signum() > 0).findFirst()
                    .map(p -> "xi^" + c.aggregator(bb) + "_{" + c.source(p[0]) + "," + c.source(p[1]) + "} = "
                            + Exact.show(em.xi(bb, p[0], p[1]))).orElse(null);
            if (witness == null) {
                return certify(c, CompetitionCertificate.Kind.UNCOUPLED_LEAST_SQUARES, null, null, b, -1,
                        "every off-diagonal xi of least-squares aggregator " + c.aggregator(b) + " is 0");
            }
            ev.append(ev.length() == 0 ? "" : "; ").append(witness).append(" > 0");
        }
        return Verdict.exact(ev.toString());
    }
}
