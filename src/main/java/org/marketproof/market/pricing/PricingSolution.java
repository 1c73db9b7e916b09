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
