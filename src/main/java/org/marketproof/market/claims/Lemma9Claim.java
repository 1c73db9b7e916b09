package org.marketproof.market.claims;

import java.util.List;
import java.util.Optional;
import org.marketproof.claims.Verdict;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.Submissions;

/**
 * p000.lemma9: with f_b (submit N_i* points whose mean is the collected data's), the utility
 * u_i((n, f_b), s*_-i) is at most u_i(s*) for every n >= 1 (appendix B, Lemma 9: l(n) = -c_i n -
 * d_i sigma^2/n peaks at N_i*). Checked exactly at every useful n.
 */
final class Lemma9Claim extends MarketClaim {

    Lemma9Claim() {
        super("p000.lemma9", "Lemma 9 (appendix B)",
                "For every n >= 1, u_i((n, f_b), s*_-i) <= u_i(s*), f_b submitting N_i* points with the collected mean.",
                List.of(MarketHypotheses.SERVED));
    }

    @Override
    public Verdict check(MarketContext c) {
        if (!c.exact()) {
            return undeclared("the exact utility curve in n (the ICC search covers f_b by simulation)");
        }
        StringBuilder ev = new StringBuilder();
        for (int i = 0; i < c.contributors(); i++) {
            int target = c.design().orElseThrow().instruction(i);
            if (target == 0) {
                continue;
            }
            List<Integer> ns = UtilitySteps.collections(c, i);
            for (int n : ns) {
                Optional<DeviationCertificate> v = UtilitySteps.violation(c, subject(c), i,
                        Strategy.of(n, new Submissions.ResizeKeepingMean(target)), Strategy.truthful(target));
                if (v.isPresent()) {
                    return Verdict.certify(v.get(), "u_i((n, f_b)) exceeds u_i(s*) at n = " + n + " (N_i* = " + target
                            + ")");
                }
            }
            ev.append("contributor ").append(i + 1).append(": ").append(ns.size()).append(" values of n in [")
                    .append(ns.get(0)).append(", ").append(ns.get(ns.size() - 1)).append("], N_i* = ").append(target)
                    .append("; ");
        }
        return ev.length() == 0 ? new Verdict.NotApplicable("some contributor is instructed to collect",
                "N* = " + MarketHypotheses.instructions(c.design().orElseThrow()))
                : Verdict.exact("no n beats N_i* (exact): " + ev);
    }
}
