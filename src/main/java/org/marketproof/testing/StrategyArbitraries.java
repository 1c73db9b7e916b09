package org.marketproof.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.Submission;
import org.marketproof.market.strategy.Submissions;

/**
 * jqwik arbitraries of contributors' strategies in the game of paper 000 (section 3.2): how many
 * points to collect and what to submit, near the corners where the paper's arguments are tight
 * (n = 0, n = N_i* +- 1, the wrong submitted size, compositions and mixtures).
 */
public final class StrategyArbitraries {

    private StrategyArbitraries() {
    }

    /**
     * @param instructed the contributor's instruction N_i*
     * @param variance sigma^2
     * @return submission functions of every kind, with parameters near the corners
     */
    public static Arbitrary<Submission> submissions(int instructed, double variance) {
        double sd = Math.sqrt(variance);
        Arbitrary<Integer> size = Arbitraries.oneOf(Arbitraries.of(instructed, instructed + 1, Math.max(0, instructed - 1), 0),
                Arbitraries.integers().between(0, 2 * instructed + 2));
        Arbitrary<Double> x = Arbitraries.oneOf(Arbitraries.of(0.0, sd, -sd), Arbitraries.doubles().between(-3, 3).ofScale(6).map(u -> u * sd));
        Arbitrary<Submission> leaf = Arbitraries.oneOf(
                Arbitraries.just(new Submissions.Identity()),
                x.map(Submissions.Shift::new),
                Arbitraries.doubles().between(0, 3).ofScale(6).map(Submissions.ScaleAboutMean::new),
                Arbitraries.doubles().between(-2, 2).ofScale(6).map(Submissions.ScaleAboutOrigin::new),
                Arbitraries.doubles().between(0, 2).ofScale(6).map(u -> new Submissions.AddNoise(u * sd)),
                size.map(Submissions.ResizeKeepingMean::new),
                size.map(t -> new Submissions.FitAndSample(t, variance)),
                size.map(Submissions.Drop::new),
                Arbitraries.integers().between(1, 3).map(Submissions.Duplicate::new),
                Combinators.combine(Arbitraries.of(Submissions.RobustRepeated.Statistic.class), size)
                        .as(Submissions.RobustRepeated::new),
                Combinators.combine(x, size).as(Submissions.Constant::new),
                Combinators.combine(x, size).as((c, t) -> new Submissions.FixedNormal(c, variance, t)));
        return Arbitraries.oneOf(leaf, Combinators.combine(leaf, leaf).as(Submission::andThen));
    }

    /**
     * @param instructed the contributor's instruction N_i*
     * @param variance sigma^2
     * @return strategies (n, f) with n near the instruction, and mixtures of two
     */
    public static Arbitrary<Strategy> strategies(int instructed, double variance) {
        Arbitrary<Integer> n = Arbitraries.oneOf(Arbitraries.of(0, 1, instructed, instructed + 1, Math.max(0, instructed - 1)),
                Arbitraries.integers().between(0, 2 * instructed + 3));
        Arbitrary<Strategy> pure = Combinators.combine(n, submissions(instructed, variance)).as(Strategy::of);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, pure),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.doubles().between(0, 1).ofScale(6), pure, pure)
                        .as(Strategy.Mixture::new)));
    }
}
