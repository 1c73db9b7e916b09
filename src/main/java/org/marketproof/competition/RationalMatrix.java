package org.marketproof.competition;

import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Exact linear algebra over the rationals, for the small systems of the exact layer ({@link
 * ExactMarket}, {@link StationaritySystem}): Gaussian elimination that pivots on any non-zero
 * entry, since no rounding needs a large one.
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
        int n = b.length;
        BigFraction[][] m = new BigFraction[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int k = 0; k < n; k++) {
            int p = k;
            while (p < n && m[p][k].isZero()) {
                p++;
            }
            if (p == n) {
                return Optional.empty();
            }
            BigFraction[] t = m[p];
            m[p] = m[k];
            m[k] = t;
            for (int i = k + 1; i < n; i++) {
                if (m[i][k].isZero()) {
                    continue;
                }
                BigFraction f = m[i][k].divide(m[k][k]);
                for (int j = k; j <= n; j++) {
                    if (!m[k][j].isZero()) {
                        m[i][j] = m[i][j].subtract(f.multiply(m[k][j]));
                    }
                }
            }
        }
        BigFraction[] x = new BigFraction[n];
        for (int i = n - 1; i >= 0; i--) {
            BigFraction s = m[i][n];
            for (int j = i + 1; j < n; j++) {
                if (!m[i][j].isZero()) {
                    s = s.subtract(m[i][j].multiply(x[j]));
                }
            }
            x[i] = s.divide(m[i][i]);
        }
        return Optional.of(x);
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
