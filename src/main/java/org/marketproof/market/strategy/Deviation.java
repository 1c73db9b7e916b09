package org.marketproof.market.strategy;

import java.util.Optional;

/**
 * A unilateral deviation of contributor i from a profile, with what is known about its gain
 * u_i(s_i', s_-i) - u_i(s).
 *
 * @param contributor i (0-based, cost order)
 * @param strategy s_i'
 * @param deviating u_i(s_i', s_-i)
 * @param baseline u_i(s)
 * @param gainLowerBound a certified lower bound on the gain (exact when both figures are exact; the
 *     deviation's lower confidence bound minus the baseline's upper one otherwise)
 * @param exactGain the exact gain when both utilities are exact
 * @param evaluator the evaluator of the deviating figure
 * @param seed the seed of the deviating figure (and of the baseline, when simulated)
 * @param method the search method that found it
 */
public record Deviation(int contributor, Strategy strategy, UtilityFigure deviating, UtilityFigure baseline,
        double gainLowerBound, Optional<Extended> exactGain, String evaluator, long seed, String method) {

    /** @return whether the gain is certified positive: exactly, or by the lower confidence bound */
    public boolean certified() {
        return exactGain.map(g -> g.infinity() > 0 || (g.isFinite() && g.value().signum() > 0))
                .orElse(gainLowerBound > 0);
    }

    /** @return the best estimate of the gain */
    public double gainPoint() {
        return exactGain.map(Extended::toDouble).orElse(deviating.gainPoint(baseline));
    }

    /** @return a one-line description */
    public String describe() {
        return "contributor " + (contributor + 1) + " plays [" + strategy.name() + "]: gain "
                + exactGain.map(g -> g + " (exact)").orElse(">= " + Figures.format(gainLowerBound) + " (estimate "
                + Figures.format(gainPoint()) + ")") + "; u_i(deviation) = " + deviating + ", u_i(baseline) = " + baseline;
    }
}
