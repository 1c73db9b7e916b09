package org.marketproof.market.strategy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;

/**
 * A mechanism with its design for one instance: the game the contributors play. Caches the probed
 * quadratic forms of prices and payments per profile of submission sizes.
 *
 * @param mechanism the mechanism
 * @param design its design for the instance
 * @param forms cache of probed forms, keyed by the sizes
 */
public record Game(Mechanism mechanism, Design design, Map<List<Integer>, SettlementForms> forms) {

    /**
     * @param mechanism the mechanism
     * @param instance the market it runs on
     * @return the game of {@code mechanism} on {@code instance}, with the mechanism's own design
     */
    public static Game of(Mechanism mechanism, MarketInstance instance) {
        return of(mechanism, mechanism.design(instance));
    }

    /**
     * @param mechanism the mechanism
     * @param design a design for it (possibly not the mechanism's own, e.g. a mutant's)
     * @return the game with an empty cache of forms
     */
    public static Game of(Mechanism mechanism, Design design) {
        return new Game(mechanism, design, new ConcurrentHashMap<>());
    }

    /** @return the market instance the design was made for */
    public MarketInstance instance() {
        return design.instance();
    }

    /** @return sigma^2, exact */
    public BigFraction variance() {
        return BigFraction.from(instance().variance());
    }

    /** @return the number of contributors */
    public int contributors() {
        return instance().contributors().size();
    }

    /**
     * @param contributor the contributor's index i, in cost order
     * @return c_i, the cost per collected point, exact
     */
    public BigFraction cost(int contributor) {
        return BigFraction.from(instance().cost(contributor));
    }

    /**
     * @param sizes |Y_k| for every contributor k
     * @return the exact forms of every price and payment at these sizes, when the mechanism
     *     declares that it depends only on sizes and means
     * @throws IllegalStateException if the declaration fails its spot check
     */
    public Optional<SettlementForms> forms(int[] sizes) {
        if (!mechanism.dependsOnlyOnSizesAndMeans()) {
            return Optional.empty();
        }
        List<Integer> key = Arrays.stream(sizes).boxed().toList();
        return Optional.of(forms.computeIfAbsent(key, k -> SettlementForms.probe(mechanism, design, sizes)));
    }
}
