package org.marketproof.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketproof.InvalidInputException;
import org.marketproof.io.JsonInput;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.StrategyCodec;

/**
 * A certified violation of a claim, as a replayable JSON document (format
 * {@value #FORMAT}; see {@code specs/strategies.md}, "Replay format").
 *
 * @param claim the claim, e.g. {@code ICC}
 * @param source where the paper states it
 * @param kind how to re-check it: {@code deviation}, {@code irc}, {@code irb}, {@code bb} or {@code theorem4}
 * @param mechanism the catalog name of the mechanism, or the class name of a user's mechanism
 * @param instance the instance
 * @param pricing the Algorithm 1 output the mechanism was designed from, or null (run Algorithm 1,
 *     or the mechanism designs itself)
 * @param profile the strategy profile the violation is measured at (the baseline of a deviation)
 * @param party the contributor (deviation, irc) or buyer type (irb), 0-based; -1 when none
 * @param deviation the deviating strategy (kind {@code deviation}), else null
 * @param submissions the submitted datasets (kind {@code bb}), else null
 * @param evaluator {@code exact} or {@code simulation}
 * @param samples simulation samples per mu (0 for exact)
 * @param level simulation confidence level (1 for exact)
 * @param seed the seed of the simulation
 * @param figures the figures that show the violation, as printed
 */
public record Counterexample(String claim, String source, String kind, String mechanism, MarketInstance instance,
        GivenPricing pricing, Profile profile, int party, Strategy deviation, List<double[]> submissions,
        String evaluator, int samples, double level, long seed, Map<String, String> figures) {

    public static final String FORMAT = "marketproof-counterexample/1";

    /** @return the same counterexample with these figures */
    public Counterexample withFigures(Map<String, String> newFigures) {
        return new Counterexample(claim, source, kind, mechanism, instance, pricing, profile, party, deviation, submissions,
                evaluator, samples, level, seed, new LinkedHashMap<>(newFigures));
    }

    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("format", FORMAT);
        o.put("claim", claim);
        o.put("source", source);
        o.put("kind", kind);
        o.put("mechanism", mechanism);
        o.set("instance", InstanceCodec.write(instance));
        if (pricing != null) {
            o.set("pricing", InstanceCodec.write(pricing));
        }
        ArrayNode p = o.putArray("profile");
        profile.strategies().forEach(s -> p.add(StrategyCodec.write(s)));
        o.put("party", party);
        if (deviation != null) {
            o.set("deviation", StrategyCodec.write(deviation));
        }
        if (submissions != null) {
            ArrayNode subs = o.putArray("submissions");
            for (double[] y : submissions) {
                ArrayNode a = subs.addArray();
                for (double x : y) {
                    a.add(x);
                }
            }
        }
        o.put("evaluator", evaluator);
        o.put("samples", samples);
        o.put("level", level);
        o.put("seed", seed);
        ObjectNode fig = o.putObject("figures");
        figures.forEach(fig::put);
        return o;
    }

    public String toJsonText() {
        try {
            return JsonInput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson()) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a counterexample document, naming the offending field on bad input. */
    public static Counterexample read(JsonNode root) {
        JsonInput.object(root, "counterexample");
        String format = JsonInput.string(root, "format", "format");
        if (!format.equals(FORMAT)) {
            throw new InvalidInputException("format", "expected \"" + FORMAT + "\", found \"" + format + "\"");
        }
        MarketInstance instance = InstanceReader.fromJson(root.get("instance"));
        GivenPricing pricing = root.has("pricing") ? InstanceCodec.readPricing(root.get("pricing"), "pricing") : null;
        JsonNode ps = JsonInput.nonEmptyArray(root.get("profile"), "profile");
        if (ps.size() != instance.contributors().size()) {
            throw new InvalidInputException("profile", "needs one strategy per contributor (" + instance.contributors().size() + ")");
        }
        List<Strategy> strategies = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            strategies.add(StrategyCodec.read(ps.get(i), "profile[" + i + "]"));
        }
        List<double[]> subs = null;
        if (root.has("submissions")) {
            subs = new ArrayList<>();
            JsonNode a = root.get("submissions");
            for (int i = 0; i < a.size(); i++) {
                double[] y = new double[a.get(i).size()];
                for (int k = 0; k < y.length; k++) {
                    y[k] = JsonInput.number(a.get(i).get(k), "submissions[" + i + "][" + k + "]");
                }
                subs.add(y);
            }
        }
        Map<String, String> figures = new LinkedHashMap<>();
        if (root.has("figures")) {
            root.get("figures").fields().forEachRemaining(e -> figures.put(e.getKey(), e.getValue().asText()));
        }
        String kind = JsonInput.string(root, "kind", "kind");
        if (!List.of("deviation", "irc", "irb", "bb", "theorem4").contains(kind)) {
            throw new InvalidInputException("kind", "unknown kind \"" + kind + "\" (deviation, irc, irb, bb, theorem4)");
        }
        String evaluator = JsonInput.string(root, "evaluator", "evaluator");
        if (!evaluator.equals("exact") && !evaluator.equals("simulation")) {
            throw new InvalidInputException("evaluator", "must be \"exact\" or \"simulation\"");
        }
        return new Counterexample(JsonInput.string(root, "claim", "claim"), JsonInput.string(root, "source", "source"),
                kind, JsonInput.string(root, "mechanism", "mechanism"), instance, pricing, new Profile(strategies),
                (int) JsonInput.integer(root, "party", "party", -1, 1_000_000, -1),
                root.has("deviation") ? StrategyCodec.read(root.get("deviation"), "deviation") : null, subs, evaluator,
                (int) JsonInput.integer(root, "samples", "samples", 0, 100_000_000, 0),
                root.has("level") ? JsonInput.number(root.get("level"), "level") : 1.0,
                root.has("seed") ? root.get("seed").asLong() : 0L, figures);
    }
}
