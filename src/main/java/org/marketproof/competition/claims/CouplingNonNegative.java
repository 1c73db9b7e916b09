package org.marketproof.competition.claims;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.Exact;
import org.marketproof.competition.ExactMarket;
import org.marketproof.competition.Market;

/**
 * After (18) and (20): every {@code xi^j_{i,l} >= 0}, so {@code c^b_s >= q^b_s >= 0} and the
 * constraint {@code c^b_s >= 0} can be dropped. Exact: every {@code xi} from its definition.
 */
final class CouplingNonNegative extends CompetitionClaim {
    CouplingNonNegative() {
        super("p003.model.xi-nonnegative", "after (18) and after (20)", "Every xi^j_{i,l} >= 0 (by definition of h_b),"
                + " so c^b_s >= a^b_s sum_i xi^b_{s,i} sigma_i^2 >= 0 and the constraint c^b_s >= 0 of the bilevel"
                + " problem can be omitted from (20).", List.of());
    }

    @Override
    public Verdict check(CompetitionContext c) {
        if (c.exact().isEmpty()) {
            return tooLarge(c);
        }
        ExactMarket em = c.exact().get();
        Market m = c.market();
        BigFraction smallest = null;
        int count = 0;
        for (int b = 0; b < m.aggregatorCount(); b++) {
            for (int[] p : m.offDiagonalPairs(b)) {
                BigFraction x = em.xi(b, p[0], p[1]);
                count++;
                if (x.signum() < 0) {
                    return certify(c, CompetitionCertificate.Kind.NEGATIVE_XI, null, null, new int[] {b, p[0], p[1]},
                            "xi^" + c.aggregator(b) + "_{" + c.source(p[0]) + "," + c.source(p[1]) + "} < 0");
                }
                smallest = smallest == null || Exact.compare(x, smallest) < 0 ? x : smallest;
            }
        }
        return Verdict.exact(count + " off-diagonal xi computed exactly from leave-one-out refits; the smallest is "
                + (smallest == null ? "(none)" : Exact.show(smallest)) + " >= 0");
    }
}
