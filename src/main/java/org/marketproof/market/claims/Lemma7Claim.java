package org.marketproof.market.claims;

import java.util.List;
import java.util.Optional;
import org.marketproof.claims.Verdict;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.Submission;
import org.marketproof.market.strategy.Submissions;

/**
 * p000.lemma7: replacing any submission f by f_a, which submits exactly N_i* points with f's mean,
 * never lowers the utility (appendix B, Lemma 7). Its proof uses I(|Y_i| = N_i*) base_i <= base_i,
 * which needs base_i >= 0 (finding S1). Checked exactly on wrong-sized submissions at every useful n.
 */
final class Lemma7Claim extends MarketClaim {

    Lemma7Claim() {
        super("p000.lemma7", "Lemma 7 (appendix B)",
                "For every (n, f): u_i((n, f), s*_-i) <= u_i((n, f_a), s*_-i), f_a submitting N_i* points with f's mean.",
                List.of(MarketHypotheses.SERVED));
    }

    @Override
    public Verdict check(MarketContext c) {
        if (!c.exact()) {
            return undeclared("the exact utilities of wrong-sized submissions");
        }
        int pairs = 0;
        for (int i = 0; i < c.contributors(); i++) {
            int target = c.design().orElseThrow().instruction(i);
            if (target == 0) {
                continue;
            }
            for (int n : UtilitySteps.collections(c, i)) {
                for (Submission f : List.of(new Submissions.Identity(), new Submissions.Duplicate(2),
                        new Submissions.Drop(Math.max(1, target - 1)), new Submissions.ResizeKeepingMean(target + 1))) {
                    int size = f.outputSize(n);
                    if (size == 0 || size == target) {
                        continue; // f_a is f itself
                    }
                    pairs++;
                    Strategy fa = Strategy.of(n, f.andThen(new Submissions.ResizeKeepingMean(target)));
                    Optional<DeviationCertificate> v = UtilitySteps.violation(c, subject(c), i, Strategy.of(n, f), fa);
                    if (v.isPresent()) {
                        return Verdict.certify(v.get(), "a wrong-sized submission (" + size + " points) beats f_a");
                    }
                }
            }
        }
        return pairs == 0 ? new Verdict.NotApplicable("some contributor is instructed to collect",
                "N* = " + MarketHypotheses.instructions(c.design().orElseThrow()))
                : Verdict.exact(pairs + " pairs (n, f) with f = as-collected, duplicate, keep-first, resize to N*+1: "
                        + "none beats f_a (exact)");
    }
}
