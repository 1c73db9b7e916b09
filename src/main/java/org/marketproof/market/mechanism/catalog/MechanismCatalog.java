package org.marketproof.market.mechanism.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.marketproof.InvalidInputException;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Algorithm2Design;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.pricing.Algorithm1Result;

/**
 * Mechanisms by name: {@code paper} (Algorithm 2), every {@link Mutant} of it, and the reference
 * mechanism {@code nothing-sold}.
 */
public final class MechanismCatalog {

    private MechanismCatalog() {
    }

    /** @return every name, the paper's first */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add("paper");
        Mutants.all().forEach(m -> names.add(m.name()));
        names.add("nothing-sold");
        return names;
    }

    /**
     * @param name one of {@link #names()}
     * @param algorithm1 the Algorithm 1 that the paper's mechanism and its mutants design from
     * @return the named mechanism
     * @throws InvalidInputException naming the option if the name is unknown
     */
    public static Mechanism named(String name, Function<MarketInstance, Algorithm1Result> algorithm1) {
        if (name.equals("paper")) {
            return new Algorithm2(algorithm1);
        }
        if (name.equals("nothing-sold")) {
            return new NothingSold();
        }
        return Mutants.named(name).map(m -> m.mechanism(algorithm1))
                .orElseThrow(() -> new InvalidInputException("--mechanism", "unknown mechanism \"" + name
                        + "\" (known: " + String.join(", ", names()) + ")"));
    }

    /**
     * @param design a design returned by any mechanism
     * @return the Algorithm 1 output a design of the paper's mechanism or of a mutant was built from,
     *     recorded in replay files so that a catalog mechanism replays with the same design; empty
     *     for other designs
     */
    public static Optional<Algorithm1Result> algorithm1Output(Design design) {
        Design d = design instanceof MutantDesign m ? m.formulas() : design;
        return d instanceof Algorithm2Design a ? Optional.of(a.pricing()) : Optional.empty();
    }
}
