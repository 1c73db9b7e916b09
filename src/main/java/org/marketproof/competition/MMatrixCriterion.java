package org.marketproof.competition;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Decides {@code rho(Xi) < 1} exactly for a non-negative rational matrix {@code Xi} (the coupling
 * matrix of (26)), and solves {@code (I - Xi) a = gamma} with the same factorisation.
 *
 * <p>Criterion (Berman and Plemmons, <i>Nonnegative Matrices in the Mathematical Sciences</i>,
 * Chapter 6, Theorem 2.3; proof in {@code specs/competition.md}, "Deciding
 * rho(Xi) &lt; 1 exactly"): for {@code Xi >= 0}, {@code rho(Xi) < 1} iff {@code I - Xi} is a
 * non-singular M-matrix iff every leading principal minor of {@code I - Xi} is positive. The
 * minors come out of fraction-free elimination without pivoting ({@link RationalMatrix.Bareiss},
 * rows scaled by positive factors, which keeps every minor's sign); it stops at the first minor
 * {@code <= 0}, the certificate of {@code rho >= 1}. This is the Leontief condition the paper cites
 * from [25].
 */
public final class MMatrixCriterion {
    private final BigFraction[][] system;
    private final RationalMatrix.Bareiss elimination;

    private MMatrixCriterion(BigFraction[][] system, RationalMatrix.Bareiss elimination) {
        this.system = system;
        this.elimination = elimination;
    }

    /**
     * @param xi a square matrix with non-negative entries
     * @return the decision
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
        return new MMatrixCriterion(a, RationalMatrix.Bareiss.of(a, null, false));
    }

    /** @return whether {@code rho(Xi) < 1} */
    public boolean belowOne() {
        return elimination.failedAt() < 0;
    }

    /** @return the order of {@code Xi} */
    public int order() {
        return system.length;
    }

    /** @return the 0-based index {@code k} of the first leading principal minor of order {@code k + 1} that is {@code <= 0}, or -1 */
    public int failedAt() {
        return elimination.failedAt();
    }

    /**
     * @param k the 0-based index of the minor, {@code 0 <= k < order()}
     * @return the sign of the leading principal minor of {@code I - Xi} of order {@code k + 1} (for
     *     {@code k <= failedAt()}, or any {@code k} when {@link #belowOne})
     */
    public int leadingMinorSign(int k) {
        return elimination.m()[k][k].signum();
    }

    /** @return a one-line account of the decision */
    public String describe() {
        if (belowOne()) {
            return "rho(Xi) < 1 exactly: all " + order() + " leading principal minors of I - Xi are positive";
        }
        int k = failedAt();
        return "rho(Xi) >= 1 exactly: the leading principal minor of order " + (k + 1) + " of I - Xi (of " + order()
                + ") is " + (leadingMinorSign(k) == 0 ? "0" : "negative");
    }

    /**
     * @param rhs the right side, in unknown order, length {@link #order}
     * @return the solution of {@code (I - Xi) a = rhs}, unique and non-negative for {@code rhs >= 0}
     * @throws IllegalStateException unless {@link #belowOne}
     */
    public BigFraction[] solve(BigFraction[] rhs) {
        if (!belowOne()) {
            throw new IllegalStateException("I - Xi is not a non-singular M-matrix");
        }
        return RationalMatrix.Bareiss.of(system, rhs, false).backSubstitute();
    }
}
