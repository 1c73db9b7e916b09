package org.marketproof.market.claims;

import java.util.List;
import java.util.Optional;
import org.marketproof.claims.Verdict;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.Submission;
import org.marketproof.market.strategy.Submissions;

/**
 * p000.lemma8: among submissions of exactly N_i* points, f_b (the collected data's own mean) is best
 * (appendix B, Lemma 8: the sample mean is minimax). Checked exactly against shifted, noisy, scaled
 * and re-fitted N_i*-point submissions at every useful n.
 */
final class Lemma8Claim extends MarketClaim {

    Lemma8Claim() {
        super("p000.lemma8", "Lemma 8 (appendix B)",
                "For every n and every f_a submitting N_i* points: u_i((n, f_a), s*_-i) <= u_i((n, f_b), s*_-i).",
                List.of(MarketHypotheses.SERVED));
    }

    @Override
    public Verdict check(MarketContext c) {
        if (!c.exact()) {
            return undeclared("the exact utilities of N_i*-point submissions");
        }
        double sd = Math.sqrt(c.instance().variance());
        int pairs = 0;
        for (int i = 0; i < c.contributors(); i++) {
            int target = c.design().orElseThrow().instruction(i);
            if (target == 0) {
                continue;
            }
            Submission fb = new Submissions.ResizeKeepingMean(target);
            for (int n : UtilitySteps.collections(c, i)) {
                for (Submission g : List.of(new Submissions.Shift(sd / 2), new Submissions.AddNoise(sd),
                        new Submissions.ScaleAboutMean(2), new Submissions.ScaleAboutOrigin(0.5),
                        new Submissions.FitAndSample(target, c.instance().variance()))) {
                    pairs++;
                    Optional<DeviationCertificate> v = UtilitySteps.violation(c, subject(c), i,
                            Strategy.of(n, g.andThen(fb)), Strategy.of(n, fb));
                    if (v.isPresent()) {
                        return Verdict.certify(v.get(), "an N_i*-point submission beats the sample mean");
                    }
                }
            }
        }
        return pairs == 0 ? new Verdict.NotApplicable("some contributor is instructed to collect",
                "N* = " + MarketHypotheses.instructions(c.design().orElseThrow()))
                : Verdict.exact(pairs + " pairs (n, f_a) with f_a = shift, noise, scale about the mean or the origin, "
                        + "re-fit, each resized to N_i*: none beats f_b (exact)");
    }
}
