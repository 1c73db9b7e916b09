package org.marketproof.competition.claims;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.EffortModel;
import org.marketproof.competition.Market;

/**
 * Section III-F, (11)-(12): each source's best effort is unique and the same whatever the other
 * sources do, and depends on the contracts only through {@code a_s} (13). Sampled: random
 * contracts and two random profiles of the others' efforts; each source's utility (2), with the
 * full expected payments (7), maximised by Brent over {@code E_s}, against {@code mu_s(a_s)}.
 * Agreement is judged to the argmax's resolution; a disagreement is reported as inconclusive (a
 * numerical argmax is no certificate).
 */
final class SourcesDominantStrategy extends CompetitionClaim {
    static final int PROFILES = 2;

    SourcesDominantStrategy() {
        super("p003.sources.dominant-unique", "Section III-F, (11)-(13)", "For every contract, each source's utility"
                + " (12) has a unique maximiser over E_s, the same for every effort of the other sources (an induced"
                + " dominant-strategy equilibrium), and it depends on the contracts only through a_s (13).", List.of());
    }

    @Override
    public Verdict check(CompetitionContext c) {
        Market market = c.market();
        UniformRandomProvider rng = c.rng(info().id());
        double[][] a = market.zeroProfile();
        for (int b = 0; b < a.length; b++) {
            for (int s : market.members(b)) {
                a[b][s] = 3 * rng.nextDouble() * market.effort(s).lowerThreshold();
            }
        }
        double worst = 0;
        for (int trial = 0; trial < PROFILES; trial++) {
            double[] others = new double[market.sourceCount()];
            for (int i = 0; i < others.length; i++) {
                others[i] = 3 * rng.nextDouble();
            }
            for (int s = 0; s < market.sourceCount(); s++) {
                EffortModel model = market.effort(s);
                double expected = model.bestEffort(market.totals(a)[s]);
                double cap = model.bounded() ? model.maxEffort() : Math.max(10, 4 * expected + 10);
                int src = s;
                double found = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(10_000), GoalType.MAXIMIZE,
                        new UnivariateObjectiveFunction(e -> utility(market, src, a, others, e)),
                        new SearchInterval(0, cap)).getPoint();
                double resolution = argmaxResolution(market, s, a, others, expected);
                worst = Math.max(worst, Math.abs(found - expected) / (1 + expected));
                if (Math.abs(found - expected) > resolution) {
                    return new Verdict.Inconclusive(String.format(Locale.ROOT, "source %s: Brent's argmax %.12g differs from"
                            + " mu_s(a_s) = %.12g by more than the argmax's resolution %.1e", c.source(s), found,
                            expected, resolution));
                }
            }
        }
        return new Verdict.NoCounterexample(new Search((long) PROFILES * market.sourceCount(), c.seed(),
                "one random contract, " + PROFILES + " random profiles of the others' efforts in [0, 3), every source"),
                String.format(Locale.ROOT, "Brent's argmax of (2) equals mu_s(a_s) for every profile; worst relative gap %.1e", worst));
    }

    /** Source s's expected utility (2): its expected payments (7) from every buyer, minus effort. */
    static double utility(Market market, int s, double[][] a, double[] others, double e) {
        double[] efforts = others.clone();
        efforts[s] = e;
        double[][] q = market.variablePayments(a, efforts);
        double u = -e;
        for (int b : market.buyers(s)) {
            u -= q[b][s];
        }
        return u;
    }

    /**
     * Near a smooth interior maximum {@code u(e) ~ u* - |u''| (e - e*)^2 / 2}, values within the
     * rounding {@code delta} of {@code u*} cannot be told apart, so the numerical argmax is
     * determined to {@code sqrt(2 delta / |u''|)}, with {@code delta = 1e-13 (1 + |u*|)} and {@code
     * u'' = -a_s (sigma^2)''}; ten times that plus Brent's {@code 1e-10} relative tolerance.
     */
    private static double argmaxResolution(Market market, int s, double[][] a, double[] others, double expected) {
        EffortModel m = market.effort(s);
        double total = market.totals(a)[s];
        double ds = m.dSigma(expected);
        double curvature = total * 2 * (ds * ds + m.sigma(expected) * m.d2Sigma(expected));
        double delta = 1e-13 * (1 + Math.abs(utility(market, s, a, others, expected)));
        return 10 * Math.sqrt(2 * delta / curvature) + 1e-10 * (1 + expected);
    }
}
