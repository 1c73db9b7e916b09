package org.marketproof.market.claims;

import java.nio.file.Path;
import java.util.function.Function;
import org.marketproof.io.DocumentKind;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonValue;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.pricing.OrderedItemPricer;

/**
 * What the strategic commands read: an instance file, or a scenario file
 * {@code {"instance": {...}, "pricing": {"nPlus": .., "purchases": [..], "prices": [..]}}} that also
 * gives Algorithm 1's output (prices in value units, 2^-40). Without a given output, Algorithm 1
 * runs with the chosen pricer.
 *
 * @param instance the instance
 * @param pricing the given Algorithm 1 output, or null
 */
public record Scenario(MarketInstance instance, GivenPricing pricing) {

    /**
     * @param file an instance file or a scenario file
     * @return the scenario it describes
     * @throws org.marketproof.InvalidInputException naming the field if the file cannot be read,
     *     is of another kind, or is malformed
     */
    public static Scenario read(Path file) {
        return fromJson(JsonInput.document(file));
    }

    /**
     * @param root a parsed instance or scenario file
     * @return the scenario of a parsed instance or scenario file, refusing a file of another kind
     */
    public static Scenario fromJson(JsonValue root) {
        if (DocumentKind.expect(root, DocumentKind.MARKET_INSTANCE, DocumentKind.SCENARIO).orElse(null)
                != DocumentKind.SCENARIO) {
            return new Scenario(InstanceReader.fromJson(root), null);
        }
        return root.object(o -> {
            MarketInstance instance = InstanceReader.instance(o.required("instance"));
            return new Scenario(instance, o.optional("pricing").map(p -> InstanceCodec.readPricing(p, instance))
                    .orElse(null));
        });
    }

    /**
     * @param pricer the pricer Algorithm 1 runs with when no output is given
     * @return Algorithm 1: the given output, or Algorithm 1 run with {@code pricer}
     */
    public Function<MarketInstance, Algorithm1Result> algorithm1(OrderedItemPricer pricer) {
        if (pricing != null) {
            return pricing;
        }
        return instance -> Algorithm1.run(instance, pricer);
    }

    /**
     * @param name one of {@link org.marketproof.market.mechanism.catalog.MechanismCatalog#names()}
     * @param pricer the pricer Algorithm 1 runs with when no output is given
     * @return the catalog mechanism of this name, designed with this scenario's Algorithm 1
     * @throws org.marketproof.InvalidInputException if the name is unknown
     */
    public Mechanism mechanism(String name, OrderedItemPricer pricer) {
        return MechanismCatalog.named(name, algorithm1(pricer));
    }
}
