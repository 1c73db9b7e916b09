package org.marketproof.competition;

import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The constants of the aggregators' game in exact rational arithmetic: {@code beta^b_s} (17),
 * {@code gamma^b_s / eta^b} (19), {@code xi^b_{i,l}} (18)/(36) and the coupling matrix {@code Xi} of
 * (26), each a rational function of the numbers in the competition file (every double is a dyadic
 * rational), and the lower thresholds {@code underline a_s = 1/(2 k s0^2)} (Definition 3, the same
 * for the three effort families).
 *
 * <p>{@code xi} is computed from its definition, {@code xi^b_{i,l} = h_b(x_l, x_-i, delta_{x_i}) =
 * (z_i^T G_-i^-1 z_l)^2} with the leave-one-out design {@code G_-i} inverted exactly, not through the
 * Sherman-Morrison shortcut of {@link SeparableEstimator}, so the two are independent. Upper
 * thresholds {@code bar a_s = 1/phi(e_max)} are transcendental; they are compared through a
 * double enclosure ({@link #compareToUpper}).
 */
public final class ExactMarket {
    /**
     * Most unknowns {@code sum_b |S_b|} handled exactly. Rational elimination of a system of this
     * size with least-squares entries of a few thousand bits takes well under a second; beyond it
     * the double layer answers (and says so).
     */
    public static final int LIMIT = 96;
    /**
     * Relative half-width of the enclosure of a double-computed upper threshold: {@code 1/phi(e_max)}
     * is a handful of operations and one {@code exp}, {@code pow} or {@code cbrt} (each within 1 ulp),
     * so its relative error is below {@code 16 * 2^-53}; {@code 2^-46 = 128 * 2^-53} leaves a factor 8.
     */
    static final double UPPER_ENCLOSURE = 0x1p-46;

    private final Market market;
    private final BigFraction[][] demand;
    private final BigFraction[][][] xi;
    private final int[][] local;
    private final BigFraction[] lower;
    private final int[][] unknown;
    private final int dimension;

    private ExactMarket(Market market, BigFraction[][] demand, BigFraction[][][] xi, int[][] local, BigFraction[] lower,
            int[][] unknown, int dimension) {
        this.market = market;
        this.demand = demand;
        this.xi = xi;
        this.local = local;
        this.lower = lower;
        this.unknown = unknown;
        this.dimension = dimension;
    }

    /**
     * @param market the double-precision constants of the same instance (its index maps and
     *     effort models are reused; its numbers are recomputed exactly)
     * @return the exact constants, or empty when the market has more than {@link #LIMIT} unknowns
     *     or a leave-one-out design is singular
     */
    public static Optional<ExactMarket> of(Market market) {
        int m = market.aggregatorCount();
        int n = market.sourceCount();
        if (market.dimension() > LIMIT) {
            return Optional.empty();
        }
        CompetitionInstance instance = market.instance();
        BigFraction alpha = Exact.of(instance.couplingScale());
        BigFraction[][] beta = RationalMatrix.zeros(m, n);
        BigFraction[][][] xi = new BigFraction[m][][];
        int[][] local = new int[m][n];
        int[][] unknown = new int[m][n];
        int k = 0;
        for (int b = 0; b < m; b++) {
            Aggregator agg = instance.aggregators().get(b);
            int[] members = market.members(b);
            java.util.Arrays.fill(local[b], -1);
            java.util.Arrays.fill(unknown[b], -1);
            BigFraction[][] z = new BigFraction[members.length][];
            for (int i = 0; i < members.length; i++) {
                local[b][members[i]] = i;
                unknown[b][members[i]] = k++;
                z[i] = exact(agg.estimator().features(instance.sources().get(members[i]).x()));
            }
            Optional<BigFraction[][]> estimatorConstants = estimatorConstants(agg, z, alpha, beta[b], members);
            if (estimatorConstants.isEmpty()) {
                return Optional.empty();
            }
            xi[b] = estimatorConstants.get();
        }
        BigFraction[][] demand = RationalMatrix.zeros(m, n);
        for (int b = 0; b < m; b++) {
            Aggregator agg = instance.aggregators().get(b);
            BigFraction eta = Exact.of(agg.eta());
            for (int s = 0; s < n; s++) {
                BigFraction g = beta[b][s];
                for (int j = 0; j < m; j++) {
                    if (j != b) {
                        g = g.subtract(Exact.of(agg.zeta(instance.aggregators().get(j).name())).multiply(beta[j][s]));
                    }
                }
                demand[b][s] = g.divide(eta);
            }
        }
        BigFraction[] lower = new BigFraction[n];
        for (int s = 0; s < n; s++) {
            EffortModel e = market.effort(s);
            BigFraction s0 = Exact.of(e.s0());
            lower[s] = Exact.of(e.k()).multiply(s0).multiply(s0).multiply(2).reciprocal();
        }
        return Optional.of(new ExactMarket(market, demand, xi, local, lower, unknown, k));
    }

    /**
     * Fills {@code beta} (global indices) and returns {@code xi} in local positions for one
     * aggregator, or empty if a design is exactly singular (the double layer rejects designs that
     * are nearly so, so this does not happen on valid input).
     */
    private static Optional<BigFraction[][]> estimatorConstants(Aggregator agg, BigFraction[][] z, BigFraction alpha,
            BigFraction[] beta, int[] members) {
        int nb = z.length;
        BigFraction[] ones = new BigFraction[nb];
        java.util.Arrays.fill(ones, BigFraction.ONE);
        BigFraction[][] g = RationalMatrix.gram(z, ones);
        Optional<BigFraction[][]> gInv = RationalMatrix.inverse(g);
        if (gInv.isEmpty()) {
            return Optional.empty();
        }
        List<QueryPoint> queries = agg.queries();
        BigFraction[][] qz = new BigFraction[queries.size()][];
        BigFraction[] w = new BigFraction[queries.size()];
        for (int q = 0; q < qz.length; q++) {
            qz[q] = exact(agg.estimator().features(queries.get(q).x()));
            w[q] = Exact.of(queries.get(q).weight());
        }
        BigFraction[][] sandwich = multiply(multiply(gInv.get(), RationalMatrix.gram(qz, w)), gInv.get());
        BigFraction[][] out = new BigFraction[nb][nb];
        for (int i = 0; i < nb; i++) {
            beta[members[i]] = RationalMatrix.bilinear(sandwich, z[i], z[i]);
            BigFraction[][] gMinus = new BigFraction[g.length][g.length];
            for (int r = 0; r < g.length; r++) {
                for (int c = 0; c < g.length; c++) {
                    gMinus[r][c] = g[r][c].subtract(z[i][r].multiply(z[i][c]));
                }
            }
            Optional<BigFraction[][]> looInv = RationalMatrix.inverse(gMinus);
            if (looInv.isEmpty()) {
                return Optional.empty();
            }
            for (int l = 0; l < nb; l++) {
                BigFraction h = RationalMatrix.bilinear(looInv.get(), z[i], z[l]);
                out[i][l] = i == l ? BigFraction.ONE : alpha.multiply(h).multiply(h);
            }
        }
        return Optional.of(out);
    }

    /** @return the double-precision constants these exact ones were computed next to */
    public Market market() {
        return market;
    }

    /** @return the number of unknowns {@code sum_b |S_b|} */
    public int dimension() {
        return dimension;
    }

    /**
     * @param b the aggregator's index, {@code 0 <= b < M}
     * @param s the source's index, {@code 0 <= s < N}
     * @return the position of unknown {@code (b, s)} in {@link #couplingMatrix}, or -1 if {@code s not in S_b}
     */
    public int unknown(int b, int s) {
        return unknown[b][s];
    }

    /**
     * @param b the aggregator's index, {@code 0 <= b < M}
     * @param s the source's index, {@code 0 <= s < N}
     * @return {@code gamma^b_s / eta^b}: (19) normalised as after (20); for {@code s not in S_b}, {@code -sum zeta beta}
     */
    public BigFraction demand(int b, int s) {
        return demand[b][s];
    }

    /**
     * @param s the source's index, {@code 0 <= s < N}
     * @return {@code gamma_s = sum_{b in B_s} gamma^b_s / eta^b} ((23), Section V)
     */
    public BigFraction totalDemand(int s) {
        BigFraction t = BigFraction.ZERO;
        for (int b : market.buyers(s)) {
            t = t.add(demand[b][s]);
        }
        return t;
    }

    /**
     * @param s the source's index, {@code 0 <= s < N}
     * @return {@code Gamma_s = sum_{b in B} gamma^b_s / eta^b}, the weight of {@code sigma_s^2} in the social cost (30)
     */
    public BigFraction socialDemand(int s) {
        BigFraction t = BigFraction.ZERO;
        for (BigFraction[] row : demand) {
            t = t.add(row[s]);
        }
        return t;
    }

    /**
     * @param b the aggregator's index, {@code 0 <= b < M}
     * @param i a source in {@code S_b} (global index)
     * @param l a source in {@code S_b} (global index)
     * @return {@code xi^b_{i,l}} for {@code i, l in S_b} (scaled by the coupling scale off the diagonal)
     */
    public BigFraction xi(int b, int i, int l) {
        return xi[b][local[b][i]][local[b][l]];
    }

    /**
     * @param s the source's index, {@code 0 <= s < N}
     * @return {@code underline a_s = 1/phi_s(0) = 1/(2 k s0^2)}
     */
    public BigFraction lowerThreshold(int s) {
        return lower[s];
    }

    /**
     * @param s the source's index, {@code 0 <= s < N}
     * @param x a total coefficient {@code a_s}
     * @return the sign of {@code x - bar a_s}, decided through the enclosure {@code bar a_s (1 +-
     *     2^-46)} of its double value; -1 for unbounded effort; empty when {@code x} lies in the
     *     enclosure
     */
    public Optional<Integer> compareToUpper(int s, BigFraction x) {
        EffortModel e = market.effort(s);
        if (!e.bounded()) {
            return Optional.of(-1);
        }
        double upper = e.upperThreshold();
        BigFraction below = Exact.of(upper * (1 - UPPER_ENCLOSURE));
        BigFraction above = Exact.of(upper * (1 + UPPER_ENCLOSURE));
        if (Exact.compare(x, below) < 0) {
            return Optional.of(-1);
        }
        return Exact.compare(x, above) > 0 ? Optional.of(1) : Optional.empty();
    }

    /**
     * Whether two total coefficients induce the same effort, {@code mu_s(x) = mu_s(y)}: {@code mu_s}
     * is 0 up to the lower threshold, strictly increasing on {@code A_s} (Lemma 1) and {@code e_max}
     * from the upper threshold on.
     *
     * @param s the source's index, {@code 0 <= s < N}
     * @param x one total coefficient {@code a_s}
     * @param y the other total coefficient {@code a_s}
     * @return the answer, or empty when a comparison with the upper threshold is undecided
     */
    public Optional<Boolean> sameEffort(int s, BigFraction x, BigFraction y) {
        if (Exact.compare(x, lower[s]) <= 0 && Exact.compare(y, lower[s]) <= 0) {
            return Optional.of(true);
        }
        Optional<Integer> ux = compareToUpper(s, x);
        Optional<Integer> uy = compareToUpper(s, y);
        if (ux.isEmpty() || uy.isEmpty()) {
            return Optional.empty();
        }
        if (ux.get() > 0 && uy.get() > 0) {
            return Optional.of(true);
        }
        return Optional.of(Exact.compare(x, y) == 0);
    }

    /** @return the dense coupling matrix {@code Xi} of (26) over the unknowns, as {@link CouplingMatrix#dense} */
    public BigFraction[][] couplingMatrix() {
        BigFraction[][] x = RationalMatrix.zeros(dimension, dimension);
        for (int b = 0; b < market.aggregatorCount(); b++) {
            for (int s : market.members(b)) {
                for (int[] p : market.couplingPartners(b, s)) {
                    x[unknown[b][s]][unknown[p[0]][p[1]]] = xi(p[0], p[1], s);
                }
            }
        }
        return x;
    }

    /** @return an off-diagonal {@code xi^b_{i,l} > 0} as {@code {b, i, l}}, or empty when all are 0 */
    public Optional<int[]> offDiagonalCoupling() {
        for (int b = 0; b < market.aggregatorCount(); b++) {
            for (int[] p : market.offDiagonalPairs(b)) {
                if (xi(b, p[0], p[1]).signum() > 0) {
                    return Optional.of(new int[] {b, p[0], p[1]});
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param x the unknowns of (26) in the order of {@link #unknown}, length {@link #dimension}
     * @return the profile {@code a[b][s]} held in unknown order by {@code x} (0 where {@code s not
     *     in S_b})
     */
    public BigFraction[][] profile(BigFraction[] x) {
        BigFraction[][] a = RationalMatrix.zeros(market.aggregatorCount(), market.sourceCount());
        for (int b = 0; b < a.length; b++) {
            for (int s : market.members(b)) {
                a[b][s] = x[unknown[b][s]];
            }
        }
        return a;
    }

    /** @return the demands {@code gamma^b_s / eta^b} in unknown order */
    public BigFraction[] demandVector() {
        BigFraction[] g = new BigFraction[dimension];
        for (int b = 0; b < market.aggregatorCount(); b++) {
            for (int s : market.members(b)) {
                g[unknown[b][s]] = demand[b][s];
            }
        }
        return g;
    }

    /**
     * @param a the coefficient profile {@code a[b][s]}
     * @return the totals {@code a_s = sum_{b in B_s} a^b_s} (13)
     */
    public BigFraction[] totals(BigFraction[][] a) {
        BigFraction[] t = new BigFraction[market.sourceCount()];
        for (int s = 0; s < t.length; s++) {
            t[s] = BigFraction.ZERO;
            for (int b : market.buyers(s)) {
                t[s] = t[s].add(a[b][s]);
            }
        }
        return t;
    }

    /**
     * @param a an exact profile {@code a[b][s]}
     * @return the profile as doubles (each entry rounded to nearest), for the double layer
     */
    public static double[][] toDouble(BigFraction[][] a) {
        double[][] d = new double[a.length][];
        for (int b = 0; b < a.length; b++) {
            d[b] = new double[a[b].length];
            for (int s = 0; s < a[b].length; s++) {
                d[b][s] = a[b][s].doubleValue();
            }
        }
        return d;
    }

    private static BigFraction[] exact(double[] v) {
        BigFraction[] out = new BigFraction[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Exact.of(v[i]);
        }
        return out;
    }

    private static BigFraction[][] multiply(BigFraction[][] x, BigFraction[][] y) {
        BigFraction[][] out = RationalMatrix.zeros(x.length, y[0].length);
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < y[0].length; c++) {
                for (int k = 0; k < y.length; k++) {
                    out[r][c] = out[r][c].add(x[r][k].multiply(y[k][c]));
                }
            }
        }
        return out;
    }
}
