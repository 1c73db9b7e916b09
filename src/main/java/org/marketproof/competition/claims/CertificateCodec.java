package org.marketproof.competition.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.InvalidInputException;
import org.marketproof.claims.ClaimId;
import org.marketproof.competition.CompetitionFile;
import org.marketproof.competition.CompetitionInstance;
import org.marketproof.competition.EquilibriumCandidate;
import org.marketproof.competition.Exact;
import org.marketproof.competition.Market;
import org.marketproof.io.DocumentKind;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonObject;
import org.marketproof.io.JsonValue;

/**
 * The file form of a {@link CompetitionCertificate} (format {@value CompetitionCertificate#FORMAT},
 * fields in {@code specs/competition.md}): the instance as a competition file, the points as
 * profiles {@code {aggregator: {source: "p/q"}}} of exact rationals, parties by name.
 */
public final class CertificateCodec {
    private static final String[] PROFILES = {"a", "shares", "theta", "slack"};
    /** Longest exact rational read, in characters: far more than any certificate needs. */
    private static final int MAX_EXACT_CHARACTERS = 10_000;

    private CertificateCodec() {}

    static ObjectNode write(CompetitionCertificate c) {
        ObjectNode o = JsonInput.mapper().createObjectNode();
        o.put("format", CompetitionCertificate.FORMAT);
        o.put("claim", c.claim().value());
        o.put("kind", c.kind().jsonName());
        o.put("instanceName", c.instanceName());
        o.set("instance", JsonInput.parse(CompetitionFile.write(c.instance()), "instance"));
        c.candidate().ifPresent(x -> o.set("candidate", point(c.instance(), x)));
        c.other().ifPresent(x -> o.set("other", point(c.instance(), x)));
        if (c.aggregator() >= 0) {
            o.put("aggregator", c.instance().aggregators().get(c.aggregator()).name());
        }
        if (c.source() >= 0) {
            o.put("source", c.instance().sources().get(c.source()).name());
        }
        if (c.peer() >= 0) {
            o.put("peer", c.instance().sources().get(c.peer()).name());
        }
        return o;
    }

    /**
     * Reads a certificate file back.
     *
     * @param root the parsed file
     * @return the certificate, ready to {@link CompetitionCertificate#recheck}
     * @throws InvalidInputException naming the field, for anything malformed
     */
    public static CompetitionCertificate read(JsonValue root) {
        DocumentKind.expect(root, DocumentKind.CERTIFICATE);
        return root.object(o -> {
            JsonValue format = o.required("format");
            if (!format.string().equals(CompetitionCertificate.FORMAT)) {
                throw format.problem("expected \"" + CompetitionCertificate.FORMAT + "\", found " + format.written());
            }
            JsonValue id = o.required("claim");
            ClaimId claim;
            try {
                claim = ClaimId.of(id.string());
            } catch (IllegalArgumentException e) {
                throw id.problem("\"" + id.string() + "\" is not a claim id");
            }
            if (CompetitionCatalog.claims().stream().noneMatch(i -> i.id().equals(claim))) {
                throw id.problem("\"" + id.string() + "\" is not a claim of paper 003");
            }
            CompetitionCertificate.Kind kind = o.required("kind").oneOf(List.of(CompetitionCertificate.Kind.values()),
                    CompetitionCertificate.Kind::jsonName);
            String name = o.optional("instanceName").map(JsonValue::string).orElse("certificate");
            CompetitionInstance instance = CompetitionFile.instance(o.required("instance"));
            Market market = new Market(instance);
            o.optional("figures"); // written for the reader's information only: the re-check recomputes them
            return new CompetitionCertificate(claim, kind, name, instance, optionalPoint(o, "candidate", market),
                    optionalPoint(o, "other", market), party(o, "aggregator", instance, true),
                    party(o, "source", instance, false), party(o, "peer", instance, false));
        });
    }

    private static ObjectNode point(CompetitionInstance instance, EquilibriumCandidate c) {
        ObjectNode o = JsonInput.mapper().createObjectNode();
        BigFraction[][][] values = {c.a(), c.shares(), c.theta(), c.slack()};
        Market market = new Market(instance);
        for (int p = 0; p < PROFILES.length; p++) {
            ObjectNode profile = o.putObject(PROFILES[p]);
            for (int b = 0; b < market.aggregatorCount(); b++) {
                ObjectNode row = profile.putObject(instance.aggregators().get(b).name());
                for (int s : market.members(b)) {
                    row.put(instance.sources().get(s).name(), Exact.write(values[p][b][s]));
                }
            }
        }
        return o;
    }

    private static Optional<EquilibriumCandidate> optionalPoint(JsonObject root, String field, Market market) {
        return root.optional(field).map(point -> point.object(o -> {
            BigFraction[][][] values = new BigFraction[PROFILES.length][][];
            for (int p = 0; p < PROFILES.length; p++) {
                values[p] = profile(o.required(PROFILES[p]), market);
            }
            return new EquilibriumCandidate(values[0], values[1], values[2], values[3]);
        }));
    }

    /** @return the profile; every {@code (b, s in S_b)} must be given, nothing else */
    private static BigFraction[][] profile(JsonValue value, Market market) {
        CompetitionInstance instance = market.instance();
        BigFraction[][] x = new BigFraction[market.aggregatorCount()][market.sourceCount()];
        for (BigFraction[] row : x) {
            java.util.Arrays.fill(row, BigFraction.ZERO);
        }
        return value.object(o -> {
            for (int b = 0; b < market.aggregatorCount(); b++) {
                String name = instance.aggregators().get(b).name();
                int aggregator = b;
                JsonValue row = o.required(name);
                row.object(r -> {
                    for (Map.Entry<String, JsonValue> e : r.entries()) {
                        int s = sourceIndex(instance, e.getValue(), e.getKey());
                        if (!market.buys(aggregator, s)) {
                            throw e.getValue().problem(name + " does not buy from " + e.getKey());
                        }
                        x[aggregator][s] = exact(e.getValue());
                    }
                    if (r.entries().size() != market.members(aggregator).length) {
                        throw row.problem("must give every source " + name + " buys from ("
                                + market.members(aggregator).length + "), found " + r.entries().size());
                    }
                    return row;
                });
            }
            return x;
        });
    }

    private static BigFraction exact(JsonValue v) {
        String text = v.string();
        try {
            if (text.length() <= MAX_EXACT_CHARACTERS) {
                return Exact.parse(text);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // refused below
        }
        throw v.problem("must be an exact rational \"p/q\" or \"p\" (at most " + MAX_EXACT_CHARACTERS
                + " characters), found \"" + text + "\"");
    }

    private static int party(JsonObject root, String field, CompetitionInstance instance, boolean aggregator) {
        Optional<JsonValue> given = root.optional(field);
        if (given.isEmpty()) {
            return -1;
        }
        String name = given.get().string();
        if (aggregator) {
            for (int b = 0; b < instance.aggregators().size(); b++) {
                if (instance.aggregators().get(b).name().equals(name)) {
                    return b;
                }
            }
            throw given.get().problem("unknown aggregator \"" + name + "\"");
        }
        return sourceIndex(instance, given.get(), name);
    }

    private static int sourceIndex(CompetitionInstance instance, JsonValue at, String name) {
        for (int s = 0; s < instance.sources().size(); s++) {
            if (instance.sources().get(s).name().equals(name)) {
                return s;
            }
        }
        throw at.problem("unknown source \"" + name + "\"");
    }
}
