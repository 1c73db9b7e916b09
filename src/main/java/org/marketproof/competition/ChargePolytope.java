package org.marketproof.competition;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.marketproof.algebra.DoubleField;

/**
 * The charges {@code c} that complete an equilibrium {@code a} (Theorem 1 item 1, Theorem 2 item
 * 2, Theorem 4 item 1): per source, {@code sum_{b in B_s} c^b_s = q_s(a)} (binding IR, Lemma 2)
 * and {@code c^b_s >= q^b_s(a)} (non-negative expected payments (9)). Writing {@code c^b_s =
 * q^b_s + lambda^b_s mu_s}, it is a product over sources of simplices {@code lambda_s in
 * Delta(B_s)}: of dimension {@code sum_s (|B_s| - 1)} when every {@code mu_s > 0}, with a vertex
 * for each choice of one payer per source.
 */
public final class ChargePolytope {
    private final Market market;
    private final double[] efforts;
    private final double[][] q;

    /**
     * @param market the market's constants
     * @param a the equilibrium coefficients {@code a[b][s]} whose charges are sought; the efforts
     *     {@code mu_s} and variable payments {@code q^b_s(a)} are computed from it once
     */
    public ChargePolytope(Market market, double[][] a) {
        this.market = market;
        this.efforts = market.efforts(a);
        this.q = market.variablePayments(a, efforts);
    }

    /** @return {@code q^b_s(a)}, the lower bounds on the charges */
    public double[][] variablePayments() {
        return q;
    }

    /** @return {@code mu_s(a_s)}, the amount per source left to split */
    public double[] efforts() {
        return efforts.clone();
    }

    /**
     * @param shares {@code lambda[b][s] >= 0}, summing to 1 over {@code B_s} for each {@code s}
     * @return the charges; the last buyer's by the binding-IR formula (24)
     */
    public double[][] point(double[][] shares) {
        double[][] c = market.zeroProfile();
        for (int s = 0; s < market.sourceCount(); s++) {
            int[] buyers = market.buyers(s);
            List<Double> qs = new ArrayList<>();
            List<Double> others = new ArrayList<>();
            for (int b : buyers) {
                qs.add(q[b][s]);
            }
            for (int i = 0; i < buyers.length - 1; i++) {
                int b = buyers[i];
                c[b][s] = q[b][s] + shares[b][s] * efforts[s];
                others.add(c[b][s]);
            }
            c[buyers[buyers.length - 1]][s] =
                    ContractAlgebra.bindingCharge(DoubleField.INSTANCE, qs, efforts[s], others);
        }
        return c;
    }

    /**
     * @param payer for each source {@code s}, the index of one aggregator in {@code B_s}
     * @return the vertex where {@code payer[s]} (an aggregator in {@code B_s}) pays all of {@code mu_s}
     */
    public double[][] vertex(int[] payer) {
        double[][] shares = market.zeroProfile();
        for (int s = 0; s < payer.length; s++) {
            shares[payer[s]][s] = 1;
        }
        return point(shares);
    }

    /** @return the shares that split each source's effort equally among its buyers (the centre) */
    public double[][] equalShares() {
        double[][] shares = market.zeroProfile();
        for (int s = 0; s < market.sourceCount(); s++) {
            int[] buyers = market.buyers(s);
            for (int b : buyers) {
                shares[b][s] = 1.0 / buyers.length;
            }
        }
        return shares;
    }

    /**
     * @param rng the seeded source of randomness
     * @return a uniformly random point (flat Dirichlet shares per source)
     */
    public double[][] randomPoint(UniformRandomProvider rng) {
        double[][] shares = market.zeroProfile();
        for (int s = 0; s < market.sourceCount(); s++) {
            int[] buyers = market.buyers(s);
            double total = 0;
            for (int b : buyers) {
                shares[b][s] = -Math.log(1 - rng.nextDouble());
                total += shares[b][s];
            }
            for (int b : buyers) {
                shares[b][s] /= total;
            }
        }
        return point(shares);
    }

    /** @return the number of vertices, {@code prod_s |B_s|} over sources with {@code mu_s > 0} */
    public double vertexCount() {
        double count = 1;
        for (int s = 0; s < market.sourceCount(); s++) {
            if (efforts[s] > 0) {
                count *= market.buyers(s).length;
            }
        }
        return count;
    }

    /** @return the dimension {@code sum_s (|B_s| - 1)} over sources with {@code mu_s > 0} */
    public int dimension() {
        int d = 0;
        for (int s = 0; s < market.sourceCount(); s++) {
            if (efforts[s] > 0) {
                d += market.buyers(s).length - 1;
            }
        }
        return d;
    }

    /**
     * @param limit the most vertices to enumerate; the polytope has {@code prod_s |B_s|} of them
     * @return all vertices, as payer choices per source; at most {@code limit} of them
     */
    public List<int[]> vertexPayers(int limit) {
        List<int[]> out = new ArrayList<>();
        int n = market.sourceCount();
        int[] choice = new int[n];
        while (out.size() < limit) {
            int[] payer = new int[n];
            for (int s = 0; s < n; s++) {
                payer[s] = market.buyers(s)[choice[s]];
            }
            out.add(payer);
            int s = 0;
            while (s < n) {
                int options = efforts[s] > 0 ? market.buyers(s).length : 1;
                if (++choice[s] < options) {
                    break;
                }
                choice[s] = 0;
                s++;
            }
            if (s == n) {
                break;
            }
        }
        return out;
    }
}
