package org.marketproof.competition;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * One aggregator's least-squares smoother on the data of the sources it buys from, with the
 * constants of Section III-G computed from the hat matrix instead of refitting per source.
 *
 * <p>With design rows {@code z_i} ({@code i in S_b}), {@code G = sum_i z_i z_i^T}, the hat matrix
 * {@code H_il = z_i^T G^-1 z_l} and leverages {@code h_i = H_ii}:
 *
 * <ul>
 *   <li>{@code beta_i = h(x_i, x, F) = z_i^T G^-1 Q G^-1 z_i} with {@code Q = E_F z z^T} (17);
 *   <li>{@code xi_{i,l} = h(x_l, x_-i, delta_{x_i}) = (z_i^T G_-i^-1 z_l)^2 = (H_il / (1 - h_i))^2}
 *       for {@code l != i} (18)/(36): by Sherman-Morrison, {@code G_-i^-1 = G^-1 + G^-1 z_i z_i^T
 *       G^-1 / (1 - h_i)}, so {@code z_i^T G_-i^-1 z_l = H_il + h_i H_il / (1 - h_i)};
 *   <li>weighted sums of {@code xi} over a row or column collapse to quadratic forms in a
 *       {@code p x p} matrix, {@code sum_l u_l H_ls^2 = z_s^T G^-1 (sum_l u_l z_l z_l^T) G^-1 z_s},
 *       so one product with the coupling matrix costs {@code O(n p^2)}, never {@code O(n^2)}.
 * </ul>
 *
 * Positions are local: {@code 0..n-1} in the order of {@code S_b}.
 */
final class SeparableEstimator {

    /** Leave-one-out designs with {@code 1 - h_i} below this are treated as singular. */
    static final double LEVERAGE_GAP = 1e-9;

    private final double[][] z;
    private final RealMatrix gInverse;
    private final double[] leverage;
    private final double[] beta;
    /** The sources with leverage above 1/2 (at most {@code 2p}), summed pairwise in the couplings. */
    private final int[] highLeverage;

    /**
     * @param kind the estimator
     * @param points the feature points of the sources bought, in order
     * @param queries the weighting distribution {@code F_b}
     * @param field the field to name in errors (for example {@code aggregators[1]})
     * @param sourceNames the names of the sources bought, for errors
     */
    SeparableEstimator(EstimatorKind kind, double[][] points, java.util.List<QueryPoint> queries,
            String field, java.util.List<String> sourceNames) {
        int n = points.length;
        z = new double[n][];
        for (int i = 0; i < n; i++) {
            z[i] = kind.features(points[i]);
        }
        int p = z[0].length;
        Checks.require(n >= p + 1, field + ".buys", kind.jsonName() + " with " + p
                + " coefficients needs at least " + (p + 1) + " sources (the payment to each source uses"
                + " an estimate fitted without it), got " + n);
        RealMatrix g = new Array2DRowRealMatrix(p, p);
        for (double[] zi : z) {
            g = g.add(outer(zi, 1));
        }
        EigenDecomposition eigen = new EigenDecomposition(g);
        double[] ev = eigen.getRealEigenvalues();
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double v : ev) {
            max = Math.max(max, Math.abs(v));
            min = Math.min(min, v);
        }
        Checks.require(min > 1e-10 * max, field + ".buys",
                "the " + kind.jsonName() + " design of the sources bought is singular (features are collinear)");
        gInverse = eigen.getSolver().getInverse();
        leverage = new double[n];
        for (int i = 0; i < n; i++) {
            leverage[i] = quadratic(gInverse, z[i]);
            Checks.require(1 - leverage[i] > LEVERAGE_GAP, field + ".buys",
                    "the " + kind.jsonName() + " design without source '" + sourceNames.get(i)
                            + "' is singular, so its payment (6) is undefined");
        }
        highLeverage = java.util.stream.IntStream.range(0, n).filter(i -> leverage[i] > 0.5).toArray();
        RealMatrix q = new Array2DRowRealMatrix(p, p);
        for (QueryPoint qp : queries) {
            q = q.add(outer(kind.features(qp.x()), qp.weight()));
        }
        RealMatrix sandwich = gInverse.multiply(q).multiply(gInverse);
        beta = new double[n];
        for (int i = 0; i < n; i++) {
            beta[i] = quadratic(sandwich, z[i]);
        }
    }

    int size() {
        return z.length;
    }

    /** @return {@code beta_i} (17) at local position {@code i} */
    double beta(int i) {
        return beta[i];
    }

    /** @return the leverage {@code h_i} */
    double leverage(int i) {
        return leverage[i];
    }

    /** @return {@code xi_{i,l}} (18) for local positions, {@code 1} on the diagonal */
    double xi(int i, int l) {
        if (i == l) {
            return 1;
        }
        double hil = bilinear(gInverse, z[i], z[l]);
        double r = hil / (1 - leverage[i]);
        return r * r;
    }

    /**
     * Column sums: {@code out_s = sum_{l != s} u_l xi_{l,s} = sum_{l != s} w_l H_ls^2} with {@code
     * w_l = u_l / (1 - h_l)^2}, the coupling that the coefficients {@code u} of this aggregator put
     * on source {@code s} (the inner sum of (25)).
     *
     * <p>The quadratic form {@code z_s^T G^-1 (sum_l w_l z_l z_l^T) G^-1 z_s} includes the term
     * {@code l = s}, {@code w_s h_s^2}, which must be subtracted; for a high-leverage source ({@code
     * h_s} near 1) that term exceeds the answer by the factor {@code 1/(1 - h_s)^2} and the
     * subtraction cancels (observed: relative errors of 7e-5). So the sources with {@code h_l >
     * 1/2}, at most {@code 2p} of them since {@code sum_l h_l = p}, are left out of the form and
     * added pairwise; the remaining subtraction loses at most a factor 4.
     */
    double[] columnCoupling(double[] u) {
        double[] w = new double[u.length];
        double[] low = new double[u.length];
        for (int l = 0; l < u.length; l++) {
            double g = 1 - leverage[l];
            w[l] = u[l] / (g * g);
            low[l] = w[l];
        }
        for (int l : highLeverage) {
            low[l] = 0;
        }
        RealMatrix m = gInverse.multiply(weightedGram(low)).multiply(gInverse);
        double[] out = new double[u.length];
        for (int s = 0; s < u.length; s++) {
            double sum = quadratic(m, z[s]) - low[s] * leverage[s] * leverage[s];
            for (int l : highLeverage) {
                if (l != s) {
                    double h = bilinear(gInverse, z[l], z[s]);
                    sum += w[l] * h * h;
                }
            }
            out[s] = Math.max(0, sum);
        }
        return out;
    }

    /**
     * Row sums: {@code out_s = sum_{i != s} xi_{s,i} v_i = sum_{i != s} v_i H_si^2 / (1 - h_s)^2},
     * the peer part of the expected payment (7) when {@code v} are the sources' variances ({@code
     * g_b(x_-s, delta_{x_s}, sigma^2_-s)}). For {@code h_s > 1/2} (at most {@code 2p} sources) the
     * sum is taken term by term: the quadratic form minus {@code v_s h_s^2} would cancel, as in
     * {@link #columnCoupling}, and the division by {@code (1 - h_s)^2} would magnify the error.
     */
    double[] rowCoupling(double[] v) {
        RealMatrix m = gInverse.multiply(weightedGram(v)).multiply(gInverse);
        double[] out = new double[v.length];
        for (int s = 0; s < v.length; s++) {
            double g = 1 - leverage[s];
            double sum = 0;
            if (leverage[s] > 0.5) {
                for (int i = 0; i < v.length; i++) {
                    if (i != s) {
                        double h = bilinear(gInverse, z[s], z[i]);
                        sum += v[i] * h * h;
                    }
                }
            } else {
                sum = quadratic(m, z[s]) - v[s] * leverage[s] * leverage[s];
            }
            out[s] = Math.max(0, sum) / (g * g);
        }
        return out;
    }

    private RealMatrix weightedGram(double[] w) {
        int p = z[0].length;
        double[][] s = new double[p][p];
        for (int i = 0; i < z.length; i++) {
            for (int r = 0; r < p; r++) {
                double zr = w[i] * z[i][r];
                for (int c = 0; c < p; c++) {
                    s[r][c] += zr * z[i][c];
                }
            }
        }
        return new Array2DRowRealMatrix(s, false);
    }

    private static RealMatrix outer(double[] v, double weight) {
        double[][] m = new double[v.length][v.length];
        for (int r = 0; r < v.length; r++) {
            for (int c = 0; c < v.length; c++) {
                m[r][c] = weight * v[r] * v[c];
            }
        }
        return new Array2DRowRealMatrix(m, false);
    }

    private static double quadratic(RealMatrix m, double[] v) {
        return bilinear(m, v, v);
    }

    private static double bilinear(RealMatrix m, double[] u, double[] v) {
        double total = 0;
        for (int r = 0; r < u.length; r++) {
            double row = 0;
            for (int c = 0; c < v.length; c++) {
                row += m.getEntry(r, c) * v[c];
            }
            total += u[r] * row;
        }
        return total;
    }
}
