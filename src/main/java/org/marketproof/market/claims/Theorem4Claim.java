package org.marketproof.market.claims;

import java.util.Collections;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.claims.Verdict;
import org.marketproof.market.mechanism.catalog.NothingSold;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.Extended;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.Strategy;

/**
 * p000.theorem4: for every mechanism M satisfying EFB and IRB and every Nash equilibrium s of M,
 * profit(M, s) <= OPT - (c_2 - c_1) (section 4). A claim about all mechanisms: where the certified
 * upper bound on OPT is below c_2 - c_1, the witness mechanism {@code nothing-sold} (EFB, IRB,
 * "nobody collects" an equilibrium, profit 0) refutes it whatever mechanism is audited (finding S3).
 * Otherwise it is checked at s* of the mechanism at hand, with its profit from its own settlement and
 * OPT bounded independently; an equilibrium cannot be certified, so a profit above the bound is not a
 * counterexample (the theorem's proof then says s* is no equilibrium).
 */
final class Theorem4Claim extends MarketClaim {

    Theorem4Claim() {
        super("p000.theorem4", "section 4, Theorem 4",
                "For every EFB and IRB mechanism M and Nash equilibrium s of M, profit(M, s) <= OPT - (c_2 - c_1).",
                List.of(MarketHypotheses.TWO_CONTRIBUTORS));
    }

    @Override
    public Verdict check(MarketContext c) {
        OptBounds opt = c.opt();
        BigFraction gap = c.costGap();
        if (FractionOrder.compare(opt.upper(), gap) < 0) {
            NothingSold witness = new NothingSold();
            Profile nobody = new Profile(Collections.nCopies(c.contributors(), Strategy.truthful(0)));
            return Verdict.certify(new WitnessCertificate(new Subject(info().id(), GuardedMechanism.of(witness),
                    c.instance(), null), nobody), "witness mechanism " + witness.name() + ": OPT <= "
                    + Rechecks.exact(opt.upper()) + " < c_2 - c_1 = " + Rechecks.exact(gap)
                    + ", so its equilibrium 'nobody collects' (profit 0) beats OPT - (c_2 - c_1); the claim is about "
                    + "every mechanism, so this holds whichever mechanism is audited");
        }
        if (c.design().isEmpty()) {
            return MarketHypotheses.SERVED.failure().apply(c).<Verdict>map(f -> new Verdict.NotApplicable(
                    MarketHypotheses.SERVED.name(), f)).orElseThrow();
        }
        if (!c.exact()) {
            return undeclared("profit(M, s*) and the buyer utilities of its hypotheses");
        }
        String hypotheses = failedHypothesis(c);
        if (hypotheses != null) {
            return new Verdict.NotApplicable("M is EFB and IRB, and s* a Nash equilibrium of M", hypotheses);
        }
        Extended profit = new ExactEvaluator().expectedProfit(c.game(), c.star()).orElseThrow().infimum();
        String figures = "profit(M, s*) = " + profit + ", " + opt.describe() + ", c_2 - c_1 = " + Rechecks.exact(gap);
        if (!BuyerValues.less(Extended.of(opt.lower().subtract(gap)), profit)) {
            return Verdict.exact(figures + ": profit(M, s*) <= OPT lower bound - (c_2 - c_1) (at s*, whether or not it "
                    + "is an equilibrium)");
        }
        if (BuyerValues.less(Extended.of(opt.upper().subtract(gap)), profit)) {
            return new Verdict.Inconclusive(figures + ": profit(M, s*) exceeds OPT - (c_2 - c_1), so by the theorem's "
                    + "proof s* is no equilibrium when two contributors collect, although the ICC search found no "
                    + "profitable deviation");
        }
        return new Verdict.Inconclusive(figures + ": within the gap between the bounds on OPT");
    }

    /** @return the failed hypothesis with its numbers, or null when all hold (as far as can be checked) */
    private static String failedHypothesis(MarketContext c) {
        int types = c.instance().buyers().size();
        for (int j = 0; j < types; j++) {
            for (int k = 0; k < types; k++) {
                Extended own = BuyerValues.utility(c.game(), c.star(), j, j).orElseThrow();
                Extended other = k == j ? Extended.of(BigFraction.ZERO) : BuyerValues.utility(c.game(), c.star(), j, k)
                        .orElseThrow();
                if (BuyerValues.less(own, other)) {
                    return (k == j ? "IRB" : "EFB") + " fails: buyer " + c.instance().buyers().get(j).name()
                            + " has utility " + own + " < " + other + (k == j ? "" : " (type "
                            + c.instance().buyers().get(k).name() + "'s option)") + " (see p000.irb, p000.efb)";
                }
            }
        }
        if (IncentiveCompatibilityClaim.violated(c)) {
            return "s* is not a Nash equilibrium: the ICC search certified a profitable deviation (see p000.icc)";
        }
        return null;
    }
}
