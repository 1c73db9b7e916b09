package org.marketproof.market.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The scalable ordered-item pricer: the exact optimum over a size grid on which every buyer type's
 * value moves by less than delta = epsilon^2 between neighbouring grid points.
 *
 * <p><b>Grid.</b> G = {0} united with, for every type k and level i &gt;= 1, the least m &lt;= N with
 * v_k(m) >= i delta. Between a size m and r(m) = max(G intersected with [0, m]) no type crosses a
 * level, so v_k(m) - v_k(r(m)) &lt; delta for every k at once. |G| &lt;= 1 + sum_k min(N, 1/delta).
 *
 * <p><b>Bound (specs/pricing.md, Theorem G).</b> The best envy-free scheme with sizes in G has
 * revenue > rev^OPT(N) - |B| (alpha + delta / alpha) for any alpha in (0, 1]; with alpha = epsilon
 * the loss is &lt; 2 epsilon per buyer. Proof sketch: round an optimal scheme's sizes down to G,
 * multiply its prices by (1 - alpha) and let each buyer pick her best option (ties to the larger
 * size) among these and (0, 0). A buyer leaving her own option for option o gains at most delta in
 * value terms, so alpha p_o > alpha p_j - delta, and she pays (1 - alpha) p_o > p_j - alpha - delta
 * / alpha. The solver computes that grid optimum exactly with {@link BestSchemeSearch} and turns it
 * into a curve with {@link Lemma1Construction}, which keeps or raises its revenue.
 *
 * <p>The reported upper bound is min(revenue + |B| ceil(epsilon + delta/epsilon in units),
 * sum_j v_j(N)), both certified.
 */
public final class GridPricer implements OrderedItemPricer {

    private final double epsilon;
    private final long delta;
    private final long lossPerBuyer;

    /** @param epsilon in (0, 1): the revenue loss is below 2 epsilon per buyer */
    public GridPricer(double epsilon) {
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon must be in (0, 1): " + epsilon);
        }
        this.epsilon = epsilon;
        BigDecimal eps = new BigDecimal(epsilon);
        BigDecimal one = BigDecimal.valueOf(ValueUnits.ONE);
        this.delta = Math.max(1, eps.multiply(eps).multiply(one).setScale(0, RoundingMode.FLOOR).longValueExact());
        BigDecimal alpha = eps.multiply(one);
        this.lossPerBuyer = alpha.add(BigDecimal.valueOf(delta).divide(eps, 0, RoundingMode.CEILING))
                .setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** @return epsilon */
    public double epsilon() {
        return epsilon;
    }

    /** @return ceil(ONE (epsilon + delta/epsilon)) in units, at most 2 epsilon ONE + 2: the certified loss per buyer */
    public long lossPerBuyer() {
        return lossPerBuyer;
    }

    @Override
    public String name() {
        return "grid(eps=" + epsilon + ")";
    }

    @Override
    public PricingSolution price(ValueTable values, int n) {
        boolean[] onGrid = new boolean[n + 1];
        onGrid[0] = true;
        for (int k = 0; k < values.types(); k++) {
            long nextLevel = delta;
            for (int m = 1; m <= n; m++) {
                if (values.value(k, m) >= nextLevel) {
                    onGrid[m] = true;
                    nextLevel = (values.value(k, m) / delta + 1) * delta;
                }
            }
        }
        int[][] candidates = new int[values.types()][];
        for (int k = 0; k < candidates.length; k++) {
            int[] c = new int[n + 1];
            int len = 0;
            long last = -1;
            for (int m = 0; m <= n; m++) {
                if (onGrid[m] && values.value(k, m) > last) {
                    c[len++] = m;
                    last = values.value(k, m);
                }
            }
            candidates[k] = Arrays.copyOf(c, len);
        }
        EnvyFreeScheme best = BestSchemeSearch.best(values, candidates);
        PriceCurve curve = Lemma1Construction.curve(values, best, n);
        long revenue = curve.revenue(values);
        long bound = Math.min(Math.min(revenue + values.buyers() * lossPerBuyer, values.totalValue(n)),
                flowBound(values, n));
        return new PricingSolution(curve, revenue, bound);
    }

    /**
     * @return the optimised flow bound on rev^OPT(n) (Lemma F, specs/pricing.md), evaluated exactly,
     *     so usually far below the |B| 2 epsilon of Theorem G; Long.MAX_VALUE if the programme fails
     */
    private static long flowBound(ValueTable values, int n) {
        LagrangianPricer.Tables t = LagrangianPricer.Tables.of(values, n);
        FlowBound f = new FlowLp(t.rows(), t.counts()).optimise(t.domains(), null);
        return f == null ? Long.MAX_VALUE : f.curve(t.domains(), n)[n];
    }
}
