package org.marketproof.cli;

import org.marketproof.InvalidInputException;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.pricing.LagrangianPricer;
import org.marketproof.market.pricing.OrderedItemPricer;
import picocli.CommandLine.Option;

/**
 * The choice of ordered-item pricing algorithm A, shared by every command that runs Algorithm 1:
 * the exact flow-bound solver by default (issue 9), the grid pricer only when asked for.
 */
public final class PricerOptions {

    @Option(names = "--exact", description = "Use the exact pricer (the default; kept for scripts).")
    boolean exact;

    @Option(names = "--epsilon", paramLabel = "E",
            description = "Use the grid pricer instead, epsilon in (0, 1): revenue within 2 E per buyer of the optimum.")
    Double epsilon;

    /** @return the pricer the options select */
    public OrderedItemPricer pricer() {
        if (exact && epsilon != null) {
            throw new InvalidInputException("--epsilon", "not used with --exact");
        }
        if (epsilon == null) {
            return new LagrangianPricer();
        }
        double e = epsilon;
        if (!(e > 0 && e < 1)) {
            throw new InvalidInputException("--epsilon", "must be in (0, 1), found " + e);
        }
        return new GridPricer(e);
    }
}
