package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.io.Decimals;
import org.marketproof.io.JsonObject;
import org.marketproof.io.JsonValue;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.settlement.SubmissionsReader;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.StrategyCodec;

/** The JSON of the values certificates carry: profiles, parties, submitted datasets and exact fractions. */
final class CertificateJson {

    /** Longest exact fraction read, in characters: far more than any certificate needs. */
    private static final int MAX_FRACTION_DIGITS = 10_000;

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

    /** @return one dataset per contributor of {@code instance} */
    static List<double[]> read(JsonObject root, String field, MarketInstance instance) {
        JsonValue a = root.required(field);
        List<JsonValue> rows = a.elements();
        if (rows.size() != instance.contributors().size()) {
            throw a.problem("needs one dataset per contributor (" + instance.contributors().size() + "), found "
                    + rows.size());
        }
        List<double[]> subs = new ArrayList<>();
        long points = 0;
        for (JsonValue row : rows) {
            double[] y = row.numbers();
            points += y.length;
            if (points > SubmissionsReader.MAX_POINTS) {
                throw row.problem("more than " + SubmissionsReader.MAX_POINTS + " points in all (the limit)");
            }
            subs.add(y);
        }
        return subs;
    }

    static void writeProfile(ObjectNode o, String field, Profile profile) {
        ArrayNode p = o.putArray(field);
        profile.strategies().forEach(s -> p.add(StrategyCodec.write(s)));
    }

    static Profile readProfile(JsonObject root, String field, MarketInstance instance) {
        JsonValue ps = root.required(field);
        List<JsonValue> given = ps.nonEmptyElements();
        if (given.size() != instance.contributors().size()) {
            throw ps.problem("needs one strategy per contributor (" + instance.contributors().size() + "), found "
                    + given.size());
        }
        List<Strategy> strategies = new ArrayList<>();
        for (JsonValue s : given) {
            strategies.add(StrategyCodec.read(s));
        }
        return new Profile(strategies);
    }

    /** @return the index {@code field}, in [0, size) */
    static int readIndex(JsonObject root, String field, int size) {
        return root.required(field).integer(0, size - 1);
    }

    /** Writes an exact number as {@code "p/q"}. */
    static void writeFraction(ObjectNode o, String field, BigFraction x) {
        o.put(field, Decimals.fraction(x));
    }

    static BigFraction readFraction(JsonObject root, String field) {
        JsonValue v = root.required(field);
        String s = v.string();
        String[] f = s.split("/", -1);
        try {
            if (f.length <= 2 && s.length() <= MAX_FRACTION_DIGITS) {
                return f.length == 1 ? BigFraction.of(new BigInteger(f[0]))
                        : BigFraction.of(new BigInteger(f[0]), new BigInteger(f[1]));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // refused below
        }
        throw v.problem("must be an exact fraction \"p/q\" or integer \"p\" (at most " + MAX_FRACTION_DIGITS
                + " characters), found \"" + s + "\"");
    }
}
