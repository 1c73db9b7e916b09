package org.marketproof.market.claims;

import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.claims.Progress;
import org.marketproof.market.pricing.ExactPricer;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.pricing.LagrangianPricer;
import org.marketproof.market.pricing.OrderedItemPricer;
import org.marketproof.market.pricing.ValueUnits;
import org.marketproof.market.strategy.DeviationSearch;

/**
 * How the catalog checks: the |B| O(epsilon) of Theorem 5.1 and Lemma 2 made a number, and the
 * deviation search of ICC and Theorem 3.
 *
 * @param lossPerBuyer O(epsilon): the revenue per buyer an ordered-item pricer may lose (2 epsilon
 *     for the grid pricer, 0 for the exact one), exact
 * @param lossSource where that number comes from
 * @param search the deviation search
 */
public record MarketCheckOptions(BigFraction lossPerBuyer, String lossSource, DeviationSearch search) {

    /**
     * The default: the loss of the command line's default pricer (exact, {@link LagrangianPricer}) and the standard search.
     *
     * @return options with loss 0 and {@link DeviationSearch#standard} without progress output
     */
    public static MarketCheckOptions defaults() {
        return forPricer(new LagrangianPricer());
    }

    /**
     * @param pricer the ordered-item pricer Algorithm 1 runs with
     * @return the options for a run whose mechanism prices with {@code pricer}: loss 0 for an
     *     exact pricer, else the grid pricer's {@code 2 epsilon} per buyer (epsilon 0.01 for a
     *     pricer of unknown accuracy)
     */
    public static MarketCheckOptions forPricer(OrderedItemPricer pricer) {
        DeviationSearch search = DeviationSearch.standard(Progress.NONE);
        if (pricer instanceof ExactPricer || pricer instanceof LagrangianPricer l && l.exact()) {
            return new MarketCheckOptions(BigFraction.ZERO, "exact pricer: no loss", search);
        }
        // a pricer of unknown accuracy is held to the paper's O(epsilon) at the grid's default epsilon
        GridPricer g = pricer instanceof GridPricer grid ? grid : new GridPricer(0.01);
        String who = pricer instanceof GridPricer ? "grid pricer" : "pricer of unknown accuracy, held to the grid pricer's";
        return new MarketCheckOptions(ValueUnits.toExact(g.lossPerBuyer()), who + " epsilon " + g.epsilon()
                + ": < 2 epsilon per buyer", search);
    }

    /**
     * @param s the deviation search to use instead
     * @return these options with another search
     */
    public MarketCheckOptions withSearch(DeviationSearch s) {
        return new MarketCheckOptions(lossPerBuyer, lossSource, s);
    }
}
