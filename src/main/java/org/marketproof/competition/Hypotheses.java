package org.marketproof.competition;

/**
 * The hypotheses of Theorems 1-4 evaluated on a market.
 *
 * @param positiveDemand {@code gamma^b_s > 0} for every {@code s in S_b} (Theorems 1-4; Lemma 3
 *     asks it for all pairs)
 * @param demandAboveThreshold {@code gamma_s >= underline(a)_s} for every {@code s} (Theorems 1, 4)
 * @param demandBelowUpper {@code gamma_s < bar(a)_s} for every {@code s} (Theorem 6)
 * @param allUnbounded {@code E_s = [0, inf)} for every {@code s}
 * @param allBounded {@code E_s = [0, e_max]} for every {@code s}
 * @param fullSharing every source sells to every aggregator (Sections III-IV)
 * @param aggregators {@code |B|}
 */
public record Hypotheses(boolean positiveDemand, boolean demandAboveThreshold, boolean demandBelowUpper,
        boolean allUnbounded, boolean allBounded, boolean fullSharing, int aggregators) {

    public static Hypotheses of(Market market) {
        boolean positive = true;
        boolean above = true;
        boolean below = true;
        boolean full = true;
        for (int s = 0; s < market.sourceCount(); s++) {
            for (int b : market.buyers(s)) {
                positive &= market.demand(b, s) > 0;
            }
            EffortModel e = market.effort(s);
            above &= market.totalDemand(s) >= e.lowerThreshold();
            below &= market.totalDemand(s) < e.upperThreshold();
            full &= market.buyers(s).length == market.aggregatorCount();
        }
        CompetitionInstance i = market.instance();
        return new Hypotheses(positive, above, below, i.allUnbounded(), i.allBounded(), full,
                market.aggregatorCount());
    }

    /** @return the hypotheses of Theorem 1 (Theorem 4 under partial sharing) */
    public boolean theorem1() {
        return allUnbounded && positiveDemand && demandAboveThreshold;
    }

    /** @return the hypotheses of Theorem 2 */
    public boolean theorem2() {
        return allBounded && positiveDemand;
    }
}
