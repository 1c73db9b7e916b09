package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The hat-matrix constants of {@link SeparableEstimator} against an explicit refit: for each
 * source {@code s}, the least-squares fit on the other sources' design rows is recomputed by QR
 * (no normal equations, no Sherman-Morrison) with a unit response at one source {@code l} and zero
 * elsewhere; its prediction at {@code x_s} is the weight of {@code l} in {@code hat f_{-s}(x_s)},
 * whose square is {@code xi_{s,l}} (18). {@code beta_s} (17) is checked the same way on the full
 * fit, averaged over the query distribution, and the row and column sums against these explicit
 * {@code xi}.
 */
class SeparableEstimatorTest {

    @Property(tries = 40)
    void leaveOneOutTermsEqualAnExplicitRefitWithoutTheSource(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 3) int shape) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        EstimatorKind kind = shape % 2 == 0 ? EstimatorKind.OLS : EstimatorKind.MEAN;
        int dim = 1 + shape / 2;
        int n = dim + 2 + rng.nextInt(6);
        double[][] points = new double[n][dim];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dim; d++) {
                points[i][d] = 4 * rng.nextDouble() - 1;
            }
            names.add("s" + i);
        }
        double w = 0.2 + 0.6 * rng.nextDouble();
        List<QueryPoint> queries = List.of(new QueryPoint(randomPoint(rng, dim), w), new QueryPoint(randomPoint(rng, dim), 1 - w));
        SeparableEstimator est = new SeparableEstimator(kind, points, queries, "test", names);

        double[][] xi = new double[n][n];
        for (int s = 0; s < n; s++) {
            double[] weights = refitWeights(kind, points, s, kind.features(points[s]));
            for (int l = 0; l < n; l++) {
                xi[s][l] = l == s ? 1 : weights[l] * weights[l];
                // both routes solve the leave-one-out fit, whose condition grows like 1 / (1 - h_s)
                assertEquals(xi[s][l], est.xi(s, l), 1e-9 * (1 + xi[s][l]) / (1 - est.leverage(s)),
                        "xi_{" + s + "," + l + "}");
            }
            double beta = 0;
            for (QueryPoint q : queries) {
                double weight = refitWeights(kind, points, -1, kind.features(q.x()))[s];
                beta += q.weight() * weight * weight;
            }
            assertEquals(beta, est.beta(s), 1e-9 * (1 + beta), "beta_" + s);
        }
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = rng.nextDouble();
        }
        double[] column = est.columnCoupling(u);
        double[] row = est.rowCoupling(u);
        for (int s = 0; s < n; s++) {
            double colSum = 0;
            double rowSum = 0;
            // error analysis: each xi_{l,s} is known (both routes) to 1e-9 relative times the
            // leave-one-out condition 1 / (1 - h_l), as asserted above, and the matrix-free column
            // sum subtracts the own term u_s h_s^2 / (1 - h_s)^2 from a quadratic form that includes
            // it (SeparableEstimator.columnCoupling), so its rounding scales with that term too
            double g = 1 - est.leverage(s);
            double colTolerance = 1e-9 * (1 + u[s] * est.leverage(s) * est.leverage(s) / (g * g));
            for (int l = 0; l < n; l++) {
                if (l != s) {
                    colSum += u[l] * xi[l][s];
                    rowSum += xi[s][l] * u[l];
                    colTolerance += 1e-9 * u[l] * xi[l][s] / (1 - est.leverage(l));
                }
            }
            assertEquals(colSum, column[s], colTolerance, "column " + s);
            assertEquals(rowSum, row[s], 1e-9 * (1 + rowSum) / g, "row " + s);
        }
    }

    /**
     * @param left the source left out of the fit, or -1 for the full fit
     * @return for each source {@code l}, the prediction at features {@code at} of the fit to the
     *     unit response at {@code l} (0 for the source left out)
     */
    private static double[] refitWeights(EstimatorKind kind, double[][] points, int left, double[] at) {
        int n = points.length;
        int rows = left < 0 ? n : n - 1;
        double[][] design = new double[rows][];
        for (int i = 0, r = 0; i < n; i++) {
            if (i != left) {
                design[r++] = kind.features(points[i]);
            }
        }
        DecompositionSolver solver = new QRDecomposition(new Array2DRowRealMatrix(design)).getSolver();
        double[] weights = new double[n];
        for (int l = 0, r = 0; l < n; l++) {
            if (l == left) {
                continue;
            }
            double[] y = new double[rows];
            y[r++] = 1;
            double[] coef = solver.solve(new ArrayRealVector(y)).toArray();
            double prediction = 0;
            for (int k = 0; k < coef.length; k++) {
                prediction += coef[k] * at[k];
            }
            weights[l] = prediction;
        }
        return weights;
    }

    private static double[] randomPoint(UniformRandomProvider rng, int dim) {
        double[] x = new double[dim];
        for (int d = 0; d < dim; d++) {
            x[d] = 4 * rng.nextDouble() - 1;
        }
        return x;
    }
}
