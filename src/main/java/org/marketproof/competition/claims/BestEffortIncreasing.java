package org.marketproof.competition.claims;

import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.EffortModel;
import org.marketproof.competition.Market;

/**
 * Lemma 1: {@code mu_s} is continuous and strictly increasing on {@code A_s}. Sampled: at random
 * {@code a} in {@code A_s}, {@code mu(a - h) < mu(a) < mu(a + h)} and the central difference
 * quotient matches the implicit derivative of the proof, positive and finite. A mismatch is
 * inconclusive (both sides are rounded).
 */
final class BestEffortIncreasing extends CompetitionClaim {
    static final int POINTS = 5;
    /** Central differences with {@code h = 1e-6 a}: truncation {@code O(h^2)} plus rounding {@code eps / h ~ 1e-10}. */
    static final double AGREEMENT = 1e-4;

    BestEffortIncreasing() {
        super("p003.lemma1.mu-increasing", "Lemma 1, (16)", "mu_s is continuous and strictly increasing on A_s, with"
                + " derivative (2 a^2 (sigma_s'^2 + sigma_s sigma_s''))^-1 > 0.", List.of());
    }

    @Override
    public Verdict check(CompetitionContext c) {
        Market market = c.market();
        UniformRandomProvider rng = c.rng(info().id());
        double worst = 0;
        for (int s = 0; s < market.sourceCount(); s++) {
            EffortModel m = market.effort(s);
            double lo = m.lowerThreshold();
            double hi = m.bounded() ? m.upperThreshold() : 20 * lo;
            for (int t = 0; t < POINTS; t++) {
                double x = lo + (hi - lo) * (0.01 + 0.98 * rng.nextDouble());
                double h = 1e-6 * x;
                double slope = m.bestEffortSlope(x);
                double quotient = (m.bestEffort(x + h) - m.bestEffort(x - h)) / (2 * h);
                if (!(m.bestEffort(x - h) < m.bestEffort(x) && m.bestEffort(x) < m.bestEffort(x + h) && slope > 0
                        && Double.isFinite(slope))) {
                    return new Verdict.Inconclusive(String.format(Locale.ROOT, "source %s at a = %.12g: mu(a +- h) not strictly"
                            + " ordered or slope %.3g not positive (h = %.1e)", c.source(s), x, slope, h));
                }
                double rel = Math.abs(quotient - slope) / slope;
                worst = Math.max(worst, rel);
                if (rel > AGREEMENT) {
                    return new Verdict.Inconclusive(String.format(Locale.ROOT, "source %s at a = %.12g: difference quotient %.9g"
                            + " vs implicit derivative %.9g", c.source(s), x, quotient, slope));
                }
            }
        }
        return new Verdict.NoCounterexample(new Search((long) POINTS * market.sourceCount(), c.seed(),
                POINTS + " random a per source in A_s (up to 20 underline a_s when unbounded)"), String.format(Locale.ROOT,
                "mu strictly increasing with positive finite derivative at every point; central differences (h = 1e-6 a)"
                        + " agree with it within %.1e (agreement required %.0e)", worst, AGREEMENT));
    }
}
