package org.marketproof.market.pricing;

import java.util.Arrays;

/**
 * A dense dual simplex method for minimise c x subject to A x >= b, x >= 0, with c >= 0, in
 * doubles. The slack basis is dual feasible because c >= 0, so no first phase is needed, and a row
 * added later (a cutting plane) keeps the basis dual feasible, so solving resumes from the last
 * basis. Used only to find good flows for {@link FlowLp}: its answers steer a search whose every
 * decision is re-checked exactly, so a numerical failure costs speed, never soundness.
 *
 * <p>Tableau: for each row r, x_B(r) + sum_j t[r][j] x_j = beta_r over all columns j (structural
 * variables, then one surplus variable per row); d[j] are the reduced costs.
 */
final class DualSimplex {

    /** Feasibility tolerance and the least pivot magnitude (smaller pivots amplify rounding). */
    private static final double EPS = 1e-9;

    private final int structural;
    private double[][] t = new double[0][];
    private double[] beta = new double[0];
    private int[] basis = new int[0];
    private double[] d;
    private int rows;
    private int columns;

    /** @param cost c_j >= 0 for the structural variables */
    DualSimplex(double[] cost) {
        for (double c : cost) {
            if (!(c >= 0)) {
                throw new IllegalArgumentException("costs must be >= 0");
            }
        }
        this.structural = cost.length;
        this.columns = structural;
        this.d = cost.clone();
    }

    /** Adds the row a x >= b (in the structural variables), expressed in the current basis. */
    void addRow(double[] a, double b) {
        int r = rows;
        int col = columns;
        grow(rows + 1, columns + 1);
        columns++;
        rows++;
        // surplus e = a x - b, i.e. e - a x = -b; substitute the basic variables by their rows
        double[] row = t[r];
        Arrays.fill(row, 0, columns, 0);
        double rhs = -b;
        for (int j = 0; j < structural; j++) {
            row[j] = -a[j];
        }
        for (int i = 0; i < r; i++) {
            int bv = basis[i];
            double coef = bv < structural ? a[bv] : 0;
            if (coef != 0) {
                // x_B(i) = beta_i - sum_j t[i][j] x_j
                double[] ti = t[i];
                for (int j = 0; j < col; j++) {
                    row[j] += coef * ti[j];
                }
                rhs += coef * beta[i];
                row[bv] = 0;
            }
        }
        beta[r] = rhs;
        basis[r] = col;
        d[col] = 0;
    }

    /** Room for the rows and columns, doubling the arrays when needed (rows are added often). */
    private void grow(int needRows, int needColumns) {
        int capRows = t.length;
        int capColumns = d.length;
        if (needColumns > capColumns) {
            int c = Math.max(needColumns, 2 * capColumns);
            d = Arrays.copyOf(d, c);
            for (int i = 0; i < capRows; i++) {
                t[i] = Arrays.copyOf(t[i], c);
            }
            capColumns = c;
        }
        if (needRows > capRows) {
            int c = Math.max(needRows, 2 * capRows);
            t = Arrays.copyOf(t, c);
            for (int i = capRows; i < c; i++) {
                t[i] = new double[capColumns];
            }
            beta = Arrays.copyOf(beta, c);
            basis = Arrays.copyOf(basis, c);
        }
    }

    /** @return whether an optimum was reached within the pivot limit */
    boolean solve(int maxPivots) {
        for (int it = 0; it < maxPivots; it++) {
            int leave = -1;
            double worst = -EPS;
            for (int i = 0; i < rows; i++) {
                if (beta[i] < worst) {
                    worst = beta[i];
                    leave = i;
                }
            }
            if (leave < 0) {
                return true;
            }
            int enter = -1;
            double ratio = Double.POSITIVE_INFINITY;
            double[] row = t[leave];
            for (int j = 0; j < columns; j++) {
                if (row[j] < -EPS) {
                    double q = Math.max(0, d[j]) / -row[j];
                    if (q < ratio) {
                        ratio = q;
                        enter = j;
                    }
                }
            }
            if (enter < 0) {
                return false; // primal infeasible
            }
            pivot(leave, enter);
        }
        return false;
    }

    private void pivot(int r, int e) {
        double[] pr = t[r];
        double p = pr[e];
        int leaving = basis[r];
        // the row of the entering variable: x_e = (beta_r - x_B(r) - sum_{j != e} t[r][j] x_j) / p
        for (int j = 0; j < columns; j++) {
            pr[j] /= p;
        }
        beta[r] /= p;
        pr[leaving] = 1 / p;
        pr[e] = 0;
        for (int i = 0; i < rows; i++) {
            if (i == r) {
                continue;
            }
            double f = t[i][e];
            if (f != 0) {
                double[] ri = t[i];
                for (int j = 0; j < columns; j++) {
                    ri[j] -= f * pr[j];
                }
                beta[i] -= f * beta[r];
                ri[e] = 0;
            }
        }
        double f = d[e];
        if (f != 0) {
            for (int j = 0; j < columns; j++) {
                d[j] -= f * pr[j];
            }
            d[e] = 0;
        }
        basis[r] = e;
    }

    /** @return the value of structural variable j in the current basic solution */
    double value(int j) {
        for (int i = 0; i < rows; i++) {
            if (basis[i] == j) {
                return beta[i];
            }
        }
        return 0;
    }
}
