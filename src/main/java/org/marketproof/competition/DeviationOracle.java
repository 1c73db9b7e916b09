package org.marketproof.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * An independent check of a candidate {@code (c, a)}: each aggregator's own problem (20)/(37) is
 * solved numerically with the others' contracts fixed, without the closed form (25) or the
 * best-response map (28), and the largest improvement any aggregator can make is reported.
 *
 * <p>Aggregator {@code b} chooses {@code (c^b, a^b)}. For fixed {@code a^b}, its loss {@code L^b /
 * eta^b = sum_i (gamma^b_i / eta^b) sigma_i^2 + sum_s (c^b_s - q^b_s)} is increasing in each
 * {@code c^b_s}, which appears only in two lower bounds, (8) and (9); so the optimal charge is the
 * larger bound and the payment term becomes {@code max(0, sum_{j != b} q^j_s + mu_s - sum_{j != b}
 * c^j_s)}. That loss depends on {@code a^b} only through the induced efforts {@code e_s =
 * mu_s(a_s)}, and the feasible coefficients {@code a^b_s >= 0}, {@code a_s in A_s} induce exactly
 * the efforts in {@code [mu_s(R_s), e_max]} ({@code R_s} the others' total). The oracle therefore
 * minimises over efforts in that box, with BOBYQA (Brent in one dimension), from the candidate
 * and from seeded random starts. Unbounded efforts are boxed rigorously: since every {@code q >=
 * 0}, the loss is at least {@code mu_s - sum_{j != b} c^j_s + sum_i min(0, gamma_i) sigma_i^2(0)},
 * so no effort above {@code L0 + sum_{j != b} c^j_s - sum_i min(0, gamma_i) sigma_i^2(0)} can
 * improve on the candidate's loss {@code L0}.
 */
public final class DeviationOracle {
    /** Relative tolerance for feasibility of the candidate and for calling an improvement real. */
    public static final double TOLERANCE = 1e-9;

    private final Market market;
    private final int randomStarts;

    /**
     * @param market the market's constants
     * @param randomStarts how many seeded random starting points to add to the candidate's
     */
    public DeviationOracle(Market market, int randomStarts) {
        this.market = market;
        this.randomStarts = randomStarts;
    }

    /**
     * @param c the candidate's charges {@code c[b][s]}
     * @param a the candidate's coefficients {@code a[b][s]}
     * @param rng the seeded source of the random starting points
     * @return each aggregator's best unilateral deviation from {@code (c, a)}
     */
    public OracleReport check(double[][] c, double[][] a, UniformRandomProvider rng) {
        List<Deviation> deviations = new ArrayList<>();
        for (int b = 0; b < market.aggregatorCount(); b++) {
            deviations.add(deviation(b, c, a, rng));
        }
        return new OracleReport(deviations);
    }

    private Deviation deviation(int b, double[][] c, double[][] a, UniformRandomProvider rng) {
        int n = market.sourceCount();
        double[] totals = market.totals(a);
        double[] efforts = market.efforts(a);
        double[][] q = market.variablePayments(a, efforts);
        int[] members = market.members(b);
        // Two scales, one per unit: coefficients a (loss per unit variance) are compared with aScale;
        // charges, payments, efforts and losses (money) with scale. The first version added |a| to
        // the money scale, so a coefficient ~1e5 on a source with variance ~1e-5 set the tolerance
        // for improvements to 1e-4 although every money term was ~10 (seed 1852407107179135615).
        double scale = 1;
        double aScale = 1;
        for (int s = 0; s < n; s++) {
            for (int j : market.buyers(s)) {
                scale = Math.max(scale, Math.abs(c[j][s]) + Math.abs(q[j][s]) + efforts[s]);
                aScale = Math.max(aScale, Math.abs(a[j][s]));
            }
        }
        double tol = TOLERANCE * scale;
        double aTol = TOLERANCE * aScale;
        double[] othersCharge = new double[n];
        for (int s : members) {
            for (int j : market.buyers(s)) {
                if (j != b) {
                    othersCharge[s] += c[j][s];
                }
            }
        }
        String name = market.instance().aggregators().get(b).name();
        for (int s : members) {
            EffortModel model = market.effort(s);
            String src = market.instance().sources().get(s).name();
            double irSlack = othersCharge[s] + c[b][s] - efforts[s];
            for (int j : market.buyers(s)) {
                irSlack -= q[j][s];
            }
            String problem = a[b][s] < -aTol ? "a^" + name + "_" + src + " < 0"
                    : totals[s] < model.lowerThreshold() - aTol ? "a_" + src + " below its lower threshold"
                    : totals[s] > model.upperThreshold() + aTol ? "a_" + src + " above its upper threshold"
                    : c[b][s] - q[b][s] < -tol ? "negative expected payment (9) to " + src
                    : irSlack < -tol ? "IR (8) of " + src + " violated" : null;
            if (problem != null) {
                return Deviation.infeasible(name, problem);
            }
        }
        double negative = 0;
        for (int i = 0; i < n; i++) {
            negative += Math.min(0, market.demand(b, i)) * market.effort(i).variance(0);
        }
        double current = loss(b, efforts, a, null, othersCharge);
        for (int s : members) {
            current += c[b][s] - q[b][s];
        }
        double[] lo = new double[members.length];
        double[] hi = new double[members.length];
        for (int i = 0; i < members.length; i++) {
            int s = members[i];
            EffortModel model = market.effort(s);
            lo[i] = model.bestEffort(totals[s] - a[b][s]);
            double cap = current - negative + othersCharge[s];
            hi[i] = Math.max(lo[i], Math.min(model.maxEffort(), cap));
            hi[i] = Math.max(hi[i], Math.min(efforts[s], model.maxEffort()));
        }
        Objective objective = new Objective(b, members, efforts, a, othersCharge, lo, hi);
        double[] start = new double[members.length];
        for (int i = 0; i < members.length; i++) {
            start[i] = hi[i] > lo[i] ? Math.min(1, Math.max(0, (efforts[members[i]] - lo[i]) / (hi[i] - lo[i]))) : 0;
        }
        double best = objective.value(start);
        List<double[]> starts = new ArrayList<>();
        starts.add(start);
        for (int r = 0; r < randomStarts; r++) {
            double[] t = new double[members.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = rng.nextDouble();
            }
            starts.add(t);
        }
        for (double[] t : starts) {
            best = Math.min(best, objective.minimiseFrom(t));
        }
        return Deviation.of(name, current, best, TOLERANCE * Math.max(scale, Math.abs(current)));
    }

    /** {@code L^b / eta^b} with the optimal charges, over efforts {@code e}; {@code c} terms of b's own omitted. */
    private double loss(int b, double[] e, double[][] a, int[] membersOrNull, double[] othersCharge) {
        double[] v = market.variances(e);
        double total = 0;
        for (int i = 0; i < v.length; i++) {
            total += market.demand(b, i) * v[i];
        }
        if (membersOrNull == null) {
            return total;
        }
        double[][] peer = new double[market.aggregatorCount()][];
        for (int s : membersOrNull) {
            double owed = e[s] - othersCharge[s];
            for (int j : market.buyers(s)) {
                if (j != b) {
                    if (peer[j] == null) {
                        peer[j] = market.peerVariance(j, v);
                    }
                    owed += a[j][s] * (v[s] + peer[j][s]);
                }
            }
            total += Math.max(0, owed);
        }
        return total;
    }

    /** Aggregator b's loss over the unit box of its sources' efforts. */
    private final class Objective {
        private final int b;
        private final int[] members;
        private final double[] base;
        private final double[][] a;
        private final double[] othersCharge;
        private final double[] lo;
        private final double[] hi;

        Objective(int b, int[] members, double[] base, double[][] a, double[] othersCharge, double[] lo, double[] hi) {
            this.b = b;
            this.members = members;
            this.base = base;
            this.a = a;
            this.othersCharge = othersCharge;
            this.lo = lo;
            this.hi = hi;
        }

        double value(double[] t) {
            double[] e = base.clone();
            for (int i = 0; i < members.length; i++) {
                e[members[i]] = lo[i] + Math.min(1, Math.max(0, t[i])) * (hi[i] - lo[i]);
            }
            return loss(b, e, a, members, othersCharge);
        }

        double minimiseFrom(double[] start) {
            int[] free = java.util.stream.IntStream.range(0, members.length)
                    .filter(i -> hi[i] - lo[i] > 1e-12 * (1 + hi[i])).toArray();
            if (free.length == 0) {
                return value(start);
            }
            java.util.function.Function<double[], double[]> embed = x -> {
                double[] t = start.clone();
                for (int k = 0; k < free.length; k++) {
                    t[free[k]] = x[k];
                }
                return t;
            };
            if (free.length == 1) {
                BrentOptimizer brent = new BrentOptimizer(1e-12, 1e-14);
                double v = brent.optimize(new MaxEval(10_000), GoalType.MINIMIZE,
                        new UnivariateObjectiveFunction(x -> value(embed.apply(new double[] {x}))),
                        new SearchInterval(0, 1, start[free[0]])).getValue();
                return Math.min(v, Math.min(value(embed.apply(new double[] {0})), value(embed.apply(new double[] {1}))));
            }
            double[] x0 = new double[free.length];
            for (int k = 0; k < free.length; k++) {
                x0[k] = start[free[k]];
            }
            double[] lower = new double[free.length];
            double[] upper = new double[free.length];
            Arrays.fill(upper, 1);
            try {
                BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(2 * free.length + 1, 0.1, 1e-10);
                return bobyqa.optimize(new MaxEval(20_000 * free.length), GoalType.MINIMIZE,
                        new ObjectiveFunction(x -> value(embed.apply(x))), new InitialGuess(x0),
                        new SimpleBounds(lower, upper)).getValue();
            } catch (MathIllegalStateException e) {
                // BOBYQA can stall on the kinks of max(0, .); fall back to cyclic Brent line searches.
                return coordinateDescent(x0, embed);
            }
        }

        private double coordinateDescent(double[] x0, java.util.function.Function<double[], double[]> embed) {
            double[] x = x0.clone();
            double best = value(embed.apply(x));
            for (int sweep = 0; sweep < 20; sweep++) {
                double before = best;
                for (int k = 0; k < x.length; k++) {
                    int kk = k;
                    double[] trial = x.clone();
                    var found = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(10_000), GoalType.MINIMIZE,
                            new UnivariateObjectiveFunction(v -> {
                                trial[kk] = v;
                                return value(embed.apply(trial));
                            }), new SearchInterval(0, 1, x[k]));
                    if (found.getValue() < best) {
                        best = found.getValue();
                        x[k] = found.getPoint();
                    }
                }
                if (before - best <= 1e-15 * (1 + Math.abs(best))) {
                    break;
                }
            }
            return best;
        }
    }
}
