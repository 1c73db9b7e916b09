package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marketproof.InvalidInputException;
import org.marketproof.io.JsonInput;
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

    static Sampling read(JsonNode root) {
        String evaluator = JsonInput.string(root, "evaluator", "evaluator");
        if (evaluator.equals("exact")) {
            return EXACT;
        }
        if (!evaluator.equals("simulation")) {
            throw new InvalidInputException("evaluator", "must be \"exact\" or \"simulation\"");
        }
        double level = JsonInput.number(root.get("level"), "level");
        if (!(level > 0 && level < 1)) {
            throw new InvalidInputException("level", "must be in (0, 1)");
        }
        return new Sampling((int) JsonInput.integer(root, "samples", "samples", 2, 100_000_000, 0), level,
                JsonInput.integer(root, "seed", "seed", Long.MIN_VALUE, Long.MAX_VALUE, 0));
    }

    @Override
    public String toString() {
        return exact() ? "exact" : "simulation (" + samples + " samples, level " + level + ", seed " + seed + ")";
    }
}
