package org.marketproof.market.pricing;

/**
 * The exact ordered-item pricer: rev-bar^OPT(N) of (5) over the valuations in units, with a curve
 * attaining it. It is the test oracle for every other pricer.
 *
 * <p>By Lemma 1 (and the easy converse, section 2.2) rev-bar^OPT(N) = rev^OPT(N), the best
 * envy-free, individually rational scheme in EF(N). That scheme is found by
 * {@link BestSchemeSearch} over each type's jump sizes ({@link ValueTable#jumpSizes}) and turned
 * into a curve by {@link Lemma1Construction}, whose revenue under (4) is at least, hence equal to,
 * the scheme's. The solution reports upperBound = the scheme's revenue = rev^OPT(N), so a curve
 * revenue below it (a failure of Lemma 1) would show as a non-zero gap.
 *
 * <p>Cost: at most prod_k |jumps_k(N)| &lt;= (N + 1)^K leaves of O(K^2) each, far fewer after
 * pruning; measured sizes are in specs/pricing.md.
 */
public final class ExactPricer implements OrderedItemPricer {

    @Override
    public String name() {
        return "exact";
    }

    @Override
    public PricingSolution price(ValueTable values, int n) {
        int[][] candidates = new int[values.types()][];
        for (int k = 0; k < candidates.length; k++) {
            candidates[k] = values.jumpSizes(k, n);
        }
        EnvyFreeScheme best = BestSchemeSearch.best(values, candidates);
        PriceCurve curve = Lemma1Construction.curve(values, best, n);
        return new PricingSolution(curve, curve.revenue(values), best.revenue(values));
    }
}
