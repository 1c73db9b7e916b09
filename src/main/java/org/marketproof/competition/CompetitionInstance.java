package org.marketproof.competition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A competitive data market: sources, aggregators and who buys from whom (Sections III and V).
 *
 * @param sources the data sources {@code S}, names unique
 * @param aggregators the data aggregators {@code B}, names unique
 * @param couplingScale {@code alpha >= 0}: every off-diagonal {@code xi} is multiplied by it. 1 is
 *     the paper's model; other values are the thought experiment after Theorem 2 ("replace Xi by
 *     alpha Xi"), used for the price-of-anarchy curve and to place instances near {@code rho = 1}
 */
public record CompetitionInstance(List<Source> sources, List<Aggregator> aggregators, double couplingScale) {

    /**
     * Validates the market and copies the lists.
     *
     * @param sources the data sources {@code S}, at least one, names unique, feature points of one
     *     dimension
     * @param aggregators the data aggregators {@code B}, at least one, names unique
     * @param couplingScale {@code alpha >= 0}, finite
     * @throws org.marketproof.InvalidInputException naming the field when a list is empty, a name
     *     repeats, {@code couplingScale} is negative or not finite, feature points differ in
     *     dimension, an aggregator buys from or
     *     competes with an unknown party, or a source sells to no aggregator
     */
    public CompetitionInstance {
        Checks.require(sources != null && !sources.isEmpty(), "sources", "must list at least one source");
        Checks.require(aggregators != null && !aggregators.isEmpty(), "aggregators",
                "must list at least one aggregator");
        Checks.require(Double.isFinite(couplingScale) && couplingScale >= 0, "couplingScale",
                "must be a finite number >= 0, got " + couplingScale);
        Set<String> sourceNames = new HashSet<>();
        int dim = sources.get(0).x().length;
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            Checks.require(sourceNames.add(s.name()), "sources[" + i + "].name",
                    "duplicate source name '" + s.name() + "'");
            Checks.require(s.x().length == dim, "sources[" + i + "].x",
                    "has " + s.x().length + " coordinates, sources[0].x has " + dim);
        }
        Set<String> aggregatorNames = new HashSet<>();
        Set<String> bought = new HashSet<>();
        for (int b = 0; b < aggregators.size(); b++) {
            Aggregator agg = aggregators.get(b);
            String at = "aggregators[" + b + "]";
            Checks.require(aggregatorNames.add(agg.name()), at + ".name",
                    "duplicate aggregator name '" + agg.name() + "'");
            for (int q = 0; q < agg.queries().size(); q++) {
                Checks.require(agg.queries().get(q).x().length == dim, at + ".queries[" + q + "].x",
                        "has " + agg.queries().get(q).x().length + " coordinates, sources have " + dim);
            }
            for (String name : agg.buys()) {
                Checks.require(sourceNames.contains(name), at + ".buys", "unknown source '" + name + "'");
            }
            bought.addAll(agg.buys());
        }
        for (int b = 0; b < aggregators.size(); b++) {
            for (String other : aggregators.get(b).competition().keySet()) {
                Checks.require(aggregatorNames.contains(other), "aggregators[" + b + "].competition",
                        "unknown aggregator '" + other + "'");
            }
        }
        for (int i = 0; i < sources.size(); i++) {
            Checks.require(bought.contains(sources.get(i).name()), "sources[" + i + "]",
                    "'" + sources.get(i).name() + "' sells to no aggregator (every source sells to at least one, Section V)");
        }
        sources = List.copyOf(sources);
        aggregators = List.copyOf(aggregators);
    }

    /**
     * @param sources the data sources {@code S}, names unique
     * @param aggregators the data aggregators {@code B}, names unique
     * @return the paper's model ({@code alpha = 1})
     */
    public static CompetitionInstance of(List<Source> sources, List<Aggregator> aggregators) {
        return new CompetitionInstance(sources, aggregators, 1);
    }

    /**
     * @param alpha the new coupling scale, {@code >= 0}
     * @return this market with every off-diagonal {@code xi} scaled by {@code alpha}
     */
    public CompetitionInstance withCouplingScale(double alpha) {
        return new CompetitionInstance(sources, aggregators, alpha);
    }

    /** @return whether every source's effort set is bounded (Theorem 2) */
    public boolean allBounded() {
        return sources.stream().allMatch(s -> s.effort().bounded());
    }

    /** @return whether every source's effort set is unbounded (Theorem 1) */
    public boolean allUnbounded() {
        return sources.stream().noneMatch(s -> s.effort().bounded());
    }

    /** @return source index by name */
    Map<String, Integer> sourceIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            index.put(sources.get(i).name(), i);
        }
        return index;
    }
}
