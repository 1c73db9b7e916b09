package org.marketproof.competition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketproof.InvalidInputException;
import org.marketproof.io.JsonInput;

/**
 * Reads and writes competition files (format in {@code specs/competition.md}). Every problem is
 * reported as one {@link InvalidInputException} naming the field by its JSON path.
 */
public final class CompetitionFile {
    private CompetitionFile() {}

    /** @return the instance in {@code path} */
    public static CompetitionInstance read(Path path) {
        return fromJson(JsonInput.read(path), path.toString());
    }

    /** @return the instance in {@code json}; {@code origin} names the whole file in errors */
    public static CompetitionInstance parse(String json, String origin) {
        return fromJson(JsonInput.parse(json, origin), origin);
    }

    /**
     * @param root a parsed competition file (for example from {@code JsonInput.read}, which also
     *     rejects duplicate keys and trailing tokens)
     * @return the instance it describes
     */
    public static CompetitionInstance fromJson(JsonNode root) {
        return fromJson(root, "competition file");
    }

    private static CompetitionInstance fromJson(JsonNode root, String origin) {
        JsonInput.object(root, origin);
        JsonInput.onlyFields(root, "", "sources", "aggregators", "couplingScale");
        JsonNode sourcesNode = JsonInput.nonEmptyArray(root.get("sources"), "sources");
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
        JsonNode aggregatorsNode = JsonInput.nonEmptyArray(root.get("aggregators"), "aggregators");
        List<Aggregator> aggregators = new ArrayList<>();
        for (int b = 0; b < aggregatorsNode.size(); b++) {
            aggregators.add(aggregator(aggregatorsNode.get(b), "aggregators[" + b + "]", allNames));
        }
        double alpha = JsonInput.number(root, "couplingScale", "couplingScale", 1);
        CompetitionInstance instance = new CompetitionInstance(sources, aggregators, alpha);
        new Market(instance);
        return instance;
    }

    private static Source source(JsonNode node, String at) {
        JsonInput.object(node, at);
        JsonInput.onlyFields(node, at, "name", "x", "effort");
        String name = JsonInput.string(node, "name", at + ".name");
        double[] x = vector(node.get("x"), at + ".x");
        String eat = at + ".effort";
        JsonNode e = JsonInput.object(node.get("effort"), eat);
        JsonInput.onlyFields(e, eat, "kind", "s0", "k", "max");
        String kind = JsonInput.string(e, "kind", eat + ".kind");
        EffortFamily family = null;
        for (EffortFamily f : EffortFamily.values()) {
            if (f.jsonName().equals(kind)) {
                family = f;
            }
        }
        if (family == null) {
            throw new InvalidInputException(eat + ".kind",
                    "unknown kind '" + kind + "' (expected exponential, reciprocal or power)");
        }
        double s0 = JsonInput.number(e.get("s0"), eat + ".s0");
        double k = JsonInput.number(e.get("k"), eat + ".k");
        double max = JsonInput.number(e, "max", eat + ".max", Double.POSITIVE_INFINITY);
        EffortFamily f = family;
        EffortModel model = rethrowUnder(eat, () -> new EffortModel(f, s0, k, max));
        return rethrowUnder(at, () -> new Source(name, x, model));
    }

    private static Aggregator aggregator(JsonNode node, String at, List<String> allSources) {
        JsonInput.object(node, at);
        JsonInput.onlyFields(node, at, "name", "estimator", "queries", "eta", "competition", "buys");
        String name = JsonInput.string(node, "name", at + ".name");
        String est = JsonInput.string(node, "estimator", at + ".estimator");
        EstimatorKind kind = null;
        for (EstimatorKind k : EstimatorKind.values()) {
            if (k.jsonName().equals(est)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new InvalidInputException(at + ".estimator", "unknown estimator '" + est + "' (expected ols or mean)");
        }
        JsonNode qs = JsonInput.nonEmptyArray(node.get("queries"), at + ".queries");
        List<QueryPoint> queries = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            String qat = at + ".queries[" + i + "]";
            JsonNode q = JsonInput.object(qs.get(i), qat);
            JsonInput.onlyFields(q, qat, "x", "weight");
            double[] x = vector(q.get("x"), qat + ".x");
            double w = JsonInput.number(q.get("weight"), qat + ".weight");
            queries.add(rethrowUnder(qat, () -> new QueryPoint(x, w)));
        }
        double eta = JsonInput.number(node, "eta", at + ".eta", 1);
        Map<String, Double> competition = new LinkedHashMap<>();
        if (node.has("competition")) {
            JsonNode comp = JsonInput.object(node.get("competition"), at + ".competition");
            Iterator<Map.Entry<String, JsonNode>> it = comp.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                competition.put(e.getKey(), JsonInput.number(e.getValue(), at + ".competition." + e.getKey()));
            }
        }
        List<String> buys = new ArrayList<>();
        if (node.has("buys")) {
            JsonNode bs = JsonInput.nonEmptyArray(node.get("buys"), at + ".buys");
            for (int i = 0; i < bs.size(); i++) {
                buys.add(JsonInput.string(bs.get(i), at + ".buys[" + i + "]"));
            }
        } else {
            buys.addAll(allSources);
        }
        EstimatorKind k = kind;
        return rethrowUnder(at, () -> new Aggregator(name, k, queries, eta, competition, buys));
    }

    /** @return the instance as a competition file (JSON text) */
    public static String write(CompetitionInstance instance) {
        ObjectNode root = JsonInput.mapper().createObjectNode();
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
            return JsonInput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
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

    /** @return the array of numbers at {@code at}, which may be empty */
    private static double[] vector(JsonNode node, String at) {
        JsonNode v = JsonInput.array(node, at);
        double[] x = new double[v.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = JsonInput.number(v.get(i), at + "[" + i + "]");
        }
        return x;
    }
}
