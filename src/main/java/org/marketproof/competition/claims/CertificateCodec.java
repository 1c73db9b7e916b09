package org.marketproof.competition.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
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
import org.marketproof.io.JsonInput;

/**
 * The file form of a {@link CompetitionCertificate} (format {@value CompetitionCertificate#FORMAT},
 * fields in {@code specs/competition.md}): the instance as a competition file, the points as
 * profiles {@code {aggregator: {source: "p/q"}}} of exact rationals, parties by name.
 */
public final class CertificateCodec {
    private static final String[] PROFILES = {"a", "shares", "theta", "slack"};

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
    public static CompetitionCertificate read(JsonNode root) {
        JsonInput.object(root, "certificate");
        JsonInput.onlyFields(root, "", "format", "claim", "kind", "instanceName", "instance", "candidate", "other",
                "aggregator", "source", "peer", "figures");
        String format = JsonInput.string(root, "format", "format");
        if (!format.equals(CompetitionCertificate.FORMAT)) {
            throw new InvalidInputException("format", "expected " + CompetitionCertificate.FORMAT + ", got '" + format + "'");
        }
        String id = JsonInput.string(root, "claim", "claim");
        ClaimId claim;
        try {
            claim = ClaimId.of(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("claim", "'" + id + "' is not a claim id");
        }
        if (CompetitionCatalog.claims().stream().noneMatch(i -> i.id().equals(claim))) {
            throw new InvalidInputException("claim", "'" + id + "' is not a claim of paper 003");
        }
        String kindName = JsonInput.string(root, "kind", "kind");
        CompetitionCertificate.Kind kind = java.util.Arrays.stream(CompetitionCertificate.Kind.values())
                .filter(k -> k.jsonName().equals(kindName)).findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "unknown kind '" + kindName + "'"));
        String name = root.has("instanceName") ? JsonInput.string(root, "instanceName", "instanceName") : "certificate";
        CompetitionInstance instance;
        try {
            instance = CompetitionFile.fromJson(JsonInput.object(root.get("instance"), "instance"));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("instance." + e.field(), e.getMessage().substring(e.field().length() + 2));
        }
        Market market = new Market(instance);
        return new CompetitionCertificate(claim, kind, name, instance, optionalPoint(root, "candidate", market),
                optionalPoint(root, "other", market), party(root, "aggregator", instance, true),
                party(root, "source", instance, false), party(root, "peer", instance, false));
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

    private static Optional<EquilibriumCandidate> optionalPoint(JsonNode root, String field, Market market) {
        if (!root.has(field)) {
            return Optional.empty();
        }
        JsonNode node = JsonInput.object(root.get(field), field);
        JsonInput.onlyFields(node, field, PROFILES);
        BigFraction[][][] values = new BigFraction[PROFILES.length][][];
        for (int p = 0; p < PROFILES.length; p++) {
            values[p] = profile(node.get(PROFILES[p]), field + "." + PROFILES[p], market);
        }
        return Optional.of(new EquilibriumCandidate(values[0], values[1], values[2], values[3]));
    }

    /** @return the profile; every {@code (b, s in S_b)} must be given, nothing else */
    private static BigFraction[][] profile(JsonNode node, String at, Market market) {
        JsonInput.object(node, at);
        CompetitionInstance instance = market.instance();
        BigFraction[][] x = new BigFraction[market.aggregatorCount()][market.sourceCount()];
        for (BigFraction[] row : x) {
            java.util.Arrays.fill(row, BigFraction.ZERO);
        }
        for (int b = 0; b < market.aggregatorCount(); b++) {
            String name = instance.aggregators().get(b).name();
            JsonNode row = JsonInput.object(node.get(name), at + "." + name);
            int given = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); given++) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = at + "." + name + "." + e.getKey();
                int s = sourceIndex(instance, e.getKey(), path);
                if (!market.buys(b, s)) {
                    throw new InvalidInputException(path, name + " does not buy from " + e.getKey());
                }
                try {
                    x[b][s] = Exact.parse(JsonInput.string(e.getValue(), path));
                } catch (NumberFormatException ex) {
                    throw new InvalidInputException(path, "not an exact rational 'p/q' or 'p'");
                }
            }
            if (given != market.members(b).length) {
                throw new InvalidInputException(at + "." + name, "must give every source " + name + " buys from ("
                        + market.members(b).length + "), got " + given);
            }
        }
        return x;
    }

    private static int party(JsonNode root, String field, CompetitionInstance instance, boolean aggregator) {
        if (!root.has(field)) {
            return -1;
        }
        String name = JsonInput.string(root, field, field);
        if (aggregator) {
            for (int b = 0; b < instance.aggregators().size(); b++) {
                if (instance.aggregators().get(b).name().equals(name)) {
                    return b;
                }
            }
            throw new InvalidInputException(field, "unknown aggregator '" + name + "'");
        }
        return sourceIndex(instance, name, field);
    }

    private static int sourceIndex(CompetitionInstance instance, String name, String path) {
        for (int s = 0; s < instance.sources().size(); s++) {
            if (instance.sources().get(s).name().equals(name)) {
                return s;
            }
        }
        throw new InvalidInputException(path, "unknown source '" + name + "'");
    }
}
