package org.marketproof.market.claims;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.claims.Verdict;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.Extended;

/**
 * p000.po: profit(M, s*) >= OPT - (c_2 - c_1) - |B| O(epsilon) (Theorem 5.1; section 3.2, requirement
 * 6). The mechanism's profit comes from its own settlement at s*, exactly; OPT is bounded on both
 * sides independently of the mechanism ({@link OptBounds}): a profit below the lower bound minus the
 * allowance is a certified counterexample (OPT >= 0 always, finding PR2), one above the upper bound
 * minus the allowance holds.
 */
final class ProfitOptimalityClaim extends MarketClaim {

    ProfitOptimalityClaim() {
        super("p000.po", "Theorem 5.1 (profit) and section 3.2 (PO)",
                "profit(M, s*) >= OPT - (c_2 - c_1) - |B| O(epsilon).",
                List.of(MarketHypotheses.TWO_CONTRIBUTORS, MarketHypotheses.SERVED,
                        MarketHypotheses.COMPUTED_OUTPUT));
    }

    @Override
    public Verdict check(MarketContext c) {
        if (!c.exact()) {
            return undeclared("profit(M, s*) = inf over mu of the expected revenue minus costs (12)");
        }
        OptBounds opt = c.opt();
        BigFraction allowance = c.allowance();
        Extended profit = new ExactEvaluator().expectedProfit(c.game(), c.star()).orElseThrow().infimum();
        BigFraction slack = c.costGap().add(allowance);
        String figures = "profit(M, s*) = " + profit + ", " + opt.describe() + ", c_2 - c_1 = "
                + Rechecks.exact(c.costGap()) + ", |B| O(eps) = " + Rechecks.exact(allowance) + " ("
                + c.options().lossSource() + ")";
        if (BuyerValues.less(profit, Extended.of(opt.lower().subtract(slack)))) {
            return Verdict.certify(new ProfitCertificate(subject(c), c.star(), allowance, opt.witness()), figures);
        }
        if (!BuyerValues.less(profit, Extended.of(opt.upper().subtract(slack)))) {
            return Verdict.exact(figures + ": profit >= OPT upper bound - (c_2 - c_1) - |B| O(eps)");
        }
        return new Verdict.Inconclusive(figures + ": within the gap between the bounds on OPT");
    }
}
