package org.marketproof.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.marketproof.algebra.DoubleField;

/**
 * The constants of the reduced aggregators' game (Section III-G, Section V) computed from an
 * instance: {@code beta^b_s} (17), {@code gamma^b_s} (19), {@code xi^b_{s,l}} (18)/(36), and the
 * coupling matrix {@code Xi} of (26), which is never formed: {@link #coupling} applies it.
 *
 * <p>Coefficient profiles are {@code double[M][N]} arrays {@code a[b][s]}; entries for {@code s
 * not in S_b} are 0 and ignored.
 */
public final class Market {
    private final CompetitionInstance instance;
    private final int n;
    private final int m;
    private final int[][] members;
    private final int[][] localIndex;
    private final int[][] buyers;
    private final SeparableEstimator[] estimators;
    private final double[][] beta;
    private final double[][] gamma;
    private final double alpha;

    /**
     * Computes {@code beta}, {@code gamma} and the estimators' leave-one-out couplings of an
     * instance once; every later query is a table look-up or an {@code O(M^2 N p^2)} product.
     *
     * @param instance the validated competition instance: sources {@code S} (indexed {@code s = 0
     *     .. N-1} in file order) and aggregators {@code B} (indexed {@code b = 0 .. M-1})
     * @throws org.marketproof.InvalidInputException if an estimator or its leave-one-out fits are undefined
     */
    public Market(CompetitionInstance instance) {
        this.instance = instance;
        this.n = instance.sources().size();
        this.m = instance.aggregators().size();
        this.alpha = instance.couplingScale();
        Map<String, Integer> index = instance.sourceIndex();
        members = new int[m][];
        localIndex = new int[m][n];
        estimators = new SeparableEstimator[m];
        beta = new double[m][n];
        List<List<Integer>> buyerLists = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            buyerLists.add(new ArrayList<>());
        }
        for (int b = 0; b < m; b++) {
            Aggregator agg = instance.aggregators().get(b);
            members[b] = agg.buys().stream().mapToInt(index::get).sorted().toArray();
            Arrays.fill(localIndex[b], -1);
            double[][] points = new double[members[b].length][];
            List<String> names = new ArrayList<>();
            for (int i = 0; i < members[b].length; i++) {
                int s = members[b][i];
                localIndex[b][s] = i;
                points[i] = instance.sources().get(s).x();
                names.add(instance.sources().get(s).name());
                buyerLists.get(s).add(b);
            }
            estimators[b] = new SeparableEstimator(agg.estimator(), points, agg.queries(),
                    "aggregators[" + b + "]", names);
            for (int i = 0; i < members[b].length; i++) {
                beta[b][members[b][i]] = estimators[b].beta(i);
            }
        }
        buyers = new int[n][];
        for (int s = 0; s < n; s++) {
            buyers[s] = buyerLists.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        gamma = new double[m][n];
        for (int b = 0; b < m; b++) {
            Aggregator agg = instance.aggregators().get(b);
            for (int s = 0; s < n; s++) {
                double g = beta[b][s];
                for (int j = 0; j < m; j++) {
                    if (j != b) {
                        g -= agg.zeta(instance.aggregators().get(j).name()) * beta[j][s];
                    }
                }
                gamma[b][s] = g;
            }
        }
    }

    /** @return the instance the constants were computed from */
    public CompetitionInstance instance() {
        return instance;
    }

    /** @return the number {@code N = |S|} of data sources */
    public int sourceCount() {
        return n;
    }

    /** @return the number {@code M = |B|} of aggregators */
    public int aggregatorCount() {
        return m;
    }

    /**
     * @param b the aggregator's index, {@code 0 <= b < M}
     * @return the sources {@code S_b} aggregator {@code b} buys from, ascending (a fresh copy)
     */
    public int[] members(int b) {
        return members[b].clone();
    }

    /**
     * @param s the source's index, {@code 0 <= s < N}
     * @return the aggregators {@code B_s} source {@code s} sells to, ascending (a fresh copy)
     */
    public int[] buyers(int s) {
        return buyers[s].clone();
    }

    /**
     * @param b the aggregator's index, {@code 0 <= b < M}
     * @param s the source's index, {@code 0 <= s < N}
     * @return whether {@code s in S_b}
     */
    public boolean buys(int b, int s) {
        return localIndex[b][s] >= 0;
    }

    /**
     * @param s the source's index, {@code 0 <= s < N}
     * @return source {@code s}'s effort-to-variance map {@code sigma_s^2(e)} and cost
     */
    public EffortModel effort(int s) {
        return instance.sources().get(s).effort();
    }

    /**
     * @param b the aggregator's index, {@code 0 <= b < M}
     * @param s the source's index, {@code 0 <= s < N}
     * @return {@code beta^b_s} (17), 0 when {@code s not in S_b}
     */
    public double beta(int b, int s) {
        return beta[b][s];
    }

    /**
     * @param b the aggregator's index, {@code 0 <= b < M}
     * @param s the source's index, {@code 0 <= s < N}
     * @return {@code gamma^b_s} (19): {@code beta^b_s - sum_{j != b} zeta^b_j beta^j_s}
     */
    public double gamma(int b, int s) {
        return gamma[b][s];
    }

    /**
     * @param b the aggregator's index, {@code 0 <= b < M}
     * @param s the source's index, {@code 0 <= s < N}
     * @return {@code gamma^b_s / eta^b}, the demand with {@code eta^b} normalised to 1 (after (20))
     */
    public double demand(int b, int s) {
        return gamma[b][s] / instance.aggregators().get(b).eta();
    }

    /**
     * @param s the source's index, {@code 0 <= s < N}
     * @return bold {@code gamma_s = sum_{j in B_s} gamma^j_s / eta^j} ((23); Section V)
     */
    public double totalDemand(int s) {
        double total = 0;
        for (int b : buyers[s]) {
            total += demand(b, s);
        }
        return total;
    }

    /**
     * @param s the source's index, {@code 0 <= s < N}
     * @return {@code Gamma_s = sum_{j in B} gamma^j_s / eta^j}, the weight of {@code sigma_s^2}
     *     in the social cost (30) (over all aggregators, buyers of {@code s} or not)
     */
    public double socialDemand(int s) {
        double total = 0;
        for (int b = 0; b < m; b++) {
            total += demand(b, s);
        }
        return total;
    }

    /**
     * @param b the aggregator's index, {@code 0 <= b < M}
     * @param i a source in {@code S_b} (global index)
     * @param l a source in {@code S_b} (global index)
     * @return {@code xi^b_{i,l}} (18)/(36) scaled by the coupling scale off the diagonal; 1 when
     *     {@code i == l}
     */
    public double xi(int b, int i, int l) {
        if (i == l) {
            return 1;
        }
        return alpha * estimators[b].xi(localIndex[b][i], localIndex[b][l]);
    }

    /**
     * The positions of row {@code (b, s)} of {@code Xi} (26) that can be non-zero: the pairs {@code
     * (j, l)} with {@code j in B_s}, {@code j != b}, {@code l in S_j cap S_b}, {@code l != s}; the entry
     * there is {@code xi^j_{l,s}} (the coupling {@code b} sees on {@code s} from {@code j}'s coefficient
     * for {@code l}; derivation 5 of the spec for partial sharing).
     *
     * @param b the aggregator's index, {@code 0 <= b < M}
     * @param s the source's index, {@code 0 <= s < N}
     * @return the pairs {@code {j, l}}
     */
    public List<int[]> couplingPartners(int b, int s) {
        List<int[]> out = new ArrayList<>();
        for (int j : buyers[s]) {
            if (j == b) {
                continue;
            }
            for (int l : members[j]) {
                if (l != s && localIndex[b][l] >= 0) {
                    out.add(new int[] {j, l});
                }
            }
        }
        return out;
    }

    /**
     * @param b the aggregator's index, {@code 0 <= b < M}
     * @return the pairs {@code {i, l}} of distinct sources {@code b} buys from: the off-diagonal {@code xi^b_{i,l}}
     */
    public List<int[]> offDiagonalPairs(int b) {
        List<int[]> out = new ArrayList<>();
        for (int i : members[b]) {
            for (int l : members[b]) {
                if (i != l) {
                    out.add(new int[] {i, l});
                }
            }
        }
        return out;
    }

    /**
     * @param a the coefficient profile {@code a[b][s]} ({@code double[M][N]})
     * @return the totals {@code a_s = sum_{j in B_s} a^j_s} (13)
     */
    public double[] totals(double[][] a) {
        double[] t = new double[n];
        for (int s = 0; s < n; s++) {
            for (int b : buyers[s]) {
                t[s] += a[b][s];
            }
        }
        return t;
    }

    /**
     * @param a the coefficient profile {@code a[b][s]} ({@code double[M][N]})
     * @return the induced dominant-strategy efforts {@code mu_s(a_s)} (Section III-F)
     */
    public double[] efforts(double[][] a) {
        double[] t = totals(a);
        double[] e = new double[n];
        for (int s = 0; s < n; s++) {
            e[s] = effort(s).bestEffort(t[s]);
        }
        return e;
    }

    /**
     * @param efforts the sources' efforts {@code e_s}, one per source
     * @return the variances {@code sigma_s^2(e_s)}, one per source
     */
    public double[] variances(double[] efforts) {
        double[] v = new double[n];
        for (int s = 0; s < n; s++) {
            v[s] = effort(s).variance(efforts[s]);
        }
        return v;
    }

    /**
     * The product {@code Xi a} of (26) without forming {@code Xi}: entry {@code (b, s)} is {@code
     * sum_{j in B_s, j != b} sum_{l in S_j cap S_b, l != s} a^j_l xi^j_{l,s}}. Under full sharing
     * {@code S_j cap S_b = S}, which is (25). Under partial sharing only the sources {@code l} that
     * {@code b} also buys from count: {@code b} meets the IR constraint (8) of those sources only
     * (its problem (37)), so only their payments from others, which fall as {@code sigma_s^2}
     * falls, enter its reduced loss (derived from (35)-(37); the paper omits this proof). Cost
     * {@code O(M^2 N p^2)}.
     *
     * @param a the coefficient profile {@code a[b][s]} ({@code double[M][N]})
     * @return {@code (Xi a)[b][s]}, 0 where {@code s not in S_b}
     */
    public double[][] coupling(double[][] a) {
        double[][] out = new double[m][n];
        for (int j = 0; j < m; j++) {
            for (int b = 0; b < m; b++) {
                if (b == j) {
                    continue;
                }
                double[] local = new double[members[j].length];
                for (int i = 0; i < local.length; i++) {
                    int l = members[j][i];
                    local[i] = localIndex[b][l] >= 0 ? a[j][l] : 0;
                }
                double[] col = estimators[j].columnCoupling(local);
                for (int i = 0; i < local.length; i++) {
                    int s = members[j][i];
                    if (localIndex[b][s] >= 0) {
                        out[b][s] += alpha * col[i];
                    }
                }
            }
        }
        return out;
    }

    /**
     * @param b the aggregator's index, {@code 0 <= b < M}
     * @param variances the sources' variances {@code sigma_s^2}, one per source
     * @return {@code sum_{i in S_b, i != s} xi^b_{s,i} sigma_i^2} for {@code s in S_b} (0 elsewhere):
     *     the peer part {@code g_b(x_-s, delta_{x_s}, sigma_-s^2)} of the expected payment (7)
     */
    public double[] peerVariance(int b, double[] variances) {
        double[] local = new double[members[b].length];
        for (int i = 0; i < local.length; i++) {
            local[i] = variances[members[b][i]];
        }
        double[] row = estimators[b].rowCoupling(local);
        double[] out = new double[n];
        for (int i = 0; i < local.length; i++) {
            out[members[b][i]] = alpha * row[i];
        }
        return out;
    }

    /**
     * @param a the coefficient profile {@code a[b][s]} ({@code double[M][N]})
     * @param efforts the sources' efforts {@code e_s}, one per source
     * @return {@code q[b][s]}, the variable parts (via {@link ContractAlgebra#variablePayment}) of
     *     the expected payments (7) at the efforts {@code efforts}
     */
    public double[][] variablePayments(double[][] a, double[] efforts) {
        double[] v = variances(efforts);
        double[][] q = new double[m][n];
        for (int b = 0; b < m; b++) {
            double[] peer = peerVariance(b, v);
            for (int s : members[b]) {
                q[b][s] = ContractAlgebra.variablePayment(DoubleField.INSTANCE, a[b][s], v[s], peer[s]);
            }
        }
        return q;
    }

    /** @return the number of unknowns {@code sum_b |S_b|} of (26) */
    public int dimension() {
        int d = 0;
        for (int[] mb : members) {
            d += mb.length;
        }
        return d;
    }

    /** @return a fresh zero profile {@code double[M][N]} */
    public double[][] zeroProfile() {
        return new double[m][n];
    }
}
