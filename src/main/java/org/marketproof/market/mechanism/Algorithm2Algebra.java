package org.marketproof.market.mechanism;

import org.marketproof.algebra.Field;

/**
 * The formulas of Algorithm 2 of paper 000, written once over a {@link Field}: the prices (14),
 * the payments (15), their constants d_i and W, and the expectations the paper derives from them.
 *
 * <p>Contributors are indexed 1 and 2 as in the paper (the two cheapest). With N+ = N_1* + N_2*,
 * N_{-i}* the other's instruction, sigma^2 the variance, |B| the number of buyers:
 * <ul>
 *   <li>d_i = c_i (N_i*)^2 / sigma^2;
 *   <li>W = sum_j q_j+ - c_1 N_1* - c_2 N_2* (the paper writes c_1 (N+ - 1) + c_2 with N_2* = 1);
 *   <li>(14) p_j = sum_i I_i (q_j+ N_i* /N+ + d_i sigma^2/(|B| N_{-i}*) + d_i sigma^2/(|B| N_i*))
 *       - sum_i (d_i/|B|) (mu(Y_i) - mu(Y_{-i}))^2;
 *   <li>(15) pi_i = I_i (W N_i* /N+ + c_i N_i* + d_i sigma^2/N_{-i}* + d_i sigma^2/N_i*)
 *       - d_i (mu(Y_i) - mu(Y_{-i}))^2;
 * </ul>
 * where I_i = [|Y_i| = N_i*] and mu is the sample mean. Instantiated with exact rationals these are
 * the settlement; with doubles, fast figures; with symbolic reals, the Z3 obligations of
 * {@code proofs/}. The formulas divide by N_1* and N_2*, so they are defined only when both are
 * positive, i.e. N+ >= 2 (see {@code specs/market.md}, finding M1).
 *
 * @param <T> the field element type
 */
public final class Algorithm2Algebra<T> {

    private final Field<T> f;
    private final T variance;
    private final T c1;
    private final T c2;
    private final T n1;
    private final T n2;
    private final T nPlus;
    private final T w;
    private final T buyers;

    /**
     * @param field the arithmetic
     * @param variance sigma^2
     * @param c1 c_1
     * @param c2 c_2
     * @param n1 N_1*
     * @param n2 N_2*
     * @param totalBasePrice sum over all buyers of q_j+
     * @param buyers |B|
     */
    public Algorithm2Algebra(Field<T> field, T variance, T c1, T c2, T n1, T n2, T totalBasePrice, T buyers) {
        this.f = field;
        this.variance = variance;
        this.c1 = c1;
        this.c2 = c2;
        this.n1 = n1;
        this.n2 = n2;
        this.nPlus = f.add(n1, n2);
        this.w = f.subtract(totalBasePrice, f.add(f.multiply(c1, n1), f.multiply(c2, n2)));
        this.buyers = buyers;
    }

    /** @return W = sum_j q_j+ - c_1 N_1* - c_2 N_2*, the expected profit */
    public T w() {
        return w;
    }

    /**
     * @param i the contributor, 1 or 2 as in the paper (any other value means 2)
     * @return c_i
     */
    public T cost(int i) {
        return i == 1 ? c1 : c2;
    }

    /**
     * @param i the contributor, 1 or 2 as in the paper (any other value means 2)
     * @return N_i*
     */
    public T instruction(int i) {
        return i == 1 ? n1 : n2;
    }

    /**
     * @param i the contributor, 1 or 2 as in the paper (any other value means 2)
     * @return N_{-i}*, the other contributor's instruction
     */
    public T otherInstruction(int i) {
        return i == 1 ? n2 : n1;
    }

    /**
     * @param i the contributor, 1 or 2 as in the paper (any other value means 2)
     * @return d_i = c_i (N_i*)^2 / sigma^2
     */
    public T d(int i) {
        return f.divide(f.multiply(cost(i), f.square(instruction(i))), variance);
    }

    /**
     * @param i the contributor, 1 or 2 as in the paper (any other value means 2)
     * @return the variance correction d_i sigma^2/N_{-i}* + d_i sigma^2/N_i*, which equals
     *     d_i E[(mu(X_i) - mu(X_{-i}))^2] under truthful play
     */
    public T correction(int i) {
        T dv = f.multiply(d(i), variance);
        return f.add(f.divide(dv, otherInstruction(i)), f.divide(dv, instruction(i)));
    }

    /**
     * @param i the contributor, 1 or 2 as in the paper (any other value means 2)
     * @return the bracket of (15): W N_i* / N+ + c_i N_i* + correction_i, paid when |Y_i| = N_i*
     */
    public T paymentBase(int i) {
        return f.add(f.add(f.divide(f.multiply(w, instruction(i)), nPlus), f.multiply(cost(i), instruction(i))),
                correction(i));
    }

    /**
     * Payment (15) to contributor i.
     *
     * @param i the contributor, 1 or 2 as in the paper (any other value means 2)
     * @param sizeOk whether |Y_i| = N_i*
     * @param meanOwn mu(Y_i)
     * @param meanOther mu(Y_{-i})
     * @return pi_i = 1[|Y_i| = N_i*] (bracket of (15)) - d_i (mu(Y_i) - mu(Y_{-i}))^2
     */
    public T payment(int i, boolean sizeOk, T meanOwn, T meanOther) {
        return paymentForSquaredGap(i, sizeOk, squaredGap(meanOwn, meanOther));
    }

    /**
     * Payment (15) as a function of the squared gap g = (mu(Y_1) - mu(Y_2))^2, in which it is affine;
     * so its expectation is this function of E[g].
     *
     * @param i the contributor, 1 or 2 as in the paper (any other value means 2)
     * @param sizeOk whether |Y_i| = N_i*
     * @param gap g, or E[g] for the expected payment
     * @return 1[sizeOk] (bracket of (15)) - d_i g
     */
    public T paymentForSquaredGap(int i, boolean sizeOk, T gap) {
        T base = sizeOk ? paymentBase(i) : f.zero();
        return f.subtract(base, f.multiply(d(i), gap));
    }

    /**
     * @param i the contributor, 1 or 2 as in the paper (any other value means 2)
     * @param q the buyer's Algorithm 1 price q_j+
     * @return contributor i's share of the bracket of (14) for a buyer whose base price is q:
     *     q N_i* / N+ + correction_i / |B|
     */
    public T priceBase(int i, T q) {
        return f.add(f.divide(f.multiply(q, instruction(i)), nPlus), f.divide(correction(i), buyers));
    }

    /**
     * Price (14) charged to a buyer whose Algorithm 1 price is {@code q}.
     *
     * @param q the buyer's Algorithm 1 price q_j+
     * @param size1Ok whether |Y_1| = N_1*
     * @param size2Ok whether |Y_2| = N_2*
     * @param mean1 mu(Y_1)
     * @param mean2 mu(Y_2)
     * @return p_j of (14)
     */
    public T price(T q, boolean size1Ok, boolean size2Ok, T mean1, T mean2) {
        return priceForSquaredGap(q, size1Ok, size2Ok, squaredGap(mean1, mean2));
    }

    /**
     * Price (14) as a function of the squared gap g = (mu(Y_1) - mu(Y_2))^2, in which it is affine;
     * so its expectation is this function of E[g].
     *
     * @param q the buyer's Algorithm 1 price q_j+
     * @param size1Ok whether |Y_1| = N_1*
     * @param size2Ok whether |Y_2| = N_2*
     * @param gap g, or E[g] for the expected price
     * @return the sum of the size-checked shares {@link #priceBase} minus (d_1 + d_2) g / |B|
     */
    public T priceForSquaredGap(T q, boolean size1Ok, boolean size2Ok, T gap) {
        T base = f.add(size1Ok ? priceBase(1, q) : f.zero(), size2Ok ? priceBase(2, q) : f.zero());
        return f.subtract(base, f.divide(f.multiply(f.add(d(1), d(2)), gap), buyers));
    }

    /**
     * @param a one sample mean
     * @param b the other sample mean
     * @return (a - b)^2
     */
    public T squaredGap(T a, T b) {
        return f.square(f.subtract(a, b));
    }

    /**
     * E[(mu(Y_1) - mu(Y_2))^2] when the two submitted means are independent with the given biases
     * (relative to mu) and variances: (b_1 - b_2)^2 + v_1 + v_2.
     *
     * @param bias1 b_1 = E[mu(Y_1)] - mu
     * @param var1 v_1 = Var[mu(Y_1)]
     * @param bias2 b_2 = E[mu(Y_2)] - mu
     * @param var2 v_2 = Var[mu(Y_2)]
     * @return (b_1 - b_2)^2 + v_1 + v_2
     */
    public T expectedSquaredGap(T bias1, T var1, T bias2, T var2) {
        return f.add(f.square(f.subtract(bias1, bias2)), f.add(var1, var2));
    }
}
