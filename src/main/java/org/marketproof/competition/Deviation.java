package org.marketproof.competition;

/**
 * Aggregator's best unilateral deviation found by the {@link DeviationOracle}.
 *
 * @param aggregator its name
 * @param feasible whether the candidate satisfies its constraints in (20)/(37)
 * @param problem the violated constraint when infeasible, else empty
 * @param currentLoss its loss {@code L^b / eta^b} at the candidate
 * @param bestLoss the smallest loss found over its feasible strategies
 * @param tolerance improvements at or below this are rounding, not improvements
 */
public record Deviation(String aggregator, boolean feasible, String problem, double currentLoss,
        double bestLoss, double tolerance) {

    static Deviation infeasible(String aggregator, String problem) {
        return new Deviation(aggregator, false, problem, Double.NaN, Double.NaN, 0);
    }

    static Deviation of(String aggregator, double current, double best, double tolerance) {
        return new Deviation(aggregator, true, "", current, best, tolerance);
    }

    /** @return {@code currentLoss - bestLoss}, or {@code +inf} for an infeasible candidate */
    public double improvement() {
        return feasible ? currentLoss - bestLoss : Double.POSITIVE_INFINITY;
    }

    /** @return whether the aggregator's candidate strategy solves its problem up to the tolerance */
    public boolean bestResponse() {
        return feasible && improvement() <= tolerance;
    }
}
