package org.marketproof.market.pricing;

/**
 * What an ordered-item pricing algorithm returns for N points.
 *
 * @param curve the price curve on {0..N}
 * @param revenue rev-bar(N, curve) of (5), in units
 * @param upperBound a certified upper bound on rev-bar^OPT(N), in units: equal to {@code revenue}
 *     when the algorithm proves optimality
 */
public record PricingSolution(PriceCurve curve, long revenue, long upperBound) {
    /**
     * Refuses a bound that the solution itself beats: the optimum is at least any revenue achieved.
     *
     * @param curve q_N, the price curve on {0..N}
     * @param revenue rev-bar(N, q_N) of (5) in units, as the pricer computed it
     * @param upperBound the pricer's certified bound on rev-bar^OPT(N) in units, at least
     *     {@code revenue}
     * @throws IllegalArgumentException if {@code upperBound < revenue}
     */
    public PricingSolution {
        if (upperBound < revenue) {
            throw new IllegalArgumentException("upper bound " + upperBound + " below revenue " + revenue);
        }
    }

    /** @return the certified gap {@code upperBound - revenue}, in units (0 when proved optimal) */
    public long gap() {
        return upperBound - revenue;
    }
}
