package org.marketproof.market.claims;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.claims.Verdict;
import org.marketproof.market.strategy.Extended;

/**
 * p000.efb: under s*, no buyer prefers another buyer's dataset size and pricing rule to her own:
 * u_j(m_j, p_j, s*) >= u_j(m_k, p_k, s*) with utility (9) (section 3.2, requirement 2; Theorem 5.1).
 * Exact on the rounded valuations; bounding sup_mu E[p_k] from above needs the declared forms.
 */
final class EnvyFreenessClaim extends MarketClaim {

    EnvyFreenessClaim() {
        super("p000.efb", "section 3.2 (EFB), utility (9) and Theorem 5.1",
                "Under s*, u_j(m_j, p_j, s*) >= u_j(m_k, p_k, s*) for all buyers j, k.",
                List.of(MarketHypotheses.SERVED, MarketHypotheses.FEASIBLE_OUTPUT));
    }

    @Override
    public Verdict check(MarketContext c) {
        if (!c.exact()) {
            return undeclared("an upper bound on every other type's sup_mu E[p_k]");
        }
        int types = c.instance().buyers().size();
        BigFraction slack = null;
        for (int j = 0; j < types; j++) {
            Extended own = BuyerValues.utility(c.game(), c.star(), j, j).orElseThrow();
            for (int k = 0; k < types; k++) {
                Extended other = BuyerValues.utility(c.game(), c.star(), j, k).orElseThrow();
                if (BuyerValues.less(own, other)) {
                    return Verdict.certify(new EnvyCertificate(subject(c), c.star(), j, k), c.instance().buyers().get(j)
                            .name() + " prefers " + c.instance().buyers().get(k).name() + "'s allocation and price");
                }
                if (k != j && own.isFinite() && other.isFinite()) {
                    BigFraction margin = own.value().subtract(other.value());
                    slack = slack == null || FractionOrder.compare(margin, slack) < 0 ? margin : slack;
                }
            }
        }
        return Verdict.exact(types + " x " + types + " comparisons of (9) on the rounded valuations; smallest margin "
                + (slack == null ? "none (one type, or unbounded prices)" : Rechecks.exact(slack)));
    }
}
