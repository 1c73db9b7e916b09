package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marketproof.InvalidInputException;
import org.marketproof.io.JsonInput;
import org.marketproof.market.instance.BuyerType;
import org.marketproof.market.instance.Contributor;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.valuation.GaussianValuation;
import org.marketproof.market.valuation.LinearValuation;
import org.marketproof.market.valuation.TableValuation;
import org.marketproof.market.valuation.ThresholdValuation;
import org.marketproof.market.valuation.Valuation;

/**
 * Writes an instance in the instance file format (read back by
 * {@link org.marketproof.market.instance.InstanceReader}), and the given Algorithm 1 output of a
 * scenario file: {@code {"instance": ..., "pricing": {"nPlus": 6, "purchases": [...], "prices": [...]}}},
 * prices in value units (2^-40).
 */
public final class InstanceCodec {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private InstanceCodec() {
    }

    public static ObjectNode write(MarketInstance instance) {
        ObjectNode o = F.objectNode();
        o.put("variance", instance.variance());
        ArrayNode cs = o.putArray("contributors");
        for (Contributor c : instance.contributors()) {
            cs.addObject().put("name", c.name()).put("cost", c.cost());
        }
        ArrayNode bs = o.putArray("buyers");
        for (BuyerType b : instance.buyers()) {
            ObjectNode n = bs.addObject().put("name", b.name()).put("count", b.count());
            n.set("valuation", write(b.valuation()));
        }
        return o;
    }

    private static ObjectNode write(Valuation v) {
        ObjectNode o = F.objectNode().put("kind", v.kind());
        if (v instanceof GaussianValuation g) {
            o.put("precision", g.precision()).put("scale", g.scale());
        } else if (v instanceof ThresholdValuation t) {
            o.put("tolerance", t.tolerance()).put("scale", t.scale());
        } else if (v instanceof LinearValuation l) {
            o.put("tolerance", l.tolerance()).put("scale", l.scale());
        } else if (v instanceof TableValuation t) {
            ArrayNode a = o.putArray("values");
            for (double x : t.values()) {
                a.add(x);
            }
        }
        return o;
    }

    public static ObjectNode write(GivenPricing p) {
        ObjectNode o = F.objectNode().put("nPlus", p.nPlus());
        ArrayNode m = o.putArray("purchases");
        for (int x : p.purchases()) {
            m.add(x);
        }
        ArrayNode q = o.putArray("prices");
        for (long x : p.prices()) {
            q.add(x);
        }
        return o;
    }

    /** Reads the {@code pricing} object of a scenario or counterexample file. */
    public static GivenPricing readPricing(JsonNode node, String path) {
        JsonInput.object(node, path);
        JsonInput.onlyFields(node, path, "nPlus", "purchases", "prices");
        int nPlus = (int) JsonInput.integer(node, "nPlus", path + ".nPlus", 1, 100_000_000, 0);
        JsonNode m = JsonInput.nonEmptyArray(node.get("purchases"), path + ".purchases");
        JsonNode q = JsonInput.nonEmptyArray(node.get("prices"), path + ".prices");
        if (m.size() != q.size()) {
            throw new InvalidInputException(path + ".prices", "needs one price per purchase (" + m.size() + ")");
        }
        int[] purchases = new int[m.size()];
        long[] prices = new long[q.size()];
        for (int j = 0; j < m.size(); j++) {
            if (!m.get(j).canConvertToInt() || m.get(j).asInt() < 0 || m.get(j).asInt() > nPlus) {
                throw new InvalidInputException(path + ".purchases[" + j + "]", "must be an integer in [0, nPlus]");
            }
            if (!q.get(j).canConvertToLong() || q.get(j).asLong() < 0 || q.get(j).asLong() > (1L << 40)) {
                throw new InvalidInputException(path + ".prices[" + j + "]", "must be an integer in [0, 2^40] (value units)");
            }
            purchases[j] = m.get(j).asInt();
            prices[j] = q.get(j).asLong();
        }
        return new GivenPricing(nPlus, purchases, prices);
    }
}
