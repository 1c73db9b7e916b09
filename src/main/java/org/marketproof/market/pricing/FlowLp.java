package org.marketproof.market.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Finds good flows for the {@link FlowBound}: the linear programme
 *
 * <pre>
 *   minimise sum_k t_k  subject to  t_k >= in_k v_k(m) - sum_j mu_kj v_j(m)  for m in the domain of k,
 *                                   in_k >= n_k + sum_j mu_kj,  in_k >= sum_l mu_lk,  mu >= 0,
 * </pre>
 *
 * by cutting planes: each round solves the programme on a working set of sizes per type and adds
 * the size where the constraint is most violated. The programme runs in doubles; only its flows
 * are used, rounded to integers over a scale, and the bound they give is then evaluated exactly by
 * {@link FlowBound}, so a rounding error here can loosen the bound but never invalidate it.
 */
final class FlowLp {

    /** Scale D of the rounded flows. */
    static final long SCALE = 1L << Integer.parseInt(System.getenv().getOrDefault("SCALEB", "40"));

    private static final int ROUNDS = 40;
    static final double TOL = Double.parseDouble(System.getenv().getOrDefault("LPTOL", "1e-9"));

    static long exhausted;
    static long calls;
    private final long[][] rows;
    private final int[] counts;
    private final int types;

    FlowLp(long[][] rows, int[] counts) {
        this.rows = rows;
        this.counts = counts;
        this.types = rows.length;
    }

    /**
     * @param domains the sizes each type may take, each non-empty
     * @param start sizes to put in the working sets at once (e.g. a scheme's), or null
     * @return flows minimising the bound over the domains as far as the rounds and the double
     *     arithmetic allow, or null if the solver fails
     */
    FlowBound optimise(int[][] domains, int[] start) {
        List<Set<Integer>> work = new ArrayList<>();
        for (int k = 0; k < types; k++) {
            Set<Integer> w = new TreeSet<>();
            w.add(domains[k][domains[k].length - 1]);
            if (start != null) {
                w.add(start[k]);
            }
            work.add(w);
        }
        double[][] mu = null;
        for (int round = 0; round < ROUNDS; round++) {
            double[] x = solve(work);
            if (x == null) {
                break;
            }
            mu = flows(x);
            boolean added = false;
            for (int k = 0; k < types; k++) {
                double t = x[sIndex(k)] - outflow(mu, k);
                double in = x[inIndex(k)];
                double best = Double.NEGATIVE_INFINITY;
                int arg = -1;
                for (int m : domains[k]) {
                    double psi = psi(mu, in, k, m);
                    if (psi > best) {
                        best = psi;
                        arg = m;
                    }
                }
                if (best > t + TOL * (1 + Math.abs(t)) && work.get(k).add(arg)) {
                    added = true;
                }
            }
            if (!added) {
                break;
            }
            if (round == ROUNDS - 1) {
                exhausted++;
            }
        }
        calls++;
        if (mu == null) {
            return null;
        }
        long[][] f = new long[types][types];
        for (int k = 0; k < types; k++) {
            for (int j = 0; j < types; j++) {
                if (k != j && mu[k][j] > 0) {
                    f[k][j] = Math.round(mu[k][j] * SCALE);
                }
            }
        }
        return FlowBound.of(rows, counts, f, SCALE);
    }

    private double value(int k, int m) {
        return ValueUnits.toDouble(rows[k][m]);
    }

    private double psi(double[][] mu, double in, int k, int m) {
        double s = in * value(k, m);
        for (int j = 0; j < types; j++) {
            if (j != k) {
                s -= mu[k][j] * value(j, m);
            }
        }
        return s;
    }

    private static double outflow(double[][] mu, int k) {
        double s = 0;
        for (int j = 0; j < mu.length; j++) {
            s += mu[k][j];
        }
        return s;
    }

    // variables: mu_kj (k != j) at k (types - 1) + (j < k ? j : j - 1); then in_k; then s_k = t_k + out_k
    private int muIndex(int k, int j) {
        return k * (types - 1) + (j < k ? j : j - 1);
    }

    private int inIndex(int k) {
        return types * (types - 1) + k;
    }

    private int sIndex(int k) {
        return types * (types - 1) + types + k;
    }

    private double[][] flows(double[] x) {
        double[][] mu = new double[types][types];
        for (int k = 0; k < types; k++) {
            for (int j = 0; j < types; j++) {
                if (j != k) {
                    mu[k][j] = Math.max(0, x[muIndex(k, j)]);
                }
            }
        }
        return mu;
    }

    private double[] solve(List<Set<Integer>> work) {
        int vars = types * (types - 1) + 2 * types;
        double[] obj = new double[vars];
        for (int k = 0; k < types; k++) {
            obj[sIndex(k)] = 1;
            for (int j = 0; j < types; j++) {
                if (j != k) {
                    obj[muIndex(k, j)] = -1;
                }
            }
        }
        List<LinearConstraint> cons = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < types; k++) {
            total += counts[k];
            double[] demand = new double[vars];
            double[] supply = new double[vars];
            demand[inIndex(k)] = 1;
            supply[inIndex(k)] = 1;
            for (int j = 0; j < types; j++) {
                if (j != k) {
                    demand[muIndex(k, j)] = -1;
                    supply[muIndex(j, k)] = -1;
                }
            }
            cons.add(new LinearConstraint(demand, Relationship.GEQ, counts[k]));
            cons.add(new LinearConstraint(supply, Relationship.GEQ, 0));
            for (int m : work.get(k)) {
                double[] c = new double[vars];
                c[sIndex(k)] = 1;
                c[inIndex(k)] = -value(k, m);
                for (int j = 0; j < types; j++) {
                    if (j != k) {
                        c[muIndex(k, j)] = value(j, m) - 1;
                    }
                }
                cons.add(new LinearConstraint(c, Relationship.GEQ, 0));
            }
        }
        // a cap keeps the programme bounded on small working sets (any flow gives a valid bound)
        double[] cap = new double[vars];
        for (int k = 0; k < types; k++) {
            for (int j = 0; j < types; j++) {
                if (j != k) {
                    cap[muIndex(k, j)] = 1;
                }
            }
        }
        cons.add(new LinearConstraint(cap, Relationship.LEQ, 64 * total * types));
        try {
            PointValuePair p = new SimplexSolver(1e-9, 10, 1e-12).optimize(new MaxIter(20_000),
                    new LinearObjectiveFunction(obj, 0), new LinearConstraintSet(cons), GoalType.MINIMIZE,
                    new NonNegativeConstraint(true));
            return p.getPoint();
        } catch (MathIllegalStateException e) {
            return null;
        }
    }
}
