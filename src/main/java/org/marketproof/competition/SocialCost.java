package org.marketproof.competition;

/**
 * The ex-ante social cost (30), its minimiser (Lemma 3) and the price of anarchy (Definition 6).
 *
 * <p>Payments are transfers and cancel; what is left is {@code L(e) = sum_s Gamma_s sigma_s^2(e_s)
 * + sum_s e_s} with {@code Gamma_s = sum_{j in B} gamma^j_s} (proof of Lemma 3). Definition 5
 * assumes {@code eta^j = 1}; for other {@code eta} we measure every party in money, dividing
 * aggregator {@code j}'s estimation terms by {@code eta^j}, which is the same thing when all {@code
 * eta^j = 1} and keeps the payments cancelling otherwise. The cost is separable and each term is
 * strictly convex in {@code e_s} (Assumption 3), so its minimiser over {@code E_s} is the effort a
 * source would choose facing total coefficient {@code Gamma_s}: {@code hat e_s = mu_s(Gamma_s)}
 * ((31) with its corners).
 */
public final class SocialCost {
    private final Market market;

    /** @param market the market's constants (its {@code Gamma_s} and effort models) */
    public SocialCost(Market market) {
        this.market = market;
    }

    /**
     * @param efforts the sources' efforts {@code e_s}, one per source
     * @return {@code L(e)} (30)
     */
    public double at(double[] efforts) {
        double total = 0;
        for (int s = 0; s < efforts.length; s++) {
            total += market.socialDemand(s) * market.effort(s).variance(efforts[s]) + efforts[s];
        }
        return total;
    }

    /** @return the unique minimiser {@code hat e} of (30) (Lemma 3) */
    public double[] optimum() {
        double[] e = new double[market.sourceCount()];
        for (int s = 0; s < e.length; s++) {
            e[s] = market.effort(s).bestEffort(market.socialDemand(s));
        }
        return e;
    }

    /**
     * @return {@code PoA(e) = L(e) / L(hat e)} (Definition 6); defined when {@code L(hat e) > 0},
     *     which holds whenever every {@code Gamma_s >= 0} (the variances are positive)
     * @param efforts the sources' efforts {@code e_s} at an equilibrium, one per source
     * @throws IllegalStateException if {@code L(hat e) <= 0}
     */
    public double priceOfAnarchy(double[] efforts) {
        double best = at(optimum());
        if (!(best > 0)) {
            throw new IllegalStateException("the optimal social cost " + best
                    + " is not positive, so the price of anarchy (Definition 6) is undefined");
        }
        return at(efforts) / best;
    }

    /** @return whether {@link #priceOfAnarchy} is defined */
    public boolean priceOfAnarchyDefined() {
        return at(optimum()) > 0;
    }
}
