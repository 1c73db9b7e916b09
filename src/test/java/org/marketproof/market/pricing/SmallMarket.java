package org.marketproof.market.pricing;

import java.util.Arrays;

/**
 * A generated small market: tabulated valuations of K buyer types up to N, with counts, and the
 * cheapest cost c_1. Printed in full when a property fails.
 *
 * @param values v_k(0..N) per type in units
 * @param counts buyers per type
 * @param c1 the cheapest contributor's cost
 */
record SmallMarket(long[][] values, int[] counts, double c1) {

    ValueTable table() {
        return ValueTable.of(values, counts);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("SmallMarket{c1=").append(c1).append(", types=[");
        for (int k = 0; k < values.length; k++) {
            b.append(k == 0 ? "" : ", ").append(counts[k]).append(" x ").append(Arrays.toString(values[k]));
        }
        return b.append("]}").toString();
    }
}
