package org.marketproof.market.pricing;

import org.marketproof.kernel.EnvyFreeness;

/**
 * EFB and IRB (section 2.1 of paper 000) decided by the verified kernel {@link EnvyFreeness}, the
 * one predicate the project uses for them. This class only lays out the kernel's tables.
 *
 * <p>Two readings of the options a buyer compares: the allocations of the other buyer types (EFB
 * exactly as the paper states it), or every point (m, q(m)) of a posted price curve (the purchase
 * model (4): a buyer given {@code chosen} envies no point of the curve).
 */
public final class EnvyJudge {

    private EnvyJudge() {
    }

    /**
     * @param values the valuations v_k(m) in units, tabulated at least up to every size of the
     *     scheme
     * @param scheme one (m_k, p_k) per buyer type of {@code values}
     * @return EFB: no buyer type strictly prefers another type's (m_k, p_k) to her own
     * @throws IllegalArgumentException if the scheme and the table differ in their number of types
     * @throws ArrayIndexOutOfBoundsException if {@code values} stops before a size of the scheme
     */
    public static boolean envyFree(ValueTable values, EnvyFreeScheme scheme) {
        Tables t = amongAllocations(values, scheme);
        return EnvyFreeness.envyFree(t.value, t.price, t.chosen);
    }

    /**
     * @param values the valuations v_k(m) in units, tabulated at least up to every size of the
     *     scheme
     * @param scheme one (m_k, p_k) per buyer type of {@code values}
     * @return IRB: every buyer type's utility v_k(m_k) - p_k is non-negative
     * @throws IllegalArgumentException if the scheme and the table differ in their number of types
     * @throws ArrayIndexOutOfBoundsException if {@code values} stops before a size of the scheme
     */
    public static boolean individuallyRational(ValueTable values, EnvyFreeScheme scheme) {
        Tables t = amongAllocations(values, scheme);
        return EnvyFreeness.individuallyRational(t.value, t.price, t.chosen);
    }

    /**
     * @param values the valuations v_k(m) in units, tabulated at least up to N
     * @param curve the posted price curve q on {0..N}
     * @param chosen the size each type receives on the curve
     * @return no type strictly prefers any point (m, q(m)), m = 0..N, to the one it is given
     * @throws IllegalArgumentException if {@code chosen} does not hold one size in 0..N per type
     * @throws ArrayIndexOutOfBoundsException if {@code values} stops before N
     */
    public static boolean envyFreeOnCurve(ValueTable values, PriceCurve curve, int[] chosen) {
        Tables t = onCurve(values, curve, chosen);
        return EnvyFreeness.envyFree(t.value, t.price, t.chosen);
    }

    /**
     * @param values the valuations v_k(m) in units, tabulated at least up to N
     * @param curve the posted price curve q on {0..N}
     * @param chosen the size each type receives on the curve, in 0..N
     * @return every type's utility for the curve point it is given is non-negative
     * @throws IllegalArgumentException if {@code chosen} does not hold one size in 0..N per type
     * @throws ArrayIndexOutOfBoundsException if {@code values} stops before N
     */
    public static boolean individuallyRationalOnCurve(ValueTable values, PriceCurve curve, int[] chosen) {
        Tables t = onCurve(values, curve, chosen);
        return EnvyFreeness.individuallyRational(t.value, t.price, t.chosen);
    }

    private record Tables(long[][] value, long[] price, int[] chosen) {
    }

    private static Tables amongAllocations(ValueTable values, EnvyFreeScheme scheme) {
        int types = scheme.types();
        if (values.types() != types) {
            throw new IllegalArgumentException("scheme has " + types + " types, table " + values.types());
        }
        long[][] value = new long[types][types];
        long[] price = new long[types];
        int[] chosen = new int[types];
        for (int k = 0; k < types; k++) {
            price[k] = scheme.price(k);
            chosen[k] = k;
            for (int o = 0; o < types; o++) {
                value[k][o] = values.value(k, scheme.size(o));
            }
        }
        return new Tables(value, price, chosen);
    }

    private static Tables onCurve(ValueTable values, PriceCurve curve, int[] chosen) {
        int n = curve.maxSize();
        if (chosen.length != values.types()) {
            throw new IllegalArgumentException("need one chosen size per type");
        }
        long[][] value = new long[values.types()][n + 1];
        for (int k = 0; k < values.types(); k++) {
            if (chosen[k] < 0 || chosen[k] > n) {
                throw new IllegalArgumentException("type " + k + " is given size " + chosen[k] + " outside 0.." + n);
            }
            for (int m = 0; m <= n; m++) {
                value[k][m] = values.value(k, m);
            }
        }
        return new Tables(value, curve.prices(), chosen.clone());
    }
}
