package org.marketproof.competition;

import java.util.List;
import org.marketproof.algebra.Field;

/**
 * The closed-form identities of the aggregators' game, written once over an abstract {@link Field}
 * so that the solver evaluates them in doubles, tests evaluate them exactly, and a proof can
 * instantiate them with symbolic real terms.
 *
 * <p>Notation (Sections III-G and IV): {@code a^j_s >= 0} and {@code c^j_s} are aggregator {@code
 * j}'s contract parameters for source {@code s}; {@code xi^j_{s,i}} the payment coupling (18)
 * with {@code xi^j_{s,s} = 1}; {@code sigma_i^2} the variances at the induced efforts; {@code
 * mu_s} source {@code s}'s effort.
 */
public final class ContractAlgebra {
    private ContractAlgebra() {}

    /**
     * The variable part {@code q^j_s = a^j_s sum_i xi^j_{s,i} sigma_i^2 = a^j_s (sigma_s^2 +
     * g_j(x_-s, delta_{x_s}, sigma_-s^2))} of aggregator {@code j}'s expected payment (7) to
     * source {@code s}.
     *
     * @param <T> the field's number type ({@code Double}, an exact fraction, or a symbolic term)
     * @param f the field the identity is evaluated in
     * @param a {@code a^j_s}
     * @param ownVariance {@code sigma_s^2}
     * @param peerVariance {@code sum_{i != s} xi^j_{s,i} sigma_i^2}
     * @return {@code q^j_s = a^j_s (sigma_s^2 + sum_{i != s} xi^j_{s,i} sigma_i^2)}
     */
    public static <T> T variablePayment(Field<T> f, T a, T ownVariance, T peerVariance) {
        return f.multiply(a, f.add(ownVariance, peerVariance));
    }

    /**
     * The expected payment (7): {@code p^j_s = c^j_s - q^j_s}.
     *
     * @param <T> the field's number type
     * @param f the field the identity is evaluated in
     * @param c the charge {@code c^j_s}, the contract's constant part
     * @param variablePayment {@code q^j_s} from {@link #variablePayment}
     * @return {@code p^j_s = c^j_s - q^j_s}
     */
    public static <T> T expectedPayment(Field<T> f, T c, T variablePayment) {
        return f.subtract(c, variablePayment);
    }

    /**
     * The participation (IR) slack of source {@code s}, the left side of (22): {@code sum_j c^j_s
     * - sum_j q^j_s - mu_s}. Lemma 2 says it is zero at every GN equilibrium.
     *
     * @param <T> the field's number type
     * @param f the field the identity is evaluated in
     * @param charges {@code c^j_s} over the aggregators {@code j} source {@code s} sells to
     * @param variablePayments {@code q^j_s} over the same aggregators
     * @param effort {@code mu_s}
     * @return {@code sum_j c^j_s - sum_j q^j_s - mu_s}; negative means the source would not
     *     participate
     */
    public static <T> T participationSlack(Field<T> f, List<T> charges, List<T> variablePayments, T effort) {
        T slack = f.negate(effort);
        for (T c : charges) {
            slack = f.add(slack, c);
        }
        for (T q : variablePayments) {
            slack = f.subtract(slack, q);
        }
        return slack;
    }

    /**
     * The binding-IR charge (24): the {@code c^b_s} that makes the participation slack of source
     * {@code s} zero given the other aggregators' charges, {@code sum_j q^j_s + mu_s - sum_{j !=
     * b} c^j_s}.
     *
     * @param <T> the field's number type
     * @param f the field the identity is evaluated in
     * @param variablePayments {@code q^j_s} over all aggregators {@code j} source {@code s} sells to
     * @param effort {@code mu_s}
     * @param otherCharges {@code c^j_s} over those aggregators other than {@code b}
     * @return the binding charge {@code c^b_s} of (24)
     */
    public static <T> T bindingCharge(Field<T> f, List<T> variablePayments, T effort, List<T> otherCharges) {
        T c = effort;
        for (T q : variablePayments) {
            c = f.add(c, q);
        }
        for (T other : otherCharges) {
            c = f.subtract(c, other);
        }
        return c;
    }

    /**
     * The first-order condition (25) of aggregator {@code b}'s reduced problem, solved for its
     * coefficient: {@code a^b_s = gamma^b_s + sum_{j != b} sum_{l != s} a^j_l xi^j_{l,s}}; stacked
     * over all {@code (b, s)} this is the linear system {@code a = Xi a + gamma} (26).
     *
     * @param <T> the field's number type
     * @param f the field the identity is evaluated in
     * @param demand {@code gamma^b_s} (19), divided by {@code eta^b} (the normalisation after (20))
     * @param coupling {@code sum_{j != b} sum_{l != s} a^j_l xi^j_{l,s}}, the {@code (b, s)} entry of
     *     {@code Xi a}
     * @return {@code a^b_s = demand + coupling}
     */
    public static <T> T firstOrderCoefficient(Field<T> f, T demand, T coupling) {
        return f.add(demand, coupling);
    }
}
