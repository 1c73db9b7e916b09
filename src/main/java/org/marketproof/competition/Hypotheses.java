package org.marketproof.competition;

/**
 * The hypotheses of Theorems 1-4 evaluated on a market.
 *
 * @param positiveDemand {@code gamma^b_s > 0} for every {@code s in S_b} (Theorems 1-4; Lemma 3
 *     asks it for all pairs)
 * @param demandAboveThreshold {@code gamma_s >= underline(a)_s} for every {@code s} (Theorems 1, 4)
 * @param allUnbounded {@code E_s = [0, inf)} for every {@code s}
 * @param allBounded {@code E_s = [0, e_max]} for every {@code s}
 * @param fullSharing every source sells to every aggregator (Sections III-IV)
 */
public record Hypotheses(boolean positiveDemand, boolean demandAboveThreshold, boolean allUnbounded,
        boolean allBounded, boolean fullSharing) {

    /**
     * @param market the market's constants
     * @return the hypotheses decided in doubles
     */
    public static Hypotheses of(Market market) {
        return of(market, java.util.Optional.empty());
    }

    /**
     * @param market the market's constants
     * @param exact the market's exact constants, when it has them: then every comparison of a
     *     demand with 0 or with the lower threshold is exact
     * @return the hypotheses, exactly where {@code exact} is present, else in doubles
     */
    public static Hypotheses of(Market market, java.util.Optional<ExactMarket> exact) {
        boolean positive = true;
        boolean above = true;
        boolean full = true;
        for (int s = 0; s < market.sourceCount(); s++) {
            EffortModel e = market.effort(s);
            if (exact.isPresent()) {
                ExactMarket em = exact.get();
                for (int b : market.buyers(s)) {
                    positive &= em.demand(b, s).signum() > 0;
                }
                above &= Exact.compare(em.totalDemand(s), em.lowerThreshold(s)) >= 0;
            } else {
                for (int b : market.buyers(s)) {
                    positive &= market.demand(b, s) > 0;
                }
                above &= market.totalDemand(s) >= e.lowerThreshold();
            }
            full &= market.buyers(s).length == market.aggregatorCount();
        }
        CompetitionInstance i = market.instance();
        return new Hypotheses(positive, above, i.allUnbounded(), i.allBounded(), full);
    }

    /** @return the hypotheses of Theorem 1 (Theorem 4 under partial sharing) */
    public boolean theorem1() {
        return allUnbounded && positiveDemand && demandAboveThreshold;
    }
}
