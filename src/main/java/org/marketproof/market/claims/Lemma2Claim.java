package org.marketproof.market.claims;

import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.claims.Verdict;

/**
 * p000.lemma2: Algorithm 1's mechanism (N_1 = N+, m_j+, q_j+) has profit >= OPT - |B| O(epsilon)
 * (section 2.2, Lemma 2). Finding PR2: Algorithm 1 searches N in {1, ..., floor(|B|/c_1)}, but OPT may
 * be at N = 0; when every N of the range loses more than the allowance the lemma fails for every
 * pricer, certified by the IRB bound. Otherwise the audited design's own Algorithm 1 output, when it
 * has one, is compared with the bounds on OPT.
 */
final class Lemma2Claim extends MarketClaim {

    Lemma2Claim() {
        super("p000.lemma2", "section 2.2, Lemma 2 (appendix B)",
                "Algorithm 1's output has profit_N+ >= OPT - |B| O(epsilon).", List.of());
    }

    @Override
    public Verdict check(MarketContext c) {
        OptBounds opt = c.opt();
        BigFraction allowance = c.allowance();
        if (FractionOrder.compare(opt.collectingUpper(), allowance.negate()) < 0) {
            return Verdict.certify(new Lemma2Certificate(new Subject(info().id(), null, c.instance(), null), allowance),
                    "every N >= 1 loses: max profit_N <= " + Rechecks.exact(opt.collectingUpper()) + " < 0 = OPT at N = 0");
        }
        GivenPricing run = c.design().isPresent() ? c.pricing() : null;
        if (run == null) {
            return new Verdict.NotApplicable("the design is built from an Algorithm 1 output",
                    "the audited design exposes no Algorithm 1 output to compare (and not every N >= 1 loses)");
        }
        java.util.Optional<String> given = MarketHypotheses.COMPUTED_OUTPUT.failure().apply(c);
        if (given.isPresent()) {
            return new Verdict.NotApplicable(MarketHypotheses.COMPUTED_OUTPUT.name(), given.get());
        }
        Optional<BigFraction> profit = OptBounds.profitIfEnvyFree(c.instance(), run);
        if (profit.isEmpty()) {
            return new Verdict.Inconclusive("the design's Algorithm 1 output " + run + " is not an envy-free, "
                    + "individually rational scheme on the rounded valuations (see p000.irb, p000.efb)");
        }
        String figures = "profit_N+ = " + Rechecks.exact(profit.get()) + " at N+ = " + run.nPlus() + ", " + opt.describe()
                + ", |B| O(eps) = " + Rechecks.exact(allowance) + " (" + c.options().lossSource() + ")";
        if (FractionOrder.compare(profit.get(), opt.upper().subtract(allowance)) >= 0) {
            return Verdict.exact(figures);
        }
        return new Verdict.Inconclusive(figures + ": below the OPT upper bound minus the allowance; only a range where "
                + "every N loses is certified here");
    }
}
