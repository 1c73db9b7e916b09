package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The exact decision of {@code rho(Xi) < 1} ({@link MMatrixCriterion}) against two independent
 * answers on generated non-negative rational matrices: brute force over every principal minor of
 * {@code I - Xi} (all positive iff non-singular M-matrix, the criterion's other form) and the
 * eigenvalues of {@code Xi} where they are clear of 1; and on matrices with {@code rho = 1}
 * exactly (rows summing to 1) and scaled just off it.
 */
class MMatrixCriterionTest {

    /** Three kinds of matrix: generic, row sums exactly 1 ({@code rho = 1}), and that scaled by {@code 1 +- 1/1000}. */
    enum Kind {
        GENERIC, STOCHASTIC, JUST_BELOW, JUST_ABOVE
    }

    @Property(tries = 300)
    void decisionAgreesWithEveryPrincipalMinorAndWithTheEigenvalues(@ForAll @IntRange(min = 1, max = 6) int n,
            @ForAll Kind kind, @ForAll long seed) {
        BigFraction[][] xi = matrix(n, kind, seed);
        MMatrixCriterion decision = MMatrixCriterion.of(xi);
        Statistics.label("decision").collect(decision.belowOne() ? "rho < 1" : "rho >= 1");
        assertEquals(allPrincipalMinorsPositive(xi), decision.belowOne(), kind + " " + java.util.Arrays.deepToString(xi));
        double rho = spectralRadius(xi);
        if (Math.abs(rho - 1) > 1e-9) {
            assertEquals(rho < 1, decision.belowOne(), "rho = " + rho);
        }
        switch (kind) {
            case STOCHASTIC, JUST_ABOVE -> assertFalse(decision.belowOne(), kind + ": rho = " + rho);
            case JUST_BELOW -> assertTrue(decision.belowOne(), kind + ": rho = " + rho);
            default -> { }
        }
        if (decision.belowOne()) {
            BigFraction[] rhs = new BigFraction[n];
            for (int i = 0; i < n; i++) {
                rhs[i] = BigFraction.of(i + 1, 3);
            }
            BigFraction[] x = decision.solve(rhs);
            for (int i = 0; i < n; i++) {
                BigFraction row = x[i];
                for (int j = 0; j < n; j++) {
                    row = row.subtract(xi[i][j].multiply(x[j]));
                }
                assertEquals(rhs[i], row, "(I - Xi) x = rhs, row " + i);
                assertTrue(x[i].signum() > 0, "Leontief: the solution for a positive right side is positive");
            }
        } else {
            assertTrue(decision.leadingMinorSign(decision.failedAt()) <= 0, decision.describe());
            int k = decision.failedAt();
            assertEquals(Integer.signum(determinant(leading(xi, k + 1)).signum()), decision.leadingMinorSign(k),
                    "the sign of the failing leading minor");
        }
        Statistics.label("decision").coverage(c -> {
            c.check("rho < 1").percentage(p -> p >= 20);
            c.check("rho >= 1").percentage(p -> p >= 20);
        });
    }

    /** Two mean aggregators and two sources: {@code xi = 1} off the diagonal, {@code rho = 1} exactly. */
    @Example
    void twoMeansOverTwoSourcesHaveSpectralRadiusExactlyOne() {
        BigFraction[][] xi = {{BigFraction.ZERO, BigFraction.ONE}, {BigFraction.ONE, BigFraction.ZERO}};
        MMatrixCriterion decision = MMatrixCriterion.of(xi);
        assertFalse(decision.belowOne());
        assertEquals(1, decision.failedAt());
        assertEquals(0, decision.leadingMinorSign(1));
    }

    static BigFraction[][] matrix(int n, Kind kind, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        BigFraction[][] x = new BigFraction[n][n];
        for (int i = 0; i < n; i++) {
            BigFraction row = BigFraction.ZERO;
            for (int j = 0; j < n; j++) {
                x[i][j] = rng.nextInt(3) == 0 ? BigFraction.ZERO : BigFraction.of(rng.nextInt(10), 1 + rng.nextInt(12));
                row = row.add(x[i][j]);
            }
            if (kind != Kind.GENERIC) {
                if (row.isZero()) {
                    x[i][i] = BigFraction.ONE;
                    row = BigFraction.ONE;
                }
                BigFraction scale = kind == Kind.JUST_BELOW ? BigFraction.of(999, 1000)
                        : kind == Kind.JUST_ABOVE ? BigFraction.of(1001, 1000) : BigFraction.ONE;
                for (int j = 0; j < n; j++) {
                    x[i][j] = x[i][j].divide(row).multiply(scale);
                }
            }
        }
        return x;
    }

    /** Every principal minor of {@code I - Xi} positive, by exact cofactor expansion over all index subsets. */
    static boolean allPrincipalMinorsPositive(BigFraction[][] xi) {
        int n = xi.length;
        for (int mask = 1; mask < 1 << n; mask++) {
            int bits = mask;
            int[] idx = java.util.stream.IntStream.range(0, n).filter(i -> (bits >> i & 1) == 1).toArray();
            BigFraction[][] sub = new BigFraction[idx.length][idx.length];
            for (int r = 0; r < idx.length; r++) {
                for (int c = 0; c < idx.length; c++) {
                    sub[r][c] = (r == c ? BigFraction.ONE : BigFraction.ZERO).subtract(xi[idx[r]][idx[c]]);
                }
            }
            if (determinant(sub).signum() <= 0) {
                return false;
            }
        }
        return true;
    }

    /** @return the leading {@code k x k} block of {@code I - Xi} */
    static BigFraction[][] leading(BigFraction[][] xi, int k) {
        BigFraction[][] out = new BigFraction[k][k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                out[r][c] = (r == c ? BigFraction.ONE : BigFraction.ZERO).subtract(xi[r][c]);
            }
        }
        return out;
    }

    static BigFraction determinant(BigFraction[][] m) {
        int n = m.length;
        if (n == 1) {
            return m[0][0];
        }
        BigFraction det = BigFraction.ZERO;
        for (int c = 0; c < n; c++) {
            BigFraction[][] minor = new BigFraction[n - 1][n - 1];
            for (int r = 1; r < n; r++) {
                for (int k = 0, kk = 0; k < n; k++) {
                    if (k != c) {
                        minor[r - 1][kk++] = m[r][k];
                    }
                }
            }
            BigFraction term = m[0][c].multiply(determinant(minor));
            det = c % 2 == 0 ? det.add(term) : det.subtract(term);
        }
        return det;
    }

    static double spectralRadius(BigFraction[][] xi) {
        double[][] d = new double[xi.length][xi.length];
        for (int i = 0; i < d.length; i++) {
            for (int j = 0; j < d.length; j++) {
                d[i][j] = xi[i][j].doubleValue();
            }
        }
        EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(d));
        double rho = 0;
        for (int i = 0; i < d.length; i++) {
            rho = Math.max(rho, Math.hypot(e.getRealEigenvalues()[i], e.getImagEigenvalues()[i]));
        }
        return rho;
    }
}
