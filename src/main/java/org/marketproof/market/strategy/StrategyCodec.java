package org.marketproof.market.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marketproof.InvalidInputException;
import org.marketproof.io.JsonInput;

/**
 * Strategies as JSON, for counterexample files: {@code {"collect": 3, "submit": {"kind":
 * "resize-keeping-mean", "target": 5}}}, {@code {"mixture": 0.5, "first": ..., "second": ...}}.
 * Reading names the offending field on bad input.
 */
public final class StrategyCodec {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private StrategyCodec() {
    }

    public static JsonNode write(Strategy s) {
        ObjectNode o = F.objectNode();
        if (s instanceof Strategy.Pure p) {
            o.put("name", p.name());
            o.put("collect", p.collect());
            o.set("submit", write(p.submission()));
        } else if (s instanceof Strategy.Mixture m) {
            o.put("mixture", m.probability());
            o.set("first", write(m.first()));
            o.set("second", write(m.second()));
        }
        return o;
    }

    public static Strategy read(JsonNode node, String path) {
        JsonInput.object(node, path);
        if (node.has("mixture")) {
            double p = JsonInput.number(node.get("mixture"), path + ".mixture");
            if (!(p >= 0 && p <= 1)) {
                throw new InvalidInputException(path + ".mixture", "must be in [0, 1]");
            }
            return new Strategy.Mixture(p, read(node.get("first"), path + ".first"), read(node.get("second"), path + ".second"));
        }
        int n = (int) JsonInput.integer(node, "collect", path + ".collect", 0, 100_000_000, -1);
        if (n < 0) {
            throw new InvalidInputException(path + ".collect", "missing");
        }
        return Strategy.of(n, readSubmission(node.get("submit"), path + ".submit"));
    }

    static JsonNode write(Submission f) {
        ObjectNode o = F.objectNode();
        if (f instanceof Submissions.Identity) {
            o.put("kind", "as-collected");
        } else if (f instanceof Submissions.Shift x) {
            o.put("kind", "shift").put("delta", x.delta());
        } else if (f instanceof Submissions.ScaleAboutMean x) {
            o.put("kind", "scale-about-mean").put("factor", x.factor());
        } else if (f instanceof Submissions.ScaleAboutOrigin x) {
            o.put("kind", "scale-about-origin").put("factor", x.factor());
        } else if (f instanceof Submissions.AddNoise x) {
            o.put("kind", "add-noise").put("sd", x.sd());
        } else if (f instanceof Submissions.ResizeKeepingMean x) {
            o.put("kind", "resize-keeping-mean").put("target", x.target());
        } else if (f instanceof Submissions.FitAndSample x) {
            o.put("kind", "fabricate-from-fit").put("target", x.target()).put("variance", x.variance());
        } else if (f instanceof Submissions.Drop x) {
            o.put("kind", "keep-first").put("keep", x.keep());
        } else if (f instanceof Submissions.Duplicate x) {
            o.put("kind", "duplicate").put("copies", x.copies());
        } else if (f instanceof Submissions.RobustRepeated x) {
            o.put("kind", "robust-repeated").put("statistic", x.statistic().name()).put("target", x.target());
        } else if (f instanceof Submissions.Constant x) {
            o.put("kind", "constant").put("value", x.value()).put("target", x.target());
        } else if (f instanceof Submissions.FixedNormal x) {
            o.put("kind", "fixed-normal").put("center", x.center()).put("variance", x.variance()).put("target", x.target());
        } else if (f instanceof Submissions.Composition x) {
            o.put("kind", "composition");
            o.set("first", write(x.first()));
            o.set("then", write(x.second()));
        } else {
            throw new IllegalArgumentException("no JSON form for " + f.name());
        }
        return o;
    }

    static Submission readSubmission(JsonNode node, String path) {
        JsonInput.object(node, path);
        String kind = JsonInput.string(node, "kind", path + ".kind");
        return switch (kind) {
            case "as-collected" -> new Submissions.Identity();
            case "shift" -> new Submissions.Shift(num(node, "delta", path));
            case "scale-about-mean" -> new Submissions.ScaleAboutMean(num(node, "factor", path));
            case "scale-about-origin" -> new Submissions.ScaleAboutOrigin(num(node, "factor", path));
            case "add-noise" -> new Submissions.AddNoise(Math.abs(num(node, "sd", path)));
            case "resize-keeping-mean" -> new Submissions.ResizeKeepingMean(size(node, "target", path));
            case "fabricate-from-fit" -> new Submissions.FitAndSample(size(node, "target", path),
                    JsonInput.positive(node, "variance", path + ".variance"));
            case "keep-first" -> new Submissions.Drop(size(node, "keep", path));
            case "duplicate" -> new Submissions.Duplicate(Math.max(1, size(node, "copies", path)));
            case "robust-repeated" -> new Submissions.RobustRepeated(statistic(node, path), size(node, "target", path));
            case "constant" -> new Submissions.Constant(num(node, "value", path), size(node, "target", path));
            case "fixed-normal" -> new Submissions.FixedNormal(num(node, "center", path),
                    JsonInput.positive(node, "variance", path + ".variance"), size(node, "target", path));
            case "composition" -> new Submissions.Composition(readSubmission(node.get("first"), path + ".first"),
                    readSubmission(node.get("then"), path + ".then"));
            default -> throw new InvalidInputException(path + ".kind", "unknown submission kind \"" + kind + "\"");
        };
    }

    private static double num(JsonNode node, String field, String path) {
        return JsonInput.number(node.get(field), path + "." + field);
    }

    private static int size(JsonNode node, String field, String path) {
        return (int) JsonInput.integer(node, field, path + "." + field, 0, 100_000_000, 0);
    }

    private static Submissions.RobustRepeated.Statistic statistic(JsonNode node, String path) {
        String s = JsonInput.string(node, "statistic", path + ".statistic");
        try {
            return Submissions.RobustRepeated.Statistic.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(path + ".statistic", "unknown statistic \"" + s + "\" (MEDIAN or TRIMMED_MEAN_20)");
        }
    }
}
