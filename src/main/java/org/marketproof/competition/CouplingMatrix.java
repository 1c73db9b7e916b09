package org.marketproof.competition;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The coupling matrix {@code Xi} of (26) as a linear operator on coefficient profiles, with its
 * spectral radius and the solution of {@code a = Xi a + gamma}.
 *
 * <p>Small systems (at most {@link #DENSE_LIMIT} unknowns) are formed densely: {@code rho} from all
 * eigenvalues and the solve by LU. Larger ones stay matrix-free ({@link Market#coupling}, {@code
 * O(M N p^2)} per product): {@code rho} is bracketed by Collatz-Wielandt bounds {@code min_i (Xi
 * x)_i / x_i <= rho <= max_i (Xi x)_i / x_i} (valid for every non-negative matrix and positive
 * {@code x}) along power iterations of {@code tau I + Xi} with {@code tau > 0} (whose Perron root
 * {@code tau + rho} strictly dominates in modulus even when {@code Xi} is periodic, as it is for
 * two aggregators: {@code |tau + lambda| < tau + rho} for every other eigenvalue {@code |lambda| <=
 * rho}). The shift is the current upper bound, so the contraction factor {@code |tau + lambda_2| /
 * (tau + rho)} does not tend to 1 when {@code rho} is small, as it does for {@code tau = 1}
 * ({@code 1 - (rho - |lambda_2|)}). The bounds hold for every positive iterate, whatever the
 * shift, and the iterate is kept positive (entries that would underflow are floored at the
 * smallest normal double, which leaves the bounds valid). The
 * solve is the Neumann iteration {@code a <- gamma + Xi a}, which converges exactly when {@code rho
 * < 1}.
 */
public final class CouplingMatrix {
    /** Largest number of unknowns handled densely. */
    public static final int DENSE_LIMIT = 1500;

    private final Market market;
    private final int[][] unknown;
    private final int dimension;

    /**
     * Numbers the unknowns {@code a^b_s}, {@code s in S_b}, aggregator by aggregator.
     *
     * @param market the market's constants
     */
    public CouplingMatrix(Market market) {
        this.market = market;
        int m = market.aggregatorCount();
        unknown = new int[m][market.sourceCount()];
        int k = 0;
        for (int b = 0; b < m; b++) {
            java.util.Arrays.fill(unknown[b], -1);
            for (int s : market.members(b)) {
                unknown[b][s] = k++;
            }
        }
        dimension = k;
    }

    /** @return the number of unknowns {@code sum_b |S_b|} of (26) */
    public int dimension() {
        return dimension;
    }

    /** @return {@code Xi} as a dense {@code dimension x dimension} matrix over the unknowns {@code (b, s in S_b)} */
    public RealMatrix dense() {
        RealMatrix xi = new Array2DRowRealMatrix(dimension, dimension);
        int m = market.aggregatorCount();
        for (int b = 0; b < m; b++) {
            for (int s : market.members(b)) {
                for (int[] p : market.couplingPartners(b, s)) {
                    xi.setEntry(unknown[b][s], unknown[p[0]][p[1]], market.xi(p[0], p[1], s));
                }
            }
        }
        return xi;
    }

    /** @return the spectral radius {@code rho(Xi)} with an enclosing interval */
    public SpectralRadius spectralRadius() {
        if (dimension > DENSE_LIMIT) {
            return iterativeSpectralRadius();
        }
        try {
            return denseSpectralRadius();
        } catch (MaxCountExceededException e) {
            // the QR iteration of EigenDecomposition did not converge: the certified bounds still apply
            return iterativeSpectralRadius();
        }
    }

    /** @return {@code rho(Xi)} from all eigenvalues of {@link #dense()} */
    SpectralRadius denseSpectralRadius() {
        EigenDecomposition eigen = new EigenDecomposition(dense());
        double rho = 0;
        double[] re = eigen.getRealEigenvalues();
        double[] im = eigen.getImagEigenvalues();
        for (int i = 0; i < re.length; i++) {
            rho = Math.max(rho, Math.hypot(re[i], im[i]));
        }
        // Eigenvalues of a non-symmetric matrix are accurate to about eps * ||Xi||.
        double err = 1e-12 * Math.max(1, rho);
        return SpectralRadius.enclosed(rho, Math.max(0, rho - err), rho + err, "dense eigenvalues");
    }

    /** @return {@code rho(Xi)} enclosed by Collatz-Wielandt bounds, matrix-free */
    SpectralRadius iterativeSpectralRadius() {
        double[][] x = market.zeroProfile();
        fill(x, 1);
        double lower = 0;
        double upper = Double.POSITIVE_INFINITY;
        for (int it = 0; it < 2000 && !(upper - lower <= 1e-6 * Math.max(1e-12, lower)); it++) {
            double[][] y = market.coupling(x);
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (int b = 0; b < x.length; b++) {
                for (int s : market.members(b)) {
                    double ratio = y[b][s] / x[b][s];
                    lo = Math.min(lo, ratio);
                    hi = Math.max(hi, ratio);
                }
            }
            lower = Math.max(lower, lo);
            upper = Math.min(upper, hi);
            if (upper == 0) {
                break;
            }
            double norm = 0;
            for (int b = 0; b < x.length; b++) {
                for (int s : market.members(b)) {
                    y[b][s] += upper * x[b][s];
                    norm = Math.max(norm, y[b][s]);
                }
            }
            for (int b = 0; b < x.length; b++) {
                for (int s : market.members(b)) {
                    // kept positive: on a reducible Xi (partial sharing) some entries decay geometrically
                    x[b][s] = Math.max(y[b][s] / norm, Double.MIN_NORMAL);
                }
            }
        }
        return SpectralRadius.enclosed((lower + upper) / 2, lower, upper, "Collatz-Wielandt bounds");
    }

    /**
     * Solves {@code a = Xi a + gamma} (26) for the given right-hand side (entries outside {@code
     * S_b} ignored). The caller establishes {@code rho(Xi) < 1} first.
     *
     * @param gamma the right-hand side {@code gamma[b][s]}, normally the demands {@code
     *     gamma^b_s / eta^b}
     * @return the solution {@code a[b][s]}, 0 outside {@code S_b}; dense elimination up to {@link
     *     #DENSE_LIMIT} unknowns, the Neumann iteration beyond
     */
    public double[][] solve(double[][] gamma) {
        return dimension <= DENSE_LIMIT ? denseSolve(gamma) : neumannSolve(gamma);
    }

    /** @return the solution of {@code (I - Xi) a = gamma} by LU of the dense matrix */
    double[][] denseSolve(double[][] gamma) {
        RealMatrix system = org.apache.commons.math3.linear.MatrixUtils.createRealIdentityMatrix(dimension)
                .subtract(dense());
        double[] rhs = new double[dimension];
        for (int b = 0; b < gamma.length; b++) {
            for (int s : market.members(b)) {
                rhs[unknown[b][s]] = gamma[b][s];
            }
        }
        double[] sol = new LUDecomposition(system).getSolver()
                .solve(new org.apache.commons.math3.linear.ArrayRealVector(rhs, false)).toArray();
        double[][] a = market.zeroProfile();
        for (int b = 0; b < gamma.length; b++) {
            for (int s : market.members(b)) {
                a[b][s] = sol[unknown[b][s]];
            }
        }
        return a;
    }

    /**
     * The limit of the Neumann iteration {@code a <- gamma + Xi a}, matrix-free. The change per
     * step contracts by about {@code rho} until it reaches the rounding noise of the product
     * (a few ulps of the largest entry); the iteration stops at {@code 1e-15} relative change or,
     * below {@code 1e-12}, as soon as the change stops decreasing (the rounding floor).
     */
    double[][] neumannSolve(double[][] gamma) {
        double[][] a = market.zeroProfile();
        double previous = Double.POSITIVE_INFINITY;
        for (int it = 0; it < 100_000; it++) {
            double[][] xa = market.coupling(a);
            double change = 0;
            double scale = 0;
            for (int b = 0; b < a.length; b++) {
                for (int s : market.members(b)) {
                    double next = gamma[b][s] + xa[b][s];
                    change = Math.max(change, Math.abs(next - a[b][s]));
                    scale = Math.max(scale, Math.abs(next));
                    a[b][s] = next;
                }
            }
            if (change <= 1e-15 * scale || change <= 1e-12 * scale && change >= previous) {
                return a;
            }
            previous = change;
        }
        throw new IllegalStateException("Neumann iteration for (26) did not converge in 100000 steps");
    }

    private void fill(double[][] x, double value) {
        for (int b = 0; b < x.length; b++) {
            for (int s : market.members(b)) {
                x[b][s] = value;
            }
        }
    }
}
