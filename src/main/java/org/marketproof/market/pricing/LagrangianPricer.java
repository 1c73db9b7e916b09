package org.marketproof.market.pricing;

import java.util.Arrays;

/**
 * The exact ordered-item pricer: rev^OPT(N) by branch and bound with flow bounds
 * ({@link BoxSearch}).
 */
public final class LagrangianPricer implements OrderedItemPricer {

    private final long budget;

    public LagrangianPricer() {
        this(Long.MAX_VALUE);
    }

    /** @param budget boxes after which the answer is the best found with its certified bound */
    public LagrangianPricer(long budget) {
        this.budget = budget;
    }

    @Override
    public String name() {
        return "exact";
    }

    @Override
    public PricingSolution price(ValueTable values, int n) {
        int k = values.types();
        long[][] rows = new long[k][];
        int[][] domains = new int[k][];
        int[] counts = new int[k];
        for (int l = 0; l < k; l++) {
            rows[l] = Arrays.copyOf(values.toRow(l), n + 1);
            domains[l] = values.jumpSizes(l, n);
            counts[l] = values.count(l);
        }
        BoxSearch.Outcome o = new BoxSearch(rows, counts, budget).solve(domains, 0);
        EnvyFreeScheme best = o.sizes() == null ? EnvyFreeScheme.of(new int[k], new long[k])
                : EnvyFreeScheme.of(o.sizes(), o.prices());
        PriceCurve curve = Lemma1Construction.curve(values, best, n);
        long revenue = curve.revenue(values);
        return new PricingSolution(curve, revenue, Math.max(revenue, o.upperBound()));
    }
}
