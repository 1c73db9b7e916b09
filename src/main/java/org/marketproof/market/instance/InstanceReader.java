package org.marketproof.market.instance;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketproof.InvalidInputException;
import org.marketproof.io.JsonInput;
import org.marketproof.market.valuation.GaussianValuation;
import org.marketproof.market.valuation.LinearValuation;
import org.marketproof.market.valuation.TableValuation;
import org.marketproof.market.valuation.ThresholdValuation;
import org.marketproof.market.valuation.Valuation;

/**
 * Reads a market instance file (format in {@code specs/market.md}) and validates every field.
 *
 * <p>Any problem gives one {@link InvalidInputException} naming the field, e.g.
 * {@code buyers[1].valuation.scale: must be in (0, 1], found 1.5}.
 */
public final class InstanceReader {

    /** Largest number of identical buyers in one type, and of buyers in all. */
    public static final long MAX_BUYERS = 1_000_000;
    /** Largest length of a table valuation. */
    public static final int MAX_TABLE = 10_000_000;

    private InstanceReader() {
    }

    public static MarketInstance read(Path file) {
        return fromJson(JsonInput.read(file));
    }

    public static MarketInstance parse(String json) {
        return fromJson(JsonInput.parse(json, "instance"));
    }

    public static MarketInstance fromJson(JsonNode root) {
        JsonInput.object(root, "instance");
        JsonInput.onlyFields(root, "", "variance", "contributors", "buyers");
        double variance = JsonInput.positive(root, "variance", "variance");
        Map<String, String> names = new HashMap<>();

        JsonNode cs = JsonInput.nonEmptyArray(root.get("contributors"), "contributors");
        List<Contributor> contributors = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            String path = "contributors[" + i + "]";
            JsonNode c = JsonInput.object(cs.get(i), path);
            JsonInput.onlyFields(c, path, "name", "cost");
            String name = uniqueName(c, path, names);
            contributors.add(new Contributor(name, JsonInput.positive(c, "cost", path + ".cost")));
        }

        JsonNode bs = JsonInput.nonEmptyArray(root.get("buyers"), "buyers");
        List<BuyerType> buyers = new ArrayList<>();
        long total = 0;
        for (int j = 0; j < bs.size(); j++) {
            String path = "buyers[" + j + "]";
            JsonNode b = JsonInput.object(bs.get(j), path);
            JsonInput.onlyFields(b, path, "name", "count", "valuation");
            String name = uniqueName(b, path, names);
            int count = (int) JsonInput.integer(b, "count", path + ".count", 1, MAX_BUYERS, 1);
            total += count;
            if (total > MAX_BUYERS) {
                throw new InvalidInputException(path + ".count", "more than " + MAX_BUYERS + " buyers in all");
            }
            buyers.add(new BuyerType(name, count, valuation(b.get("valuation"), path + ".valuation")));
        }
        return new MarketInstance(variance, contributors, buyers);
    }

    private static String uniqueName(JsonNode node, String path, Map<String, String> seen) {
        String name = JsonInput.string(node, "name", path + ".name");
        String first = seen.putIfAbsent(name, path);
        if (first != null) {
            throw new InvalidInputException(path + ".name", "duplicate name \"" + name + "\" (also used by " + first + ")");
        }
        return name;
    }

    private static Valuation valuation(JsonNode v, String path) {
        JsonInput.object(v, path);
        String kind = JsonInput.string(v, "kind", path + ".kind");
        switch (kind) {
            case "threshold" -> {
                JsonInput.onlyFields(v, path, "kind", "tolerance", "scale");
                return new ThresholdValuation(JsonInput.positive(v, "tolerance", path + ".tolerance"), scale(v, path));
            }
            case "gaussian" -> {
                JsonInput.onlyFields(v, path, "kind", "precision", "scale");
                return new GaussianValuation(JsonInput.positive(v, "precision", path + ".precision"), scale(v, path));
            }
            case "linear" -> {
                JsonInput.onlyFields(v, path, "kind", "tolerance", "scale");
                return new LinearValuation(JsonInput.positive(v, "tolerance", path + ".tolerance"), scale(v, path));
            }
            case "table" -> {
                JsonInput.onlyFields(v, path, "kind", "values");
                return table(v, path);
            }
            default -> throw new InvalidInputException(path + ".kind",
                    "unknown kind \"" + kind + "\" (expected threshold, gaussian, linear or table)");
        }
    }

    private static double scale(JsonNode v, String path) {
        double s = JsonInput.number(v.get("scale"), path + ".scale");
        if (!(s > 0 && s <= 1)) {
            throw new InvalidInputException(path + ".scale", "must be in (0, 1], found " + v.get("scale").asText());
        }
        return s;
    }

    private static TableValuation table(JsonNode v, String path) {
        JsonNode values = JsonInput.nonEmptyArray(v.get("values"), path + ".values");
        if (values.size() > MAX_TABLE) {
            throw new InvalidInputException(path + ".values", "longer than " + MAX_TABLE + " entries");
        }
        double[] t = new double[values.size()];
        for (int m = 0; m < t.length; m++) {
            String p = path + ".values[" + m + "]";
            t[m] = JsonInput.number(values.get(m), p);
            if (t[m] < 0 || t[m] > 1) {
                throw new InvalidInputException(p, "must be in [0, 1], found " + values.get(m).asText());
            }
            if (m == 0 && t[0] != 0) {
                throw new InvalidInputException(p, "v^d(0) must be 0, found " + values.get(0).asText());
            }
            if (m > 0 && t[m] < t[m - 1]) {
                throw new InvalidInputException(p, "values must be non-decreasing, but " + t[m] + " < " + t[m - 1]);
            }
        }
        return new TableValuation(t);
    }
}
