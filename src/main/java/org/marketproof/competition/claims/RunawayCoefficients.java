package org.marketproof.competition.claims;

import java.util.Locale;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.CouplingMatrix;
import org.marketproof.competition.Market;

/**
 * Remark after Theorem 2: replacing {@code Xi} by {@code alpha Xi}, as {@code alpha} rises to {@code
 * 1/rho(Xi)} the solution of (26) grows without bound: its component along the Perron vector is
 * {@code ~ 1/(1 - alpha rho)}. Sampled at {@code alpha rho = 1 - 10^-k}, {@code k = 1..}{@link
 * #STEPS}: the largest coefficient must increase, by steps that grow at least {@link #GROWTH}-fold
 * once the Perron part dominates (from the third sample; they grow 10-fold in the limit); a failure
 * is inconclusive (doubles near a singular system).
 */
final class RunawayCoefficients extends CompetitionClaim {
    static final int STEPS = 4;
    static final double GROWTH = 5;

    RunawayCoefficients() {
        super("p003.theorem2.remark-runaway", "remark after Theorem 2", "Replacing Xi by alpha Xi, as alpha rises to"
                + " 1/rho(Xi) the solution a of (26), and the effort it induces, grow without bound.",
                CompetitionHypotheses.theorem1());
    }

    @Override
    public Verdict check(CompetitionContext c) {
        double rho = c.analysis().rho().estimate();
        if (!c.analysis().rho().belowOne() || !(rho > 0)) {
            return new Verdict.NotApplicable("0 < rho(Xi) < 1", String.format(Locale.ROOT, "rho(Xi) = %.9g (%s)", rho,
                    c.analysis().rho().comparison()));
        }
        double previous = 0;
        double step = 0;
        StringBuilder ev = new StringBuilder();
        for (int k = 1; k <= STEPS; k++) {
            double gap = Math.pow(10, -k);
            double alpha = (1 - gap) / rho;
            Market m = new Market(c.instance().withCouplingScale(c.instance().couplingScale() * alpha));
            double[][] gamma = m.zeroProfile();
            for (int b = 0; b < gamma.length; b++) {
                for (int s : m.members(b)) {
                    gamma[b][s] = m.demand(b, s);
                }
            }
            double[][] a = new CouplingMatrix(m).solve(gamma);
            double max = 0;
            for (double[] row : a) {
                for (double v : row) {
                    max = Math.max(max, v);
                }
            }
            ev.append(String.format(Locale.ROOT, "%s1 - alpha rho = 1e-%d: max a = %.6g", k == 1 ? "" : "; ", k, max));
            if (!(max > previous) || k >= 3 && !(max - previous >= GROWTH * step)) {
                return new Verdict.Inconclusive("the coefficients do not grow as 1/(1 - alpha rho): " + ev);
            }
            step = max - previous;
            previous = max;
        }
        return new Verdict.NoCounterexample(new Search(STEPS, c.seed(), "alpha rho = 1 - 10^-k, k = 1.." + STEPS),
                ev.toString());
    }
}
