package org.marketproof.competition.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marketproof.claims.Hypothesis;
import org.marketproof.competition.EstimatorKind;
import org.marketproof.competition.Exact;
import org.marketproof.competition.ExactMarket;
import org.marketproof.competition.Market;

/**
 * The hypotheses of paper 003's statements, decided on a {@link CompetitionContext}: exactly when
 * the market has exact constants (demands and lower thresholds are rational), else in doubles.
 * Each failure names the first party that violates it, with the numbers.
 */
final class CompetitionHypotheses {
    private CompetitionHypotheses() {}

    static final Hypothesis<CompetitionContext> FULL_SHARING = new Hypothesis<>(
            "full sharing: every source sells to every aggregator (Sections III-IV)", c -> {
                Market m = c.market();
                for (int s = 0; s < m.sourceCount(); s++) {
                    if (m.buyers(s).length < m.aggregatorCount()) {
                        return Optional.of("source " + c.source(s) + " sells to " + m.buyers(s).length + " of "
                                + m.aggregatorCount() + " aggregators");
                    }
                }
                return Optional.empty();
            });

    static final Hypothesis<CompetitionContext> UNBOUNDED = Hypothesis.of("E_s = [0, inf) for every source",
            c -> c.instance().allUnbounded(), c -> "some source has a maximum effort");

    static final Hypothesis<CompetitionContext> BOUNDED = Hypothesis.of("E_s = [0, e_max] for every source",
            c -> c.instance().allBounded(), c -> "some source has unbounded effort");

    static final Hypothesis<CompetitionContext> SEVERAL_AGGREGATORS = Hypothesis.of("|B| >= 2",
            c -> c.market().aggregatorCount() >= 2, c -> "|B| = 1");

    static final Hypothesis<CompetitionContext> SINGLE_AGGREGATOR = Hypothesis.of("|B| = 1",
            c -> c.market().aggregatorCount() == 1, c -> "|B| = " + c.market().aggregatorCount());

    static final Hypothesis<CompetitionContext> SINGLE_BUYER_EACH = new Hypothesis<>("|B_s| = 1 for every source",
            c -> firstSource(c, s -> c.market().buyers(s).length != 1,
                    s -> "source " + c.source(s) + " sells to " + c.market().buyers(s).length + " aggregators"));

    static final Hypothesis<CompetitionContext> SOME_SHARED_SOURCE = Hypothesis.of("|B_s| >= 2 for some source",
            c -> java.util.stream.IntStream.range(0, c.market().sourceCount()).anyMatch(s -> c.market().buyers(s).length >= 2),
            c -> "every source sells to one aggregator");

    static final Hypothesis<CompetitionContext> ALL_LEAST_SQUARES = Hypothesis.of(
            "every aggregator's estimator is linear regression",
            c -> c.instance().aggregators().stream().allMatch(a -> a.estimator() == EstimatorKind.OLS),
            c -> "some aggregator uses the mean");

    static final Hypothesis<CompetitionContext> PAPER_COUPLING = Hypothesis.of(
            "xi as the estimators define it (coupling scale 1)", c -> c.instance().couplingScale() == 1,
            c -> "the coupling scale is " + c.instance().couplingScale());

    /** {@code gamma^j_i > 0} for every source and aggregator (Theorems 1, 2, 3, 6, Lemma 3). */
    static final Hypothesis<CompetitionContext> POSITIVE_DEMAND = new Hypothesis<>(
            "gamma^j_i > 0 for every source i and aggregator j", c -> positiveDemand(c, false));

    /** {@code gamma^b_s > 0} for every {@code s in S_b} (Theorem 4). */
    static final Hypothesis<CompetitionContext> POSITIVE_DEMAND_OF_BUYERS = new Hypothesis<>(
            "gamma^b_s > 0 for every s in S_b", c -> positiveDemand(c, true));

    static final Hypothesis<CompetitionContext> DEMAND_ABOVE_LOWER = new Hypothesis<>(
            "gamma_s >= underline a_s for every source", c -> firstSource(c, s -> compareToLower(c, s) < 0,
                    s -> "gamma_" + c.source(s) + " = " + show(c, s) + " < underline a = " + lower(c, s)));

    static final Hypothesis<CompetitionContext> DEMAND_IN_A = new Hypothesis<>(
            "gamma_s in [underline a_s, bar a_s) for every source (Theorem 6)", c -> firstSource(c,
                    s -> compareToLower(c, s) < 0 || !belowUpper(c, s), s -> "gamma_" + c.source(s) + " = "
                            + show(c, s) + " outside [" + lower(c, s) + ", " + c.market().effort(s).upperThreshold() + ")"));

    /** The hypotheses of each theorem, as the paper states them. */
    static List<Hypothesis<CompetitionContext>> theorem1() {
        return List.of(FULL_SHARING, UNBOUNDED, POSITIVE_DEMAND, DEMAND_ABOVE_LOWER);
    }

    static List<Hypothesis<CompetitionContext>> theorem2() {
        return List.of(FULL_SHARING, BOUNDED, POSITIVE_DEMAND);
    }

    static List<Hypothesis<CompetitionContext>> theorem3() {
        return List.of(FULL_SHARING, UNBOUNDED, POSITIVE_DEMAND);
    }

    static List<Hypothesis<CompetitionContext>> theorem4() {
        return List.of(UNBOUNDED, POSITIVE_DEMAND_OF_BUYERS, DEMAND_ABOVE_LOWER);
    }

    static List<Hypothesis<CompetitionContext>> theorem6() {
        return List.of(FULL_SHARING, BOUNDED, POSITIVE_DEMAND, DEMAND_IN_A);
    }

    /** @return {@code base} followed by {@code more} */
    static List<Hypothesis<CompetitionContext>> and(List<Hypothesis<CompetitionContext>> base,
            Hypothesis<CompetitionContext> more) {
        List<Hypothesis<CompetitionContext>> out = new ArrayList<>(base);
        out.add(more);
        return List.copyOf(out);
    }

    private static Optional<String> positiveDemand(CompetitionContext c, boolean buyersOnly) {
        Market m = c.market();
        for (int s = 0; s < m.sourceCount(); s++) {
            for (int b = 0; b < m.aggregatorCount(); b++) {
                if (buyersOnly && !m.buys(b, s)) {
                    continue;
                }
                int bb = b;
                int ss = s;
                boolean positive = c.exact().map(em -> em.demand(bb, ss).signum() > 0).orElse(m.demand(b, s) > 0);
                if (!positive) {
                    return Optional.of(String.format(Locale.ROOT, "gamma^%s_%s = %.6g", c.aggregator(b), c.source(s), m.demand(b, s)));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstSource(CompetitionContext c, java.util.function.IntPredicate fails,
            java.util.function.IntFunction<String> why) {
        for (int s = 0; s < c.market().sourceCount(); s++) {
            if (fails.test(s)) {
                return Optional.of(why.apply(s));
            }
        }
        return Optional.empty();
    }

    private static int compareToLower(CompetitionContext c, int s) {
        Optional<ExactMarket> em = c.exact();
        if (em.isPresent()) {
            return Exact.compare(em.get().totalDemand(s), em.get().lowerThreshold(s));
        }
        return Double.compare(c.market().totalDemand(s), c.market().effort(s).lowerThreshold());
    }

    private static boolean belowUpper(CompetitionContext c, int s) {
        return c.exact().map(em -> em.compareToUpper(s, em.totalDemand(s)).orElse(0) < 0)
                .orElse(c.market().totalDemand(s) < c.market().effort(s).upperThreshold());
    }

    private static String show(CompetitionContext c, int s) {
        return c.exact().map(em -> Exact.show(em.totalDemand(s))).orElse(String.valueOf(c.market().totalDemand(s)));
    }

    private static String lower(CompetitionContext c, int s) {
        return c.exact().map(em -> Exact.show(em.lowerThreshold(s)))
                .orElse(String.valueOf(c.market().effort(s).lowerThreshold()));
    }
}
