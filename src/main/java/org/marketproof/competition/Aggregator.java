package org.marketproof.competition;

import java.util.List;
import java.util.Map;

/**
 * A strategic data aggregator (Section III-C): it fits {@code estimator} to the readings of the
 * sources it buys from and minimises the loss (5) (or (35) under partial sharing).
 *
 * @param name unique name
 * @param estimator its separable estimator (Assumption 4)
 * @param queries the finite support of its weighting distribution {@code F_b}; weights sum to 1
 * @param eta {@code eta^b > 0}, the conversion between money and estimation loss in (5)
 * @param competition {@code zeta^b_j in [0, 1]} by the other aggregator's name; absent means 0
 * @param buys the names of the sources in {@code S_b} (Section V)
 */
public record Aggregator(String name, EstimatorKind estimator, List<QueryPoint> queries,
        double eta, Map<String, Double> competition, List<String> buys) {

    /**
     * Validates the fields and copies the collections.
     *
     * @param name unique name
     * @param estimator its separable estimator (Assumption 4)
     * @param queries the finite support of {@code F_b}; weights sum to 1 (within {@code 1e-9})
     * @param eta {@code eta^b > 0}
     * @param competition {@code zeta^b_j in [0, 1]} by the other aggregator's name
     * @param buys the names of the sources in {@code S_b}, none twice
     * @throws org.marketproof.InvalidInputException naming the field when one is missing or out of
     *     range: a blank name, no query point, weights not summing to 1, {@code eta <= 0}, a
     *     {@code zeta} outside {@code [0, 1]} or naming this aggregator, an empty or repeating
     *     {@code buys}
     */
    public Aggregator {
        Checks.require(name != null && !name.isBlank(), "name", "must be a non-empty string");
        Checks.require(estimator != null, "estimator", "is missing");
        Checks.require(queries != null && !queries.isEmpty(), "queries", "must list at least one query point");
        double total = 0;
        for (QueryPoint q : queries) {
            total += q.weight();
        }
        Checks.require(Math.abs(total - 1) <= 1e-9, "queries",
                "weights sum to " + total + ", not 1: F_b is a probability distribution (divide each weight by "
                        + total + ")");
        Checks.require(Double.isFinite(eta) && eta > 0, "eta", "must be a finite number > 0, got " + eta);
        Checks.require(competition != null, "competition", "is missing");
        for (Map.Entry<String, Double> e : competition.entrySet()) {
            double z = e.getValue();
            Checks.require(z >= 0 && z <= 1, "competition." + e.getKey(), "must be in [0, 1], got " + z);
            Checks.require(!e.getKey().equals(name), "competition." + e.getKey(),
                    "an aggregator does not compete with itself");
        }
        Checks.require(buys != null && !buys.isEmpty(), "buys", "must name at least one source");
        Checks.require(buys.stream().distinct().count() == buys.size(), "buys", "names a source twice");
        queries = List.copyOf(queries);
        competition = Map.copyOf(competition);
        buys = List.copyOf(buys);
    }

    /**
     * @param other the name of another aggregator {@code j}
     * @return {@code zeta^b_j}, how much this aggregator {@code b} weighs {@code j}'s loss against
     *     its own in (5); 0 when not given
     */
    public double zeta(String other) {
        return competition.getOrDefault(other, 0.0);
    }
}
