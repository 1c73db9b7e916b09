package org.marketproof.market.instance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketproof.io.DocumentKind;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonObject;
import org.marketproof.io.JsonValue;
import org.marketproof.market.valuation.GaussianValuation;
import org.marketproof.market.valuation.LinearValuation;
import org.marketproof.market.valuation.TableValuation;
import org.marketproof.market.valuation.ThresholdValuation;
import org.marketproof.market.valuation.Valuation;

/**
 * Reads a market instance file (format in {@code specs/market.md}) and validates every field.
 *
 * <p>Any problem gives one {@link org.marketproof.InvalidInputException} naming the field, e.g.
 * {@code buyers[1].valuation.scale: must be in (0, 1], found 1.5}.
 */
public final class InstanceReader {

    /** Largest number of identical buyers in one type, and of buyers in all. */
    public static final long MAX_BUYERS = 1_000_000;
    /** Largest length of a table valuation. */
    public static final int MAX_TABLE = 1_000_000;
    /** Valuation kinds, as written in {@code valuation.kind}. */
    private static final List<String> KINDS = List.of("threshold", "gaussian", "linear", "table");

    private InstanceReader() {
    }

    /**
     * @param file a market instance file
     * @return the instance it describes
     * @throws org.marketproof.InvalidInputException naming the field if the file cannot be read,
     *     is of another kind, or describes an invalid instance
     */
    public static MarketInstance read(Path file) {
        return fromJson(JsonInput.document(file));
    }

    /**
     * @param json the text of a market instance file
     * @return the instance it describes
     * @throws org.marketproof.InvalidInputException naming the field as {@link #read} does (the
     *     whole text is called {@code instance})
     */
    public static MarketInstance parse(String json) {
        return fromJson(JsonValue.root(JsonInput.parse(json, "instance"), "instance"));
    }

    /**
     * @param root a parsed market instance file
     * @return the instance of a parsed instance file, refusing a file of another kind
     */
    public static MarketInstance fromJson(JsonValue root) {
        DocumentKind.expect(root, DocumentKind.MARKET_INSTANCE);
        return instance(root);
    }

    /**
     * @param value the JSON object holding {@code variance}, {@code contributors} and {@code buyers}
     * @return the instance at {@code value}, for documents that embed one (scenarios, certificates)
     */
    public static MarketInstance instance(JsonValue value) {
        return value.object(o -> {
            double variance = o.required("variance").positive();
            Map<String, String> names = new HashMap<>();
            List<Contributor> contributors = new ArrayList<>();
            for (JsonValue c : o.required("contributors").nonEmptyElements()) {
                contributors.add(c.object(f -> new Contributor(uniqueName(f, names), f.required("cost").positive())));
            }
            List<BuyerType> buyers = new ArrayList<>();
            long total = 0;
            for (JsonValue b : o.required("buyers").nonEmptyElements()) {
                BuyerType type = b.object(f -> new BuyerType(uniqueName(f, names),
                        f.optional("count").map(n -> n.integer(1, (int) MAX_BUYERS)).orElse(1),
                        valuation(f.required("valuation"))));
                total += type.count();
                if (total > MAX_BUYERS) {
                    throw b.problem("more than " + MAX_BUYERS + " buyers in all (the limit)");
                }
                buyers.add(type);
            }
            return new MarketInstance(variance, contributors, buyers);
        });
    }

    private static String uniqueName(JsonObject o, Map<String, String> seen) {
        JsonValue v = o.required("name");
        String name = v.string();
        String first = seen.putIfAbsent(name, v.path());
        if (first != null) {
            throw v.problem("duplicate name \"" + name + "\" (also " + first + ")");
        }
        return name;
    }

    private static Valuation valuation(JsonValue value) {
        return value.object(v -> switch (v.required("kind").oneOf(KINDS)) {
            case "threshold" -> new ThresholdValuation(v.required("tolerance").positive(), scale(v));
            case "gaussian" -> new GaussianValuation(v.required("precision").positive(), scale(v));
            case "linear" -> new LinearValuation(v.required("tolerance").positive(), scale(v));
            default -> table(v.required("values"));
        });
    }

    private static double scale(JsonObject v) {
        JsonValue s = v.required("scale");
        double x = s.number();
        s.check(x > 0 && x <= 1, "must be in (0, 1]");
        return x;
    }

    private static TableValuation table(JsonValue values) {
        List<JsonValue> entries = values.nonEmptyElements();
        if (entries.size() > MAX_TABLE) {
            throw values.problem("longer than " + MAX_TABLE + " entries (the limit)");
        }
        double[] t = new double[entries.size()];
        for (int m = 0; m < t.length; m++) {
            JsonValue e = entries.get(m);
            t[m] = e.within(0, 1);
            e.check(m > 0 || t[0] == 0, "v^d(0) must be 0");
            e.check(m == 0 || t[m] >= t[m - 1], "values must be non-decreasing, the previous is " + t[Math.max(0, m - 1)]);
        }
        return new TableValuation(t);
    }
}
