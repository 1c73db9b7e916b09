package org.marketproof.competition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marketproof.InvalidInputException;
import org.marketproof.io.DocumentKind;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonValue;

/**
 * Reads and writes competition files (format in {@code specs/competition.md}). Every problem is
 * reported as one {@link InvalidInputException} naming the field by its JSON path.
 */
public final class CompetitionFile {
    private CompetitionFile() {}

    /** Most sources, and most aggregators, a competition file may list. */
    public static final int MAX_PARTIES = 10_000;
    /** Most coordinates of a feature point. */
    public static final int MAX_DIMENSION = 100;
    /**
     * Most coupling work {@code |S| * |B|^2} (sources times aggregators squared). Each step of the
     * best-response iteration of (28) computes the coupling of every aggregator with every other at
     * cost {@code O(|B|^2 |S| p^2)} ({@link Market#coupling}), for up to 20,000 steps per split rule;
     * beyond this bound one analysis takes minutes to hours (measured: 100 sources and 100
     * aggregators, 10^6, ran over 60 s; 1,000 by 1,000 and 100 by 10,000 did not finish in 60 s).
     */
    public static final long MAX_COUPLING_WORK = 250_000;

    /**
     * @param path a competition file (JSON)
     * @return the instance in {@code path}
     * @throws org.marketproof.InvalidInputException naming the field if the file cannot be read, is
     *     not JSON, is another kind of document, or describes an invalid market
     */
    public static CompetitionInstance read(Path path) {
        return fromJson(JsonInput.document(path));
    }

    /**
     * @param json the text of a competition file
     * @param origin what names the whole file in error messages (a path or a description)
     * @return the instance in {@code json}
     * @throws org.marketproof.InvalidInputException naming the field as {@link #read} does
     */
    public static CompetitionInstance parse(String json, String origin) {
        return fromJson(JsonValue.root(JsonInput.parse(json, origin), origin));
    }

    /**
     * @param root a parsed competition file, refused if it is another kind of file
     * @return the instance it describes
     */
    public static CompetitionInstance fromJson(JsonValue root) {
        DocumentKind.expect(root, DocumentKind.COMPETITION);
        return instance(root);
    }

    /**
     * @param value the JSON object holding {@code sources}, {@code aggregators} and optionally the
     *     coupling scale, without a document-kind check
     * @return the instance at {@code value}, for documents that embed one (certificates)
     * @throws org.marketproof.InvalidInputException naming the field under {@code value}'s path
     */
    public static CompetitionInstance instance(JsonValue value) {
        return value.object(o -> {
            List<Source> sources = new ArrayList<>();
            Set<String> allNames = new LinkedHashSet<>();
            for (JsonValue s : limited(o.required("sources"))) {
                Source source = source(s);
                if (!allNames.add(source.name())) {
                    throw new InvalidInputException(s.below("name"), "duplicate source name \"" + source.name() + "\"");
                }
                sources.add(source);
            }
            int dimension = sources.get(0).x().length;
            List<Aggregator> aggregators = new ArrayList<>();
            JsonValue aggregatorList = o.required("aggregators");
            for (JsonValue a : limited(aggregatorList)) {
                aggregators.add(aggregator(a, allNames, dimension));
            }
            long work = couplingWork(sources.size(), aggregators.size());
            if (work > MAX_COUPLING_WORK) {
                throw aggregatorList.problem(sources.size() + " sources and " + aggregators.size()
                        + " aggregators give a coupling work |S| |B|^2 = " + work + ", over the limit "
                        + MAX_COUPLING_WORK + " (each best-response step costs |S| |B|^2)");
            }
            double alpha = o.optional("couplingScale").map(JsonValue::number).orElse(1.0);
            return rethrowUnder(value, () -> {
                CompetitionInstance instance = new CompetitionInstance(sources, aggregators, alpha);
                new Market(instance);
                return instance;
            });
        });
    }

    /**
     * @param sources |S|
     * @param aggregators |B|
     * @return the coupling work {@code |S| |B|^2} of one best-response step ({@link #MAX_COUPLING_WORK})
     */
    public static long couplingWork(int sources, int aggregators) {
        return (long) sources * aggregators * aggregators;
    }

    private static List<JsonValue> limited(JsonValue parties) {
        List<JsonValue> all = parties.nonEmptyElements();
        if (all.size() > MAX_PARTIES) {
            throw parties.problem("lists more than " + MAX_PARTIES + " (the limit)");
        }
        return all;
    }

    private static Source source(JsonValue value) {
        return value.object(o -> {
            String name = o.required("name").string();
            double[] x = vector(o.required("x"));
            JsonValue effort = o.required("effort");
            EffortModel model = effort.object(e -> {
                EffortFamily family = e.required("kind").oneOf(List.of(EffortFamily.values()), EffortFamily::jsonName);
                double s0 = e.required("s0").number();
                double k = e.required("k").number();
                double max = e.optional("max").map(JsonValue::number).orElse(Double.POSITIVE_INFINITY);
                return rethrowUnder(effort, () -> new EffortModel(family, s0, k, max));
            });
            return rethrowUnder(value, () -> new Source(name, x, model));
        });
    }

    /**
     * Reads an aggregator. The mean estimator's weights {@code c_s = 1/|S_b|} are the same at every
     * query point, so its loss does not depend on {@code F_b}: a mean aggregator may leave
     * {@code queries} out (it is then one point at the origin). Weights that are given must sum to
     * 1, as {@code F_b} is a probability distribution; they are not normalised, so that the
     * instance analysed is the one written (specs/competition.md, "Query points").
     */
    private static Aggregator aggregator(JsonValue value, Set<String> allSources, int dimension) {
        return value.object(o -> {
            String name = o.required("name").string();
            EstimatorKind kind = o.required("estimator").oneOf(List.of(EstimatorKind.values()), EstimatorKind::jsonName);
            List<QueryPoint> queries = new ArrayList<>();
            Optional<JsonValue> given = kind == EstimatorKind.MEAN ? o.optional("queries") : Optional.of(o.required("queries"));
            if (given.isEmpty()) {
                queries.add(new QueryPoint(new double[dimension], 1));
            }
            for (JsonValue q : given.map(JsonValue::nonEmptyElements).orElse(List.of())) {
                queries.add(q.object(f -> {
                    double[] x = vector(f.required("x"));
                    double w = f.required("weight").number();
                    return rethrowUnder(q, () -> new QueryPoint(x, w));
                }));
            }
            double eta = o.optional("eta").map(JsonValue::number).orElse(1.0);
            Map<String, Double> competition = new LinkedHashMap<>();
            o.optional("competition").ifPresent(c -> c.object(f -> {
                f.entries().forEach(e -> competition.put(e.getKey(), e.getValue().number()));
                return competition;
            }));
            List<String> buys = new ArrayList<>();
            Optional<JsonValue> listed = o.optional("buys");
            listed.ifPresent(b -> b.nonEmptyElements().forEach(s -> buys.add(s.string())));
            if (listed.isEmpty()) {
                buys.addAll(allSources);
            }
            return rethrowUnder(value, () -> new Aggregator(name, kind, queries, eta, competition, buys));
        });
    }

    /**
     * @param instance the market to write
     * @return the instance as a competition file (JSON text) that {@link #parse} reads back to an
     *     equal instance
     */
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

    /** Runs a domain constructor whose checks name fields relative to the value {@code at}. */
    private static <T> T rethrowUnder(JsonValue at, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(at.below(e.field()), e.getMessage().substring(e.field().length() + 2));
        }
    }

    /** @return the feature point at {@code value}: finite numbers, at most {@link #MAX_DIMENSION} */
    private static double[] vector(JsonValue value) {
        double[] x = value.numbers();
        if (x.length > MAX_DIMENSION) {
            throw value.problem("has more than " + MAX_DIMENSION + " coordinates (the limit)");
        }
        return x;
    }
}
