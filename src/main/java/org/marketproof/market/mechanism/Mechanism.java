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
}
