package org.marketproof.market.strategy;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What an evaluator established about a worst-case utility inf_mu E_mu[...] (7), or about a gain.
 *
 * <p>Three kinds: an exact value (possibly minus infinity, which the exact evaluator reports when
 * the worst case over mu is unbounded); a simulation estimate that bounds the infimum from both
 * sides at the stated confidence (when the expected utility provably does not depend on mu); and a
 * simulation over a grid of mu values, which bounds the infimum from above only: the value at one
 * mu says nothing about how low it goes elsewhere.
 *
 * @param kind which of the three
 * @param point the exact value, or the estimate (at the minimizing grid point)
 * @param lower a lower bound on the infimum (minus infinity when none is established)
 * @param upper an upper bound on the infimum
 * @param level the confidence level of the bounds (1 when exact)
 * @param samples Monte Carlo samples per mu (0 when exact)
 * @param note what was evaluated, e.g. the grid of mu
 * @param exactValue the exact value when {@code kind} is EXACT, else null
 */
public record UtilityFigure(Kind kind, double point, double lower, double upper, double level, long samples,
        String note, Extended exactValue) {

    /**
     * @param kind which of the three
     * @param point the exact value, or the estimate
     * @param lower a lower bound on the infimum
     * @param upper an upper bound on the infimum
     * @param level the confidence level of the bounds
     * @param samples Monte Carlo samples per mu
     * @param note what was evaluated
     * @param exactValue the exact value, present exactly when {@code kind} is EXACT
     * @throws IllegalArgumentException if {@code exactValue} is present for a non-exact figure or
     *     missing for an exact one
     */
    public UtilityFigure {
        if ((kind == Kind.EXACT) != (exactValue != null)) {
            throw new IllegalArgumentException("exactly the exact figures carry an exact value");
        }
    }

    /**
     * @param kind {@link Kind#INTERVAL} or {@link Kind#UPPER_BOUND}
     * @param point the estimate (at the minimizing grid point)
     * @param lower a lower bound on the infimum (minus infinity when none is established)
     * @param upper an upper bound on the infimum
     * @param level the confidence level of the bounds
     * @param samples Monte Carlo samples per mu
     * @param note what was evaluated, e.g. the grid of mu
     * @return a simulation figure
     */
    public static UtilityFigure estimate(Kind kind, double point, double lower, double upper, double level, long samples,
            String note) {
        return new UtilityFigure(kind, point, lower, upper, level, samples, note, null);
    }

    /** What the figure establishes. */
    public enum Kind {
        /** Exact (rational, or minus infinity). */
        EXACT,
        /** A confidence interval for the infimum: the expectation does not depend on mu. */
        INTERVAL,
        /** Only an upper confidence bound on the infimum (from a grid of mu values). */
        UPPER_BOUND
    }

    /**
     * @param v the exact value (possibly minus infinity)
     * @param note what was evaluated
     * @return an exact figure: point and both bounds at {@code v}, level 1, no samples
     */
    public static UtilityFigure exact(Extended v, String note) {
        double d = v.toDouble();
        return new UtilityFigure(Kind.EXACT, d, d, d, 1.0, 0, note, v);
    }

    /** @return whether the figure is exact */
    public boolean isExact() {
        return kind == Kind.EXACT;
    }

    /**
     * @param other the figure subtracted, e.g. the baseline u_i(s*)
     * @return {@code this - other} exactly when both are exact and the difference is defined
     *     (minus infinity minus minus infinity is not)
     */
    public java.util.Optional<Extended> exactGain(UtilityFigure other) {
        if (!isExact() || !other.isExact()) {
            return java.util.Optional.empty();
        }
        Extended a = exactValue;
        Extended b = other.exactValue;
        if (a.isFinite() && b.isFinite()) {
            return java.util.Optional.of(Extended.of(a.value().subtract(b.value())));
        }
        if (a.infinity() == b.infinity()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(a.isFinite() ? b.negate() : a);
    }

    /**
     * The certified lower bound on {@code this - other}: this figure's lower bound minus the other's
     * upper bound (undefined, hence not certified, when both are minus infinity).
     *
     * @param other the figure subtracted, e.g. the baseline u_i(s*)
     * @return {@code lower - other.upper}, minus infinity where that is undefined
     */
    public double gainLowerBound(UtilityFigure other) {
        double g = lower - other.upper;
        return Double.isNaN(g) ? Double.NEGATIVE_INFINITY : g;
    }

    /**
     * @param other the figure subtracted, e.g. the baseline u_i(s*)
     * @return the point difference (undefined as minus infinity)
     */
    public double gainPoint(UtilityFigure other) {
        double g = point - other.point;
        return Double.isNaN(g) ? Double.NEGATIVE_INFINITY : g;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case EXACT -> Figures.format(point) + " (exact" + (note.isEmpty() ? "" : ", " + note) + ")";
            case INTERVAL -> Figures.format(point) + " in [" + Figures.format(lower) + ", " + Figures.format(upper)
                    + "] (" + levelLabel(level) + " CI, " + samples + " samples, " + note + ")";
            case UPPER_BOUND -> "<= " + Figures.format(upper) + " (" + levelLabel(level) + " upper bound, estimate "
                    + Figures.format(point) + ", " + samples + " samples per mu, " + note + ")";
        };
    }

    /**
     * @param l a confidence level in (0, 1)
     * @return it as a label: a percentage of at most four significant digits without trailing zeros
     *     ({@code 95%}, {@code 99.9%}), or {@code 1 - 1.0e-06} when it is within 1e-3 of 1, where four
     *     digits would print {@code 100%}
     */
    public static String levelLabel(double l) {
        return 1 - l < 1e-3 ? String.format(Locale.ROOT, "1 - %.2g", 1 - l)
                : new BigDecimal(String.format(Locale.ROOT, "%.4g", 100 * l)).stripTrailingZeros().toPlainString() + "%";
    }
}
