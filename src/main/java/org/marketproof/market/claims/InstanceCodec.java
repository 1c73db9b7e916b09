package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.marketproof.io.JsonValue;
import org.marketproof.market.instance.BuyerType;
import org.marketproof.market.instance.Contributor;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.valuation.GaussianValuation;
import org.marketproof.market.valuation.LinearValuation;
import org.marketproof.market.valuation.TableValuation;
import org.marketproof.market.valuation.ThresholdValuation;
import org.marketproof.market.valuation.Valuation;
import org.marketproof.market.pricing.ValueUnits;

/**
 * Writes an instance in the instance file format (read back by
 * {@link org.marketproof.market.instance.InstanceReader}), and the given Algorithm 1 output of a
 * scenario file: {@code {"instance": ..., "pricing": {"nPlus": 6, "purchases": [...], "prices": [...]}}},
 * prices in value units (2^-40).
 */
public final class InstanceCodec {

    /** Largest N+ a given pricing may state (its price curve is tabulated up to N+). */
    public static final int MAX_N_PLUS = 10_000_000;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private InstanceCodec() {
    }

    /**
     * @param instance the market
     * @return the instance as the JSON object that {@link
     *     org.marketproof.market.instance.InstanceReader} reads back
     */
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

    /**
     * @param p the given Algorithm 1 output
     * @return the {@code pricing} object that {@link #readPricing} reads back
     */
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

    /**
     * Reads the {@code pricing} object of a scenario or certificate file: one purchase and one price
     * per buyer type of {@code instance}.
     *
     * @param value the {@code pricing} object
     * @param instance the instance the pricing belongs to (fixes the number of buyer types)
     * @return the given Algorithm 1 output
     * @throws org.marketproof.InvalidInputException naming the field if N+ is outside [1, {@link
     *     #MAX_N_PLUS}], the lists do not have one entry per buyer type, or an entry is out of range
     */
    public static GivenPricing readPricing(JsonValue value, MarketInstance instance) {
        return value.object(o -> {
            int nPlus = o.required("nPlus").integer(1, MAX_N_PLUS);
            int types = instance.buyers().size();
            List<JsonValue> m = o.required("purchases").nonEmptyElements();
            List<JsonValue> q = o.required("prices").nonEmptyElements();
            if (m.size() != types) {
                throw o.required("purchases").problem("needs one purchase per buyer type (" + types + "), found " + m.size());
            }
            if (q.size() != types) {
                throw o.required("prices").problem("needs one price per buyer type (" + types + "), found " + q.size());
            }
            int[] purchases = new int[types];
            long[] prices = new long[types];
            for (int j = 0; j < types; j++) {
                purchases[j] = m.get(j).integer(0, nPlus);
                prices[j] = q.get(j).integer(0, ValueUnits.ONE);
            }
            return new GivenPricing(nPlus, purchases, prices);
        });
    }
}
