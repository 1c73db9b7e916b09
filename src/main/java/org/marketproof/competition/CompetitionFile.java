package org.marketproof.competition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marketproof.InvalidInputException;

/**
 * Reads and writes competition files (format in {@code specs/competition.md}). Every problem is
 * reported as one {@link InvalidInputException} naming the field by its JSON path.
 */
public final class CompetitionFile {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private CompetitionFile() {}

    /** @return the instance in {@code path} */
    public static CompetitionInstance read(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(path.toString(), "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(path.toString(), "cannot be read: " + e.getMessage());
        }
        return parse(text, path.toString());
    }

    /** @return the instance in {@code json}; {@code origin} names the whole file in errors */
    public static CompetitionInstance parse(String json, String origin) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(origin, "malformed JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(origin, "must be a JSON object with 'sources' and 'aggregators'");
        }
        allowOnly(root, "", Set.of("sources", "aggregators", "couplingScale"));
        JsonNode sourcesNode = array(root, "sources", "sources");
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < sourcesNode.size(); i++) {
            sources.add(source(sourcesNode.get(i), "sources[" + i + "]"));
        }
        List<String> allNames = sources.stream().map(Source::name).toList();
        for (int i = 0; i < allNames.size(); i++) {
            if (allNames.indexOf(allNames.get(i)) != i) {
                throw new InvalidInputException("sources[" + i + "].name", "duplicate source name '" + allNames.get(i) + "'");
            }
        }
        JsonNode aggregatorsNode = array(root, "aggregators", "aggregators");
        List<Aggregator> aggregators = new ArrayList<>();
        for (int b = 0; b < aggregatorsNode.size(); b++) {
            aggregators.add(aggregator(aggregatorsNode.get(b), "aggregators[" + b + "]", allNames));
        }
        double alpha = root.has("couplingScale") ? number(root.get("couplingScale"), "couplingScale") : 1;
        CompetitionInstance instance = new CompetitionInstance(sources, aggregators, alpha);
        new Market(instance);
        return instance;
    }

    private static Source source(JsonNode node, String at) {
        object(node, at);
        allowOnly(node, at + ".", Set.of("name", "x", "effort"));
        String name = text(node, "name", at);
        double[] x = vector(required(node, "x", at), at + ".x");
        JsonNode e = required(node, "effort", at);
        object(e, at + ".effort");
        allowOnly(e, at + ".effort.", Set.of("kind", "s0", "k", "max"));
        String kind = text(e, "kind", at + ".effort");
        EffortFamily family = null;
        for (EffortFamily f : EffortFamily.values()) {
            if (f.jsonName().equals(kind)) {
                family = f;
            }
        }
        if (family == null) {
            throw new InvalidInputException(at + ".effort.kind",
                    "unknown kind '" + kind + "' (expected exponential, reciprocal or power)");
        }
        double s0 = number(required(e, "s0", at + ".effort"), at + ".effort.s0");
        double k = number(required(e, "k", at + ".effort"), at + ".effort.k");
        double max = e.has("max") ? number(e.get("max"), at + ".effort.max") : Double.POSITIVE_INFINITY;
        EffortFamily f = family;
        EffortModel model = rethrowUnder(at + ".effort", () -> new EffortModel(f, s0, k, max));
        return rethrowUnder(at, () -> new Source(name, x, model));
    }

    private static Aggregator aggregator(JsonNode node, String at, List<String> allSources) {
        object(node, at);
        allowOnly(node, at + ".", Set.of("name", "estimator", "queries", "eta", "competition", "buys"));
        String name = text(node, "name", at);
        String est = text(node, "estimator", at);
        EstimatorKind kind = null;
        for (EstimatorKind k : EstimatorKind.values()) {
            if (k.jsonName().equals(est)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new InvalidInputException(at + ".estimator", "unknown estimator '" + est + "' (expected ols or mean)");
        }
        JsonNode qs = array(node, "queries", at + ".queries");
        List<QueryPoint> queries = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            String qat = at + ".queries[" + i + "]";
            JsonNode q = qs.get(i);
            object(q, qat);
            allowOnly(q, qat + ".", Set.of("x", "weight"));
            double[] x = vector(required(q, "x", qat), qat + ".x");
            double w = number(required(q, "weight", qat), qat + ".weight");
            queries.add(rethrowUnder(qat, () -> new QueryPoint(x, w)));
        }
        double eta = node.has("eta") ? number(node.get("eta"), at + ".eta") : 1;
        Map<String, Double> competition = new LinkedHashMap<>();
        if (node.has("competition")) {
            JsonNode comp = node.get("competition");
            object(comp, at + ".competition");
            Iterator<Map.Entry<String, JsonNode>> it = comp.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                competition.put(e.getKey(), number(e.getValue(), at + ".competition." + e.getKey()));
            }
        }
        List<String> buys = new ArrayList<>();
        if (node.has("buys")) {
            JsonNode bs = node.get("buys");
            if (!bs.isArray()) {
                throw new InvalidInputException(at + ".buys", "must be an array of source names");
            }
            for (int i = 0; i < bs.size(); i++) {
                if (!bs.get(i).isTextual()) {
                    throw new InvalidInputException(at + ".buys[" + i + "]", "must be a source name (a string)");
                }
                buys.add(bs.get(i).asText());
            }
        } else {
            buys.addAll(allSources);
        }
        EstimatorKind k = kind;
        return rethrowUnder(at, () -> new Aggregator(name, k, queries, eta, competition, buys));
    }

    /** @return the instance as a competition file (JSON text) */
    public static String write(CompetitionInstance instance) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode sources = root.putArray("sources");
        for (Source s : instance.sources()) {
            ObjectNode o = sources.addObject();
            o.put("name", s.name());
            ArrayNode x = o.putArray("x");
            for (double v : s.x()) {
                x.add(v);
            }
            ObjectNode e = o.putObject("effort");
            e.put("kind", s.effort().family().jsonName());
            e.put("s0", s.effort().s0());
            e.put("k", s.effort().k());
            if (s.effort().bounded()) {
                e.put("max", s.effort().maxEffort());
            }
        }
        ArrayNode aggs = root.putArray("aggregators");
        for (Aggregator a : instance.aggregators()) {
            ObjectNode o = aggs.addObject();
            o.put("name", a.name());
            o.put("estimator", a.estimator().jsonName());
            ArrayNode qs = o.putArray("queries");
            for (QueryPoint q : a.queries()) {
                ObjectNode qo = qs.addObject();
                ArrayNode x = qo.putArray("x");
                for (double v : q.x()) {
                    x.add(v);
                }
                qo.put("weight", q.weight());
            }
            o.put("eta", a.eta());
            ObjectNode comp = o.putObject("competition");
            a.competition().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> comp.put(e.getKey(), e.getValue()));
            ArrayNode buys = o.putArray("buys");
            a.buys().forEach(buys::add);
        }
        if (instance.couplingScale() != 1) {
            root.put("couplingScale", instance.couplingScale());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T rethrowUnder(String prefix, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            String problem = e.getMessage().substring(e.field().length() + 2);
            throw new InvalidInputException(prefix + "." + e.field(), problem);
        }
    }

    private static void allowOnly(JsonNode node, String prefix, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw new InvalidInputException(prefix + n, "unknown field (allowed: " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static void object(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(at, "must be a JSON object");
        }
    }

    private static JsonNode required(JsonNode node, String name, String at) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new InvalidInputException(at + "." + name, "is missing");
        }
        return v;
    }

    private static JsonNode array(JsonNode node, String name, String at) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new InvalidInputException(at, "is missing");
        }
        if (!v.isArray()) {
            throw new InvalidInputException(at, "must be an array");
        }
        return v;
    }

    private static String text(JsonNode node, String name, String at) {
        JsonNode v = required(node, name, at);
        if (!v.isTextual()) {
            throw new InvalidInputException(at + "." + name, "must be a string");
        }
        return v.asText();
    }

    private static double number(JsonNode v, String at) {
        if (!v.isNumber()) {
            throw new InvalidInputException(at, "must be a number, got " + v);
        }
        double d = v.asDouble();
        if (!Double.isFinite(d)) {
            throw new InvalidInputException(at, "must be a finite number, got " + v);
        }
        return d;
    }

    private static double[] vector(JsonNode v, String at) {
        if (!v.isArray()) {
            throw new InvalidInputException(at, "must be an array of numbers");
        }
        double[] x = new double[v.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = number(v.get(i), at + "[" + i + "]");
        }
        return x;
    }
}
