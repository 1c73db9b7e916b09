package org.marketproof.market.mechanism;

import java.util.List;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.settlement.Settlement;

/**
 * A mechanism M = ({N_i}, {m_j}, {p_j}, {pi_i}) of paper 000, section 3.1: a design, and the price
 * and payment rules applied to whatever datasets the contributors submit.
 *
 * <p>This is the interface a user implements to have the suite audit their own mechanism (see
 * README, "Auditing your mechanism"). Implementations must be deterministic functions of their
 * inputs: the buyers' random subsets do not enter prices or payments in any mechanism of the
 * papers, and are drawn separately (see {@code BuyerAllocation}).
 */
public interface Mechanism {

    /** @return a short name used in output and on the command line */
    String name();

    /**
     * @param instance the market the mechanism is to run on
     * @return the instructions and allocations for {@code instance}
     * @throws org.marketproof.InvalidInputException if the mechanism cannot serve the instance
     *     (the message says why)
     */
    Design design(MarketInstance instance);

    /**
     * Applies the price and payment rules.
     *
     * @param design a design this mechanism returned
     * @param submissions Y_i for every contributor in cost order (possibly empty, of any size)
     * @return each buyer type's price (per buyer) and each contributor's payment, exactly
     */
    Settlement settle(Design design, List<double[]> submissions);

    /**
     * Declares that prices and payments depend on the submissions only through their sizes and
     * sample means, as polynomials of degree at most 2 in the means (Algorithm 2's (14), (15)).
     * The strategic suite then evaluates utilities exactly, by probing the mechanism (see
     * {@code org.marketproof.market.strategy.MeanQuadraticForm}); the declaration is spot-checked
     * there and by a metamorphic property. Default: no such promise.
     *
     * @return whether the mechanism makes this promise
     */
    default boolean dependsOnlyOnSizesAndMeans() {
        return false;
    }

    /**
     * Declares translation invariance: shifting every submitted point by the same t changes no
     * price and no payment. With translation-equivariant strategies the expected utilities then do
     * not depend on the unknown mean mu, so one mu determines the infimum of (7). The promise is about
     * non-empty submissions (an empty one has no points to shift). Default: no such promise.
     *
     * @return whether the mechanism makes this promise
     */
    default boolean translationInvariant() {
        return false;
    }
}
