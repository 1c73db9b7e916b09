package org.marketproof.market.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
    static final long SCALE = 1L << 40;

    private static final int ROUNDS = 40;
    /** Relative violation below which a cut is not added. */
    private static final double TOL = 1e-9;

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
        int vars = types * (types - 1) + 2 * types;
        double total = 0;
        for (int c : counts) {
            total += c;
        }
        double cap = 4 * total * types;
        double[] cost = new double[vars];
        for (int k = 0; k < types; k++) {
            cost[tIndex(k)] = 1;
        }
        DualSimplex lp = new DualSimplex(cost);
        double[] capRow = new double[vars];
        for (int k = 0; k < types; k++) {
            double[] demand = new double[vars];
            double[] supply = new double[vars];
            demand[inIndex(k)] = 1;
            supply[inIndex(k)] = 1;
            for (int j = 0; j < types; j++) {
                if (j != k) {
                    demand[muIndex(k, j)] = -1;
                    supply[muIndex(j, k)] = -1;
                    capRow[muIndex(k, j)] = -1;
                }
            }
            lp.addRow(demand, counts[k]);
            lp.addRow(supply, 0);
        }
        // a cap keeps the programme bounded on small working sets (any flow gives a valid bound)
        lp.addRow(capRow, -cap);
        List<Set<Integer>> work = new ArrayList<>();
        for (int k = 0; k < types; k++) {
            Set<Integer> w = new TreeSet<>();
            work.add(w);
            addCut(lp, work, k, domains[k][domains[k].length - 1], cap, vars);
            if (start != null) {
                addCut(lp, work, k, start[k], cap, vars);
            }
        }
        double[][] mu = null;
        for (int round = 0; round < ROUNDS; round++) {
            if (!lp.solve(50 * vars)) {
                break;
            }
            mu = flows(lp);
            boolean added = false;
            for (int k = 0; k < types; k++) {
                double t = lp.value(tIndex(k)) - cap;
                double in = lp.value(inIndex(k));
                double best = Double.NEGATIVE_INFINITY;
                int arg = -1;
                for (int m : domains[k]) {
                    double psi = psi(mu, in, k, m);
                    if (psi > best) {
                        best = psi;
                        arg = m;
                    }
                }
                if (best > t + TOL * (1 + Math.abs(t)) && addCut(lp, work, k, arg, cap, vars)) {
                    added = true;
                }
            }
            if (!added) {
                break;
            }
        }
        if (mu == null) {
            return null;
        }
        // the scale: as fine as 2^40, but every IN_k = D n_k + OUT_k and INTO_k below 2^61
        double mass = total;
        for (double[] row : mu) {
            for (double x : row) {
                mass += x;
            }
        }
        if (!Double.isFinite(mass)) {
            return null;
        }
        long scale = Math.min(SCALE, Long.highestOneBit((long) Math.max(1, Math.scalb(1.0, 61) / (mass + 1))));
        long[][] f = new long[types][types];
        for (int k = 0; k < types; k++) {
            for (int j = 0; j < types; j++) {
                if (k != j && mu[k][j] > 0) {
                    f[k][j] = Math.round(mu[k][j] * scale);
                }
            }
        }
        return FlowBound.of(rows, counts, f, scale);
    }

    /** Adds t_k >= in_k v_k(m) - sum_j mu_kj v_j(m), with t_k = t'_k - cap, unless m is in the working set. */
    private boolean addCut(DualSimplex lp, List<Set<Integer>> work, int k, int m, double cap, int vars) {
        if (!work.get(k).add(m)) {
            return false;
        }
        double[] c = new double[vars];
        c[tIndex(k)] = 1;
        c[inIndex(k)] = -value(k, m);
        for (int j = 0; j < types; j++) {
            if (j != k) {
                c[muIndex(k, j)] = value(j, m);
            }
        }
        lp.addRow(c, cap);
        return true;
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

    // variables: mu_kj (k != j) at k (types - 1) + (j < k ? j : j - 1); then in_k; then t'_k = t_k + cap >= 0
    private int muIndex(int k, int j) {
        return k * (types - 1) + (j < k ? j : j - 1);
    }

    private int inIndex(int k) {
        return types * (types - 1) + k;
    }

    private int tIndex(int k) {
        return types * (types - 1) + types + k;
    }

    private double[][] flows(DualSimplex lp) {
        double[][] mu = new double[types][types];
        for (int k = 0; k < types; k++) {
            for (int j = 0; j < types; j++) {
                if (j != k) {
                    mu[k][j] = Math.max(0, lp.value(muIndex(k, j)));
                }
            }
        }
        return mu;
    }
}
