package org.marketproof.competition;

import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Exact linear algebra over the rationals, for the small systems of the exact layer ({@link
 * ExactMarket}, {@link StationaritySystem}, {@link MMatrixCriterion}): fraction-free elimination that
 * pivots on any non-zero entry, since no rounding needs a large one.
 */
final class RationalMatrix {
    private RationalMatrix() {}

    /** @return an {@code n x n} matrix of zeros */
    static BigFraction[][] zeros(int rows, int cols) {
        BigFraction[][] m = new BigFraction[rows][cols];
        for (BigFraction[] row : m) {
            java.util.Arrays.fill(row, BigFraction.ZERO);
        }
        return m;
    }

    /** @return the solution of {@code A x = b}, or empty when {@code A} is singular */
    static Optional<BigFraction[]> solve(BigFraction[][] a, BigFraction[] b) {
        Bareiss e = Bareiss.of(a, b, true);
        return e.failedAt() >= 0 ? Optional.empty() : Optional.of(e.backSubstitute());
    }

    /**
     * Fraction-free (Bareiss) elimination of {@code [A | b]}: each row is first scaled by the least
     * common multiple of its denominators (a positive factor, so it changes no sign of a leading
     * minor), then eliminated in integers, every division exact; after step {@code k} the pivot
     * {@code m[k][k]} is the {@code (k+1)}-th leading principal minor of the scaled matrix (without
     * pivoting). Rational elimination would reduce a fraction by a gcd at every operation, which
     * dominated the cost on least-squares entries of a few thousand bits.
     *
     * @param m the eliminated integer matrix, {@code n x (n + 1)}
     * @param failedAt the first step whose pivot is zero (with pivoting) or {@code <= 0} (without), or -1
     */
    record Bareiss(java.math.BigInteger[][] m, int failedAt) {

        /**
         * @param rhs the right side, or null for none (zeros)
         * @param pivoting whether to swap in a row with a non-zero pivot (a solve), or to stop at the
         *     first pivot {@code <= 0} (the leading-minor test)
         */
        static Bareiss of(BigFraction[][] a, BigFraction[] rhs, boolean pivoting) {
            int n = a.length;
            java.math.BigInteger[][] m = new java.math.BigInteger[n][n + 1];
            for (int i = 0; i < n; i++) {
                java.math.BigInteger lcm = java.math.BigInteger.ONE;
                for (int j = 0; j <= n; j++) {
                    java.math.BigInteger d = entry(a, rhs, i, j).getDenominator();
                    lcm = lcm.divide(lcm.gcd(d)).multiply(d);
                }
                for (int j = 0; j <= n; j++) {
                    BigFraction x = entry(a, rhs, i, j);
                    m[i][j] = x.getNumerator().multiply(lcm.divide(x.getDenominator()));
                }
            }
            java.math.BigInteger previous = java.math.BigInteger.ONE;
            for (int k = 0; k < n; k++) {
                if (pivoting) {
                    int p = k;
                    while (p < n && m[p][k].signum() == 0) {
                        p++;
                    }
                    if (p == n) {
                        return new Bareiss(m, k);
                    }
                    java.math.BigInteger[] t = m[p];
                    m[p] = m[k];
                    m[k] = t;
                } else if (m[k][k].signum() <= 0) {
                    return new Bareiss(m, k);
                }
                for (int i = k + 1; i < n; i++) {
                    for (int j = k + 1; j <= n; j++) {
                        m[i][j] = m[k][k].multiply(m[i][j]).subtract(m[i][k].multiply(m[k][j])).divide(previous);
                    }
                    m[i][k] = java.math.BigInteger.ZERO;
                }
                previous = m[k][k];
            }
            return new Bareiss(m, -1);
        }

        private static BigFraction entry(BigFraction[][] a, BigFraction[] rhs, int i, int j) {
            return j < a.length ? a[i][j] : rhs == null ? BigFraction.ZERO : rhs[i];
        }

        /**
         * @return the solution, by back substitution in integers: with {@code D = m[n-1][n-1]} (the
         *     determinant of the scaled, permuted system) every {@code D x_i} is an integer (Cramer),
         *     so each division is exact and only the final {@code x_i = y_i / D} is reduced
         */
        BigFraction[] backSubstitute() {
            int n = m.length;
            if (n == 0) {
                return new BigFraction[0];
            }
            java.math.BigInteger det = m[n - 1][n - 1];
            java.math.BigInteger[] y = new java.math.BigInteger[n];
            BigFraction[] x = new BigFraction[n];
            for (int i = n - 1; i >= 0; i--) {
                java.math.BigInteger s = det.multiply(m[i][n]);
                for (int j = i + 1; j < n; j++) {
                    if (m[i][j].signum() != 0) {
                        s = s.subtract(m[i][j].multiply(y[j]));
                    }
                }
                y[i] = s.divide(m[i][i]);
                x[i] = BigFraction.of(y[i], det);
            }
            return x;
        }
    }

    /** @return {@code A^-1}, or empty when {@code A} is singular */
    static Optional<BigFraction[][]> inverse(BigFraction[][] a) {
        int n = a.length;
        BigFraction[][] inv = new BigFraction[n][n];
        for (int c = 0; c < n; c++) {
            BigFraction[] e = new BigFraction[n];
            java.util.Arrays.fill(e, BigFraction.ZERO);
            e[c] = BigFraction.ONE;
            Optional<BigFraction[]> col = solve(a, e);
            if (col.isEmpty()) {
                return Optional.empty();
            }
            for (int r = 0; r < n; r++) {
                inv[r][c] = col.get()[r];
            }
        }
        return Optional.of(inv);
    }

    /** @return {@code u^T M v} */
    static BigFraction bilinear(BigFraction[][] m, BigFraction[] u, BigFraction[] v) {
        BigFraction total = BigFraction.ZERO;
        for (int r = 0; r < u.length; r++) {
            BigFraction row = BigFraction.ZERO;
            for (int c = 0; c < v.length; c++) {
                row = row.add(m[r][c].multiply(v[c]));
            }
            total = total.add(u[r].multiply(row));
        }
        return total;
    }

    /** @return {@code sum_i w_i v_i v_i^T} */
    static BigFraction[][] gram(BigFraction[][] vectors, BigFraction[] weights) {
        int p = vectors[0].length;
        BigFraction[][] g = zeros(p, p);
        for (int i = 0; i < vectors.length; i++) {
            for (int r = 0; r < p; r++) {
                BigFraction wr = weights[i].multiply(vectors[i][r]);
                for (int c = 0; c < p; c++) {
                    g[r][c] = g[r][c].add(wr.multiply(vectors[i][c]));
                }
            }
        }
        return g;
    }
}
