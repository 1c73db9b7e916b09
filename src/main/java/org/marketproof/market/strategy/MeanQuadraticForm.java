package org.marketproof.market.strategy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One price or payment of a mechanism, at fixed submission sizes, as an exact polynomial of degree
 * at most 2 in the submitted means m_1..m_k: c + sum_k b_k m_k + sum_{k &lt;= l} Q_kl m_k m_l.
 *
 * <p>Obtained by probing the mechanism ({@link SettlementForms#probe}); a mechanism that declares
 * {@link org.marketproof.market.mechanism.Mechanism#dependsOnlyOnSizesAndMeans()} has this form,
 * e.g. (14) and (15) of paper 000.
 */
public final class MeanQuadraticForm {

    private final BigFraction constant;
    private final BigFraction[] linear;
    private final BigFraction[][] quadratic;
    private final double constantD;
    private final double[] linearD;
    private final double[][] quadraticD;

    /**
     * @param constant c
     * @param linear b_k
     * @param quadratic Q_kl, used for k &lt;= l only
     */
    public MeanQuadraticForm(BigFraction constant, BigFraction[] linear, BigFraction[][] quadratic) {
        int k = linear.length;
        this.constant = constant;
        this.linear = linear.clone();
        this.quadratic = new BigFraction[k][];
        this.constantD = constant.doubleValue();
        this.linearD = new double[k];
        this.quadraticD = new double[k][k];
        for (int i = 0; i < k; i++) {
            this.quadratic[i] = quadratic[i].clone();
            linearD[i] = linear[i].doubleValue();
            for (int j = i; j < k; j++) {
                quadraticD[i][j] = quadratic[i][j].doubleValue();
            }
        }
    }

    /**
     * @param means the submitted means m_k, one per contributor
     * @return the value at the given means, exactly
     */
    public BigFraction at(List<BigFraction> means) {
        BigFraction v = constant;
        for (int i = 0; i < linear.length; i++) {
            v = v.add(linear[i].multiply(means.get(i)));
            for (int j = i; j < linear.length; j++) {
                v = v.add(quadratic[i][j].multiply(means.get(i)).multiply(means.get(j)));
            }
        }
        return v;
    }

    /**
     * @param means the submitted means m_k, one per contributor
     * @return the value at the given means, in doubles (for simulation)
     */
    public double at(double[] means) {
        double v = constantD;
        for (int i = 0; i < linearD.length; i++) {
            double s = linearD[i];
            for (int j = i; j < linearD.length; j++) {
                s += quadraticD[i][j] * means[j];
            }
            v += s * means[i];
        }
        return v;
    }

    /**
     * The expectation when the means are independent with E[m_k] = alpha_k mu + beta_k and
     * Var[m_k] = v_k: E[m_k m_l] = E[m_k] E[m_l] for k != l and E[m_k^2] = E[m_k]^2 + v_k.
     *
     * @param laws the law of each contributor's submission, one per contributor
     * @return E[form] as a function of mu
     */
    public MuQuadratic expectation(List<DataLaw> laws) {
        MuQuadratic[] mean = new MuQuadratic[linear.length];
        for (int i = 0; i < linear.length; i++) {
            mean[i] = MuQuadratic.linear(laws.get(i).alpha(), laws.get(i).beta());
        }
        MuQuadratic e = MuQuadratic.constant(constant);
        for (int i = 0; i < linear.length; i++) {
            e = e.add(mean[i].scale(linear[i]));
            for (int j = i; j < linear.length; j++) {
                MuQuadratic product = mean[i].times(mean[j]);
                if (i == j) {
                    product = product.add(MuQuadratic.constant(laws.get(i).meanVariance()));
                }
                e = e.add(product.scale(quadratic[i][j]));
            }
        }
        return e;
    }

    /**
     * Whether shifting the means of the {@code moving} contributors jointly by any t leaves the value
     * unchanged, for every value of the means: with u the indicator of {@code moving},
     * f(m + t u) - f(m) = t grad f(m).u + t^2 u'Qu, which vanishes identically iff it vanishes at
     * (m, t) = (0, 1), (0, 2) and (e_j, 1) for every j. Checked exactly.
     *
     * @param moving for each contributor, whether its mean is shifted
     * @return whether the form is invariant under every joint shift of the moving means
     */
    public boolean invariantAlong(boolean[] moving) {
        int k = linear.length;
        List<BigFraction> zero = java.util.Collections.nCopies(k, BigFraction.ZERO);
        List<List<BigFraction>> bases = new java.util.ArrayList<>();
        bases.add(zero);
        for (int j = 0; j < k; j++) {
            List<BigFraction> e = new java.util.ArrayList<>(zero);
            e.set(j, BigFraction.ONE);
            bases.add(e);
        }
        for (List<BigFraction> m : bases) {
            for (int t = 1; t <= (m == zero ? 2 : 1); t++) {
                List<BigFraction> shifted = new java.util.ArrayList<>(m);
                for (int j = 0; j < k; j++) {
                    if (moving[j]) {
                        shifted.set(j, shifted.get(j).add(BigFraction.of(t)));
                    }
                }
                if (!at(shifted).equals(at(m))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return whether this is the zero polynomial */
    public boolean isZero() {
        if (constant.signum() != 0) {
            return false;
        }
        for (int i = 0; i < linear.length; i++) {
            if (linear[i].signum() != 0) {
                return false;
            }
            for (int j = i; j < linear.length; j++) {
                if (quadratic[i][j].signum() != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * @param o a form over the same number of means
     * @return this minus {@code o}
     */
    public MeanQuadraticForm minus(MeanQuadraticForm o) {
        return combine(o, BigFraction.of(-1));
    }

    /**
     * @param o a form over the same number of means
     * @param k the integer multiplier
     * @return this plus {@code k} times {@code o}
     */
    public MeanQuadraticForm plus(MeanQuadraticForm o, long k) {
        return combine(o, BigFraction.of(k));
    }

    private MeanQuadraticForm combine(MeanQuadraticForm o, BigFraction k) {
        int n = linear.length;
        BigFraction[] b = new BigFraction[n];
        BigFraction[][] q = new BigFraction[n][n];
        for (int i = 0; i < n; i++) {
            b[i] = linear[i].add(o.linear[i].multiply(k));
            for (int j = 0; j < n; j++) {
                q[i][j] = j < i ? BigFraction.ZERO : quadratic[i][j].add(o.quadratic[i][j].multiply(k));
            }
        }
        return new MeanQuadraticForm(constant.add(o.constant.multiply(k)), b, q);
    }

}
