package org.marketproof.market.mechanism.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.marketproof.InvalidInputException;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.pricing.Algorithm1Result;

/**
 * Mechanisms by name: {@code paper} (Algorithm 2), every {@link Flaw} variant of it, and the
 * reference mechanism {@code nothing-sold}.
 */
public final class MechanismCatalog {

    private MechanismCatalog() {
    }

    /** @return every name, the paper's first */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add("paper");
        for (Flaw f : Flaw.values()) {
            names.add(f.label());
        }
        names.add("nothing-sold");
        return names;
    }

    /**
     * @param name one of {@link #names()}
     * @throws InvalidInputException naming the option if the name is unknown
     */
    public static Mechanism named(String name, Function<MarketInstance, Algorithm1Result> algorithm1) {
        if (name.equals("paper")) {
            return new Algorithm2(algorithm1);
        }
        if (name.equals("nothing-sold")) {
            return new NothingSold();
        }
        return Flaw.byLabel(name).<Mechanism>map(f -> new FlawedAlgorithm2(new Algorithm2(algorithm1), f))
                .orElseThrow(() -> new InvalidInputException("--mechanism", "unknown mechanism \"" + name
                        + "\" (known: " + String.join(", ", names()) + ")"));
    }
}
