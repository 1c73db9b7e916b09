package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.marketproof.claims.ClaimId;
import org.marketproof.io.JsonObject;
import org.marketproof.io.JsonValue;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.strategy.Game;

/**
 * What every market certificate is about: the claim it refutes, the instance, and the mechanism
 * with the Algorithm 1 output it was designed from.
 *
 * @param claim the claim refuted
 * @param mechanism the mechanism re-checked, or null for a claim about Algorithm 1 alone (Lemma 2)
 * @param instance the instance
 * @param pricing the recorded Algorithm 1 output the design was built from, or null
 */
record Subject(ClaimId claim, Mechanism mechanism, MarketInstance instance, GivenPricing pricing) {

    Subject {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(instance, "instance");
    }

    /**
     * @return the class name of a user's mechanism (unwrapping the guard), empty for the library's own:
     *     Algorithm 2 and the catalog, which live in the package of {@link Mechanism} and below and
     *     are found again by name
     */
    private static java.util.Optional<String> userClass(Mechanism m) {
        Class<?> c = (m instanceof GuardedMechanism g ? g.delegate() : m).getClass();
        return c.getPackageName().startsWith(Mechanism.class.getPackageName()) ? java.util.Optional.empty()
                : java.util.Optional.of(c.getName());
    }

    /** @return the game of the mechanism on the instance (designs it again) */
    Game game() {
        return Game.of(mechanism, instance);
    }

    /** @return the mechanism's name, or empty */
    String mechanismName() {
        return mechanism == null ? "" : mechanism.name();
    }

    void write(ObjectNode o) {
        o.put("claim", claim.value());
        if (mechanism != null) {
            o.put("mechanism", mechanism.name());
            userClass(mechanism).ifPresent(c -> o.put(MarketCertificate.MECHANISM_CLASS, c));
        }
        o.set("instance", InstanceCodec.write(instance));
        if (pricing != null) {
            o.set("pricing", InstanceCodec.write(pricing));
        }
    }

    static Subject read(JsonObject root, MechanismSource source) {
        JsonValue id = root.required("claim");
        ClaimId claim;
        try {
            claim = ClaimId.of(id.string());
        } catch (IllegalArgumentException e) {
            throw id.problem(e.getMessage());
        }
        MarketInstance instance = InstanceReader.instance(root.required("instance"));
        GivenPricing pricing = root.optional("pricing").map(p -> InstanceCodec.readPricing(p, instance)).orElse(null);
        // read by the command line, which loads the class from --classpath (the library cannot know where it is)
        root.optional(MarketCertificate.MECHANISM_CLASS).ifPresent(JsonValue::string);
        Mechanism m = root.optional("mechanism").map(n -> source.mechanism(n.string(), instance, pricing)).orElse(null);
        return new Subject(claim, m, instance, pricing);
    }
}
