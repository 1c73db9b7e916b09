package org.marketproof.cli;

import org.marketproof.InvalidInputException;
import org.marketproof.market.pricing.ExactPricer;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.pricing.OrderedItemPricer;
import picocli.CommandLine.Option;

/** The choice of ordered-item pricing algorithm A, shared by every command that runs Algorithm 1. */
public final class PricerOptions {

    /** Default epsilon of the scalable pricer. */
    public static final double DEFAULT_EPSILON = 1e-3;

    @Option(names = "--exact", description = "Use the exact ordered-item pricer (small instances only).")
    boolean exact;

    @Option(names = "--epsilon", paramLabel = "E",
            description = "Accuracy of the scalable pricer: revenue within |B|*E of the optimum (default ${DEFAULT-VALUE}).",
            defaultValue = "0.001")
    double epsilon = DEFAULT_EPSILON;

    /** @return the pricer the options select */
    public OrderedItemPricer pricer() {
        if (exact) {
            return new ExactPricer();
        }
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new InvalidInputException("--epsilon", "must be in (0, 1), found " + epsilon);
        }
        return new GridPricer(epsilon);
    }
}
