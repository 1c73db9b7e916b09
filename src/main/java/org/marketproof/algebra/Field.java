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

    /** @return the integer {@code n} as an element */
    T of(long n);

    /**
     * @return the value of {@code x} as an element; exact in {@link ExactField} (every finite
     *     double is a dyadic rational)
     * @throws IllegalArgumentException if {@code x} is not finite
     */
    T of(double x);

    T add(T a, T b);

    T subtract(T a, T b);

    T multiply(T a, T b);

    /** @throws ArithmeticException if {@code b} is zero (fields that can tell) */
    T divide(T a, T b);

    default T zero() {
        return of(0L);
    }

    default T one() {
        return of(1L);
    }

    default T negate(T a) {
        return subtract(zero(), a);
    }

    default T square(T a) {
        return multiply(a, a);
    }

    /** @return the sum of the given elements, {@code 0} when there are none */
    @SuppressWarnings("unchecked")
    default T sum(T... terms) {
        T s = zero();
        for (T t : terms) {
            s = add(s, t);
        }
        return s;
    }
}
