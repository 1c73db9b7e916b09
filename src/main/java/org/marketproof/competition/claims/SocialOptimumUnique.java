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
import org.marketproof.competition.SocialCost;

/**
 * Lemma 3 and (31): with every {@code gamma^j_i > 0} the social cost (30) has a unique minimiser,
 * {@code hat e_s = mu_s(Gamma_s)}. Sampled: per source, Brent's minimiser of the separable term
 * against {@code mu_s(Gamma_s)}, and strict midpoint convexity on random chords; a disagreement is
 * inconclusive.
 */
final class SocialOptimumUnique extends CompetitionClaim {
    static final int CHORDS = 3;
    /** Brent's minimiser is accurate to about {@code sqrt(eps)} relative near a smooth minimum. */
    static final double AGREEMENT = 1e-6;

    SocialOptimumUnique() {
        super("p003.lemma3.unique-optimum", "Lemma 3, (30), (31), Definition 6", "The ex-ante social cost (30) has a"
                + " unique minimiser over E, hat e_s = mu_s(Gamma_s) ((31)), so PoA(e) > 1 for every other e.",
                List.of(CompetitionHypotheses.POSITIVE_DEMAND));
    }

    @Override
    public Verdict check(CompetitionContext c) {
        Market market = c.market();
        SocialCost cost = new SocialCost(market);
        double[] opt = cost.optimum();
        double total0 = cost.at(new double[market.sourceCount()]);
        double worst = 0;
        for (int s = 0; s < market.sourceCount(); s++) {
            EffortModel m = market.effort(s);
            double g = market.socialDemand(s);
            double found = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(10_000), GoalType.MINIMIZE,
                    new UnivariateObjectiveFunction(e -> g * m.variance(e) + e),
                    new SearchInterval(0, Math.min(m.maxEffort(), total0))).getPoint();
            double gap = Math.abs(found - opt[s]) / (1 + opt[s]);
            worst = Math.max(worst, gap);
            if (gap > AGREEMENT) {
                return new Verdict.Inconclusive(String.format(Locale.ROOT, "source %s: Brent's minimiser %.9g vs mu_s(Gamma_s) = %.9g",
                        c.source(s), found, opt[s]));
            }
        }
        UniformRandomProvider rng = c.rng(info().id());
        for (int chord = 0; chord < CHORDS; chord++) {
            double[] x = new double[opt.length];
            double[] y = new double[opt.length];
            double[] mid = new double[opt.length];
            for (int s = 0; s < opt.length; s++) {
                double cap = Math.min(market.effort(s).maxEffort(), 2 * opt[s] + 1);
                x[s] = cap * rng.nextDouble();
                y[s] = cap * rng.nextDouble();
                mid[s] = (x[s] + y[s]) / 2;
            }
            if (!(cost.at(mid) < (cost.at(x) + cost.at(y)) / 2)) {
                return new Verdict.Inconclusive("midpoint convexity not strict on a random chord (rounding or a flat"
                        + " cost): L(mid) = " + cost.at(mid) + ", mean of the ends " + (cost.at(x) + cost.at(y)) / 2);
            }
        }
        return new Verdict.NoCounterexample(new Search(market.sourceCount() + CHORDS, c.seed(), "Brent per source,"
                + " " + CHORDS + " random chords in [0, 2 hat e + 1]"), String.format(Locale.ROOT, "Brent's minimiser equals"
                + " mu_s(Gamma_s) within %.1e (agreement required %.0e); strictly convex on every chord", worst, AGREEMENT));
    }
}
