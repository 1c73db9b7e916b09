package org.marketproof.cli;

import org.marketproof.InvalidInputException;
import org.marketproof.market.pricing.LagrangianPricer;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.pricing.OrderedItemPricer;
import picocli.CommandLine.Option;

/** The choice of ordered-item pricing algorithm A, shared by every command that runs Algorithm 1. */
public final class PricerOptions {

    /** Default epsilon of the grid pricer. */
    public static final double DEFAULT_EPSILON = 0.01;

    @Option(names = "--exact", description = "Use the exact ordered-item pricer (small instances only).")
    boolean exact;

    @Option(names = "--epsilon", paramLabel = "E",
            description = "Grid pricer epsilon in (0, 1): revenue within 2 E per buyer of the optimum (default 0.01).")
    Double epsilon;

    /** @return the pricer the options select */
    public OrderedItemPricer pricer() {
        if (exact && epsilon != null) {
            throw new InvalidInputException("--epsilon", "not used with --exact");
        }
        if (exact) {
            return new LagrangianPricer();
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
