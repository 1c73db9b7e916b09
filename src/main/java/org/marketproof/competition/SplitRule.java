package org.marketproof.competition;

/**
 * How the total coefficient of a source pinned at a threshold of {@code A_s} is split among its
 * buyers when their unconstrained demands {@code K^b} (the right side of (25)) add up to a total
 * {@code D} outside {@code A_s}. Every split with {@code a^b <= K^b} (total at {@code bar(a)_s}) or
 * {@code a^b >= K^b} (total at {@code underline(a)_s}) is consistent with each buyer's best
 * response (28); the rules are continuous selections, so each defines a continuous map whose
 * fixed points are GN equilibria, and different rules can reach different equilibria (Theorem 2,
 * item 1).
 */
public enum SplitRule {
    /** {@code a^b = K^b target / D}. */
    PROPORTIONAL,
    /** Buyers in ascending index take up to their demand first; the first absorbs a shortfall. */
    PRIORITY_ASCENDING,
    /** As {@link #PRIORITY_ASCENDING}, in descending index. */
    PRIORITY_DESCENDING;

    /**
     * @param demands {@code K^b >= 0} of the buyers, in ascending buyer index
     * @param target the threshold the total is pinned to
     * @return coefficients adding up to {@code target}
     */
    double[] split(double[] demands, double target) {
        int k = demands.length;
        double total = 0;
        for (double d : demands) {
            total += d;
        }
        double[] out = new double[k];
        if (this == PROPORTIONAL) {
            for (int i = 0; i < k; i++) {
                out[i] = total > 0 ? demands[i] * target / total : target / k;
            }
            return out;
        }
        int first = this == PRIORITY_ASCENDING ? 0 : k - 1;
        int step = this == PRIORITY_ASCENDING ? 1 : -1;
        if (total <= target) {
            System.arraycopy(demands, 0, out, 0, k);
            out[first] += target - total;
            return out;
        }
        double left = target;
        for (int i = first; i >= 0 && i < k; i += step) {
            out[i] = Math.min(demands[i], left);
            left -= out[i];
        }
        return out;
    }
}
