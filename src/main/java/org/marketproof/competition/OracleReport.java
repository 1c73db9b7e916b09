package org.marketproof.competition;

import java.util.List;
import java.util.Locale;

/**
 * The {@link DeviationOracle}'s verdict on a candidate: one {@link Deviation} per aggregator.
 *
 * @param deviations each aggregator's best deviation, in aggregator index order
 */
public record OracleReport(List<Deviation> deviations) {

    /**
     * Copies the list of deviations.
     *
     * @param deviations each aggregator's best deviation, in aggregator index order
     */
    public OracleReport {
        deviations = List.copyOf(deviations);
    }

    /** @return whether no aggregator can improve (Definition 4, up to the tolerance) */
    public boolean equilibrium() {
        return deviations.stream().allMatch(Deviation::bestResponse);
    }

    /** @return the largest improvement any aggregator can make ({@code +inf} if one is infeasible) */
    public double maxImprovement() {
        return deviations.stream().mapToDouble(Deviation::improvement).max().orElse(0);
    }

    /** @return a one-line summary */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (Deviation d : deviations) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(d.aggregator()).append(": ");
            sb.append(d.feasible() ? String.format(Locale.ROOT, "improvement %.3e (tolerance %.1e)", d.improvement(), d.tolerance())
                    : "infeasible (" + d.problem() + ")");
        }
        return sb.toString();
    }
}
