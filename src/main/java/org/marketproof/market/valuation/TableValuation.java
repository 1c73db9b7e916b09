package org.marketproof.market.valuation;

import java.util.Arrays;

/**
 * v^d given directly: {@code values[m]} for m = 0..K, constant after K.
 *
 * <p>There is no error valuation behind a table, so {@link #errorValue} is not defined; Monte Carlo
 * checks of equation (11) skip this kind.
 */
public final class TableValuation implements Valuation {

    private final double[] values;

    /**
     * @param values v^d(0..K); must start at 0, be non-decreasing and lie in [0, 1] (checked by the
     *     instance reader, which names the field)
     */
    public TableValuation(double[] values) {
        this.values = values.clone();
    }

    @Override
    public String kind() {
        return "table";
    }

    /** @return a copy of v^d(0..K) */
    public double[] values() {
        return values.clone();
    }

    @Override
    public double errorValue(double error) {
        throw new UnsupportedOperationException("a table valuation gives v^d only, not v^e");
    }

    @Override
    public double dataValue(long m, double variance) {
        return values[(int) Math.min(m, values.length - 1)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableValuation t && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TableValuation" + Arrays.toString(values);
    }
}
