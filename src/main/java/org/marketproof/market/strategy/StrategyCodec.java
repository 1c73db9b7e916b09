package org.marketproof.market.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.marketproof.io.JsonObject;
import org.marketproof.io.JsonValue;

/**
 * Strategies as JSON, for counterexample files: {@code {"collect": 3, "submit": {"kind":
 * "resize-keeping-mean", "target": 5}}}, {@code {"mixture": 0.5, "first": ..., "second": ...}}.
 * Reading names the offending field on bad input.
 */
public final class StrategyCodec {

    /** Most points a strategy may collect or submit: ten million, 80 MB of doubles per play. */
    public static final int MAX_POINTS = 10_000_000;

    /** Submission kinds, as written in {@code submit.kind}. */
    private static final List<String> KINDS = List.of("as-collected", "shift", "scale-about-mean",
            "scale-about-origin", "add-noise", "resize-keeping-mean", "fabricate-from-fit", "keep-first", "duplicate",
            "robust-repeated", "constant", "fixed-normal", "composition");

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private StrategyCodec() {
    }

    /**
     * @param s a pure strategy or a mixture
     * @return the strategy as JSON that {@link #read} reads back, with a {@code name} label added
     */
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

    /**
     * Reads a strategy, refusing what it cannot take as written: no field is defaulted, clamped or
     * made positive ({@code name} is the label {@link #write} adds and is not read).
     *
     * @param value the JSON object of one strategy
     * @return the strategy it describes
     * @throws org.marketproof.InvalidInputException naming the field when the strategy is malformed
     *     or out of range (e.g. more than {@link #MAX_POINTS} points)
     */
    public static Strategy read(JsonValue value) {
        return value.object(o -> {
            if (o.has("mixture")) {
                double p = o.required("mixture").within(0, 1);
                return new Strategy.Mixture(p, read(o.required("first")), read(o.required("second")));
            }
            o.optional("name");
            JsonValue collect = o.required("collect");
            int n = collect.integer(0, MAX_POINTS);
            JsonValue submit = o.required("submit");
            Submission f = readSubmission(submit);
            long size;
            try {
                size = f.outputSize(n);
            } catch (ArithmeticException e) {
                size = Long.MAX_VALUE;
            }
            if (size > MAX_POINTS) {
                throw submit.problem("submits more than " + MAX_POINTS + " points from " + n + " collected (the limit)");
            }
            return Strategy.of(n, f);
        });
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

    static Submission readSubmission(JsonValue value) {
        return value.object(o -> switch (o.required("kind").oneOf(KINDS)) {
            case "as-collected" -> new Submissions.Identity();
            case "shift" -> new Submissions.Shift(o.required("delta").number());
            case "scale-about-mean" -> new Submissions.ScaleAboutMean(o.required("factor").number());
            case "scale-about-origin" -> new Submissions.ScaleAboutOrigin(o.required("factor").number());
            case "add-noise" -> new Submissions.AddNoise(nonNegative(o.required("sd")));
            case "resize-keeping-mean" -> new Submissions.ResizeKeepingMean(size(o, "target"));
            case "fabricate-from-fit" -> new Submissions.FitAndSample(size(o, "target"), o.required("variance").positive());
            case "keep-first" -> new Submissions.Drop(size(o, "keep"));
            case "duplicate" -> new Submissions.Duplicate(o.required("copies").integer(1, MAX_POINTS));
            case "robust-repeated" -> new Submissions.RobustRepeated(o.required("statistic").oneOf(
                    List.of(Submissions.RobustRepeated.Statistic.values()), Enum::name), size(o, "target"));
            case "constant" -> new Submissions.Constant(o.required("value").number(), size(o, "target"));
            case "fixed-normal" -> new Submissions.FixedNormal(o.required("center").number(),
                    o.required("variance").positive(), size(o, "target"));
            default -> new Submissions.Composition(readSubmission(o.required("first")), readSubmission(o.required("then")));
        });
    }

    private static double nonNegative(JsonValue v) {
        double x = v.number();
        v.check(x >= 0, "must be >= 0");
        return x;
    }

    private static int size(JsonObject o, String field) {
        return o.required(field).integer(0, MAX_POINTS);
    }
}
