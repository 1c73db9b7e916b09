package org.marketproof.market.pricing;

import java.util.Arrays;

/**
 * A pricing scheme {(m_j, p_j)} of section 2.1 of paper 000, one dataset size and one price per
 * buyer type (all buyers of a type get the same allocation), prices in {@link ValueUnits}.
 *
 * <p>The scheme need not be envy-free; {@link EnvyJudge} decides EFB and IRB with the verified
 * kernel. Restricting to one allocation per type loses nothing: two buyers of one type in an
 * envy-free scheme have equal utility, so both can take the dearer of their two allocations
 * without creating envy (specs/pricing.md, S0).
 */
public final class EnvyFreeScheme {

    private final int[] sizes;
    private final long[] prices;

    private EnvyFreeScheme(int[] sizes, long[] prices) {
        this.sizes = sizes;
        this.prices = prices;
    }

    /**
     * @param sizes m_k per type, each {@code >= 0}
     * @param prices p_k per type in units, each in [0, ONE]
     * @return the scheme {(m_k, p_k)}, holding its own copies of the arrays
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a size is
     *     negative, or a price lies outside [0, {@link ValueUnits#ONE}]
     */
    public static EnvyFreeScheme of(int[] sizes, long[] prices) {
        if (sizes.length == 0 || sizes.length != prices.length) {
            throw new IllegalArgumentException("need one size and one price per type, at least one type");
        }
        for (int k = 0; k < sizes.length; k++) {
            if (sizes[k] < 0) {
                throw new IllegalArgumentException("size of type " + k + " is negative: " + sizes[k]);
            }
            if (prices[k] < 0 || prices[k] > ValueUnits.ONE) {
                throw new IllegalArgumentException("price of type " + k + " outside [0, 1]: " + prices[k] + " units");
            }
        }
        return new EnvyFreeScheme(sizes.clone(), prices.clone());
    }

    /** @return K, the number of types */
    public int types() {
        return sizes.length;
    }

    /**
     * @param type the buyer type k, 0 &lt;= k &lt; {@link #types()}
     * @return m_k, the dataset size given to every buyer of type k
     * @throws ArrayIndexOutOfBoundsException if {@code type} is outside 0..K-1
     */
    public int size(int type) {
        return sizes[type];
    }

    /**
     * @param type the buyer type k, 0 &lt;= k &lt; {@link #types()}
     * @return p_k in units, the price every buyer of type k pays
     * @throws ArrayIndexOutOfBoundsException if {@code type} is outside 0..K-1
     */
    public long price(int type) {
        return prices[type];
    }

    /** @return max_k m_k; the scheme is in EF(N) for every N at least this */
    public int largestSize() {
        return Arrays.stream(sizes).max().orElseThrow();
    }

    /**
     * @param values the table giving the number of buyers of each type (only the counts are read)
     * @return rev of (2): the sum over all buyers of their price, in units
     * @throws IllegalArgumentException if {@code values} has a different number of types
     */
    public long revenue(ValueTable values) {
        if (values.types() != sizes.length) {
            throw new IllegalArgumentException("scheme has " + sizes.length + " types, table " + values.types());
        }
        long rev = 0;
        for (int k = 0; k < sizes.length; k++) {
            rev += values.count(k) * prices[k];
        }
        return rev;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnvyFreeScheme s && Arrays.equals(sizes, s.sizes) && Arrays.equals(prices, s.prices);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sizes) + Arrays.hashCode(prices);
    }

    @Override
    public String toString() {
        return "EnvyFreeScheme{sizes=" + Arrays.toString(sizes) + ", prices=" + Arrays.toString(prices) + "}";
    }
}
