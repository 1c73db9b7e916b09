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
     * Column sums: {@code out_s = sum_{l != s} u_l xi_{l,s}}, the coupling that the coefficients
     * {@code u} of this aggregator put on source {@code s} (the inner sum of (25)).
     */
    double[] columnCoupling(double[] u) {
        double[] scaled = new double[u.length];
        for (int l = 0; l < u.length; l++) {
            double g = 1 - leverage[l];
            scaled[l] = u[l] / (g * g);
        }
        RealMatrix m = gInverse.multiply(weightedGram(scaled)).multiply(gInverse);
        double[] out = new double[u.length];
        for (int s = 0; s < u.length; s++) {
            out[s] = Math.max(0, quadratic(m, z[s]) - scaled[s] * leverage[s] * leverage[s]);
        }
        return out;
    }

    /**
     * Row sums: {@code out_s = sum_{i != s} xi_{s,i} v_i}, the peer part of the expected payment
     * (7) when {@code v} are the sources' variances ({@code g_b(x_-s, delta_{x_s}, sigma^2_-s)}).
     */
    double[] rowCoupling(double[] v) {
        RealMatrix m = gInverse.multiply(weightedGram(v)).multiply(gInverse);
        double[] out = new double[v.length];
        for (int s = 0; s < v.length; s++) {
            double g = 1 - leverage[s];
            out[s] = Math.max(0, quadratic(m, z[s]) - v[s] * leverage[s] * leverage[s]) / (g * g);
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
