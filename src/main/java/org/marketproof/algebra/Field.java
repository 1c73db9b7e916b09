package org.marketproof.algebra;

/**
 * The arithmetic of an ordered field, as a strategy object, so that a formula of the papers is
 * written once and evaluated three ways: in exact rationals ({@link ExactField}) for settlement,
 * in doubles ({@link DoubleField}) for speed, and as symbolic real terms for the Z3 proofs in
 * {@code proofs/}. A formula that is generic in {@code T} and uses only these operations means
 * the same thing in every instantiation.
 *
 * @param <T> the element type
 */
public interface Field<T> {

    /**
     * @param n an integer
     * @return the integer {@code n} as an element
     */
    T of(long n);

    /**
     * @param x a finite double
     * @return the value of {@code x} as an element; exact in {@link ExactField} (every finite
     *     double is a dyadic rational)
     * @throws IllegalArgumentException if {@code x} is not finite
     */
    T of(double x);

    /**
     * @param a the left operand
     * @param b the right operand
     * @return {@code a + b}
     */
    T add(T a, T b);

    /**
     * @param a the left operand
     * @param b the right operand
     * @return {@code a - b}
     */
    T subtract(T a, T b);

    /**
     * @param a the left operand
     * @param b the right operand
     * @return {@code a * b}
     */
    T multiply(T a, T b);

    /**
     * @param a the dividend
     * @param b the divisor, non-zero
     * @return {@code a / b} (in {@link DoubleField}, an infinity or NaN for {@code b = 0})
     * @throws ArithmeticException if {@code b} is zero (fields that can tell)
     */
    T divide(T a, T b);

    /** @return the additive identity {@code 0} */
    default T zero() {
        return of(0L);
    }

    /** @return the multiplicative identity {@code 1} */
    default T one() {
        return of(1L);
    }

    /**
     * @param a an element
     * @return {@code -a}
     */
    default T negate(T a) {
        return subtract(zero(), a);
    }

    /**
     * @param a an element
     * @return {@code a * a}
     */
    default T square(T a) {
        return multiply(a, a);
    }

    /**
     * @param terms the elements to add, left to right
     * @return the sum of the given elements, {@code 0} when there are none
     */
    @SuppressWarnings("unchecked")
    default T sum(T... terms) {
        T s = zero();
        for (T t : terms) {
            s = add(s, t);
        }
        return s;
    }
}
