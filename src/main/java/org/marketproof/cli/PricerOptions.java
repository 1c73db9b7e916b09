package org.marketproof.cli;

import org.marketproof.InvalidInputException;
import org.marketproof.claims.Progress;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.pricing.LagrangianPricer;
import org.marketproof.market.pricing.OrderedItemPricer;
import picocli.CommandLine.Option;

/**
 * The choice of ordered-item pricing algorithm A, shared by every command that runs Algorithm 1:
 * the exact flow-bound solver by default (issue 9), the grid pricer only when asked for.
 */
public final class PricerOptions {

    /** More threads than this only adds overhead on any machine the suite targets. */
    private static final int MAX_THREADS = 64;

    @Option(names = "--exact", description = "Use the exact pricer (the default; kept for scripts).")
    boolean exact;

    @Option(names = "--epsilon", paramLabel = "E",
            description = "Use the grid pricer instead, epsilon in (0, 1): revenue within 2 E per buyer of the optimum.")
    Double epsilon;

    @Option(names = "--threads", paramLabel = "T",
            description = "N the exact Algorithm 1 examines at once, each on its own thread (default: "
                    + LagrangianPricer.DEFAULT_THREADS + "); the answer does not depend on it.")
    Integer threads;

    /** @return the pricer the options select, reporting no progress */
    public OrderedItemPricer pricer() {
        return pricer(Progress.NONE);
    }

    /**
     * @param progress told how far the exact Algorithm 1 has got (the grid pricer reports nothing)
     * @return the pricer the options select
     */
    public OrderedItemPricer pricer(Progress progress) {
        if (exact && epsilon != null) {
            throw new InvalidInputException("--epsilon", "not used with --exact");
        }
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            throw new InvalidInputException("--threads", "must be in 1.." + MAX_THREADS + ", found " + threads);
        }
        if (epsilon == null) {
            return new LagrangianPricer(Long.MAX_VALUE, threads == null ? LagrangianPricer.DEFAULT_THREADS : threads,
                    progress);
        }
        if (threads != null) {
            throw new InvalidInputException("--threads", "applies to the exact pricer, not with --epsilon");
        }
        double e = epsilon;
        if (!(e > 0 && e < 1)) {
            throw new InvalidInputException("--epsilon", "must be in (0, 1), found " + e);
        }
        return new GridPricer(e);
    }
}
