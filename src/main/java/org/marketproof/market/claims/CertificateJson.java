package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.InvalidInputException;
import org.marketproof.io.Decimals;
import org.marketproof.io.JsonInput;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.StrategyCodec;

/** The JSON of the values certificates carry: profiles, parties, submitted datasets and exact fractions. */
final class CertificateJson {

    private CertificateJson() {
    }

    /** @return the sizes, e.g. {@code [13, 1]} */
    static String sizes(List<double[]> submissions) {
        return Arrays.toString(submissions.stream().mapToInt(y -> y.length).toArray());
    }

    static void write(ObjectNode o, String field, List<double[]> submissions) {
        ArrayNode subs = o.putArray(field);
        for (double[] y : submissions) {
            ArrayNode a = subs.addArray();
            for (double x : y) {
                a.add(x);
            }
        }
    }

    static List<double[]> read(JsonNode root, String field) {
        JsonNode a = JsonInput.array(root.get(field), field);
        List<double[]> subs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonNode row = JsonInput.array(a.get(i), field + "[" + i + "]");
            double[] y = new double[row.size()];
            for (int k = 0; k < y.length; k++) {
                y[k] = JsonInput.number(row.get(k), field + "[" + i + "][" + k + "]");
            }
            subs.add(y);
        }
        return subs;
    }

    static void writeProfile(ObjectNode o, String field, Profile profile) {
        ArrayNode p = o.putArray(field);
        profile.strategies().forEach(s -> p.add(StrategyCodec.write(s)));
    }

    static Profile readProfile(JsonNode root, String field, MarketInstance instance) {
        JsonNode ps = JsonInput.nonEmptyArray(root.get(field), field);
        if (ps.size() != instance.contributors().size()) {
            throw new InvalidInputException(field, "needs one strategy per contributor (" + instance.contributors().size()
                    + ")");
        }
        List<Strategy> strategies = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            strategies.add(StrategyCodec.read(ps.get(i), field + "[" + i + "]"));
        }
        return new Profile(strategies);
    }

    /** @return the index {@code field}, in [0, size) */
    static int readIndex(JsonNode root, String field, int size) {
        if (!root.has(field)) {
            throw new InvalidInputException(field, "missing");
        }
        return (int) JsonInput.integer(root, field, field, 0, size - 1, -1);
    }

    /** Writes an exact number as {@code "p/q"}. */
    static void writeFraction(ObjectNode o, String field, BigFraction x) {
        o.put(field, Decimals.fraction(x));
    }

    static BigFraction readFraction(JsonNode root, String field) {
        String s = JsonInput.string(root, field, field);
        try {
            String[] f = s.split("/");
            return f.length == 1 ? BigFraction.of(new BigInteger(f[0].trim()))
                    : BigFraction.of(new BigInteger(f[0].trim()), new BigInteger(f[1].trim()));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(field, "must be an exact fraction \"p/q\", found \"" + s + "\"");
        }
    }
}
