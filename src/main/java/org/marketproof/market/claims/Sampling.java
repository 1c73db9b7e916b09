package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.marketproof.io.JsonObject;
import org.marketproof.io.JsonValue;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.SimulationEvaluator;
import org.marketproof.market.strategy.UtilityEvaluator;
import org.marketproof.market.strategy.UtilityFigure;

/**
 * How a certificate's utilities are evaluated: exactly, or by a seeded simulation whose confidence
 * bounds are the error analysis (paper 000, utilities (7) and (9)).
 *
 * @param samples Monte Carlo samples per mu, 0 for exact
 * @param level two-sided confidence level of each interval, 1 for exact
 * @param seed the simulation's seed
 */
record Sampling(int samples, double level, long seed) {

    static final Sampling EXACT = new Sampling(0, 1.0, 0);
    /** Most Monte Carlo samples a certificate may ask for. */
    static final int MAX_SAMPLES = 10_000_000;

    /** @return the sampling that produced {@code f} (exact, or its samples and level) with {@code seed} */
    static Sampling of(UtilityFigure f, long seed) {
        return f.isExact() ? EXACT : new Sampling((int) f.samples(), f.level(), seed);
    }

    boolean exact() {
        return samples == 0;
    }

    /** @return the evaluator: exact, or the simulation with these samples and level */
    UtilityEvaluator evaluator() {
        return exact() ? new ExactEvaluator() : new SimulationEvaluator(samples, level);
    }

    void write(ObjectNode o) {
        o.put("evaluator", exact() ? "exact" : "simulation");
        if (!exact()) {
            o.put("samples", samples).put("level", level).put("seed", seed);
        }
    }

    /** Reads the evaluator; a simulation's samples, level and seed are all required. */
    static Sampling read(JsonObject root) {
        if (root.required("evaluator").oneOf(List.of("exact", "simulation")).equals("exact")) {
            return EXACT;
        }
        JsonValue l = root.required("level");
        double level = l.number();
        l.check(level > 0 && level < 1, "must be in (0, 1)");
        return new Sampling(root.required("samples").integer(2, MAX_SAMPLES), level, root.required("seed").anyLong());
    }

    @Override
    public String toString() {
        return exact() ? "exact" : "simulation (" + samples + " samples, level " + level + ", seed " + seed + ")";
    }
}
