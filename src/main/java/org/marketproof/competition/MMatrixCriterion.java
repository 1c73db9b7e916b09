package org.marketproof.competition;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Decides {@code rho(Xi) < 1} exactly for a non-negative rational matrix {@code Xi} (the coupling
 * matrix of (26)), and solves {@code (I - Xi) a = gamma} with the same factorisation.
 *
 * <p>Criterion (Berman and Plemmons, <i>Nonnegative Matrices in the Mathematical Sciences</i>,
 * Chapter 6, Theorem 2.3; proof in {@code specs/competition.md}, "Deciding
 * rho(Xi) < 1 exactly"): for {@code Xi >= 0}, {@code rho(Xi) < 1} iff {@code I - Xi} is a
 * non-singular M-matrix iff every leading principal minor of {@code I - Xi} is positive iff
 * Gaussian elimination without pivoting on {@code I - Xi} meets only positive pivots (the
 * {@code k}-th pivot is the ratio of the {@code k}-th and {@code (k-1)}-th leading minors). The
 * elimination stops at the first pivot {@code <= 0}: that minor is the certificate of {@code rho >=
 * 1}. This is the Leontief condition the paper cites from [25].
 */
public final class MMatrixCriterion {
    private final int order;
    private final List<BigFraction> pivots;
    private final BigFraction[][] lu;
    private final int failedAt;

    private MMatrixCriterion(int order, List<BigFraction> pivots, BigFraction[][] lu, int failedAt) {
        this.order = order;
        this.pivots = List.copyOf(pivots);
        this.lu = lu;
        this.failedAt = failedAt;
    }

    /**
     * @param xi a square matrix with non-negative entries
     * @return the decision, with the pivots met
     * @throws IllegalArgumentException if an entry is negative
     */
    public static MMatrixCriterion of(BigFraction[][] xi) {
        int n = xi.length;
        BigFraction[][] a = new BigFraction[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (xi[i][j].signum() < 0) {
                    throw new IllegalArgumentException("Xi[" + i + "][" + j + "] = " + xi[i][j] + " < 0");
                }
                a[i][j] = i == j ? BigFraction.ONE.subtract(xi[i][j]) : xi[i][j].negate();
            }
        }
        List<BigFraction> pivots = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            BigFraction pivot = a[k][k];
            pivots.add(pivot);
            if (pivot.signum() <= 0) {
                return new MMatrixCriterion(n, pivots, null, k);
            }
            for (int i = k + 1; i < n; i++) {
                if (a[i][k].isZero()) {
                    continue;
                }
                BigFraction f = a[i][k].divide(pivot);
                a[i][k] = f;
                for (int j = k + 1; j < n; j++) {
                    if (!a[k][j].isZero()) {
                        a[i][j] = a[i][j].subtract(f.multiply(a[k][j]));
                    }
                }
            }
        }
        return new MMatrixCriterion(n, pivots, a, -1);
    }

    /** @return whether {@code rho(Xi) < 1} */
    public boolean belowOne() {
        return failedAt < 0;
    }

    /** @return the order of {@code Xi} */
    public int order() {
        return order;
    }

    /** @return the 0-based index of the first pivot {@code <= 0}, or -1 when every pivot is positive */
    public int failedAt() {
        return failedAt;
    }

    /** @return the pivots met, in order (all of them when {@link #belowOne}) */
    public List<BigFraction> pivots() {
        return pivots;
    }

    /** @return the leading principal minor {@code det (I - Xi)[0..k]}, the product of the first {@code k + 1} pivots */
    public BigFraction leadingMinor(int k) {
        BigFraction d = BigFraction.ONE;
        for (int i = 0; i <= k; i++) {
            d = d.multiply(pivots.get(i));
        }
        return d;
    }

    /** @return a one-line account of the decision, e.g. {@code rho(Xi) >= 1: pivot 2 of I - Xi is 0} */
    public String describe() {
        if (belowOne()) {
            BigFraction smallest = pivots.stream().reduce((x, y) -> x.subtract(y).signum() <= 0 ? x : y)
                    .orElse(BigFraction.ONE);
            return String.format("rho(Xi) < 1 exactly: all %d pivots of I - Xi are positive (smallest %.6g)", order,
                    smallest.doubleValue());
        }
        return String.format("rho(Xi) >= 1 exactly: pivot %d of %d of I - Xi is %s <= 0 (leading minor %.6g)",
                failedAt + 1, order, Exact.show(pivots.get(failedAt)), leadingMinor(failedAt).doubleValue());
    }

    /**
     * @return the solution of {@code (I - Xi) a = rhs}
     * @throws IllegalStateException unless {@link #belowOne}
     */
    public BigFraction[] solve(BigFraction[] rhs) {
        if (!belowOne()) {
            throw new IllegalStateException("I - Xi is not a non-singular M-matrix");
        }
        int n = order;
        BigFraction[] y = rhs.clone();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < i; k++) {
                if (!lu[i][k].isZero()) {
                    y[i] = y[i].subtract(lu[i][k].multiply(y[k]));
                }
            }
        }
        BigFraction[] x = new BigFraction[n];
        for (int i = n - 1; i >= 0; i--) {
            BigFraction s = y[i];
            for (int j = i + 1; j < n; j++) {
                if (!lu[i][j].isZero()) {
                    s = s.subtract(lu[i][j].multiply(x[j]));
                }
            }
            x[i] = s.divide(lu[i][i]);
        }
        return x;
    }
}
