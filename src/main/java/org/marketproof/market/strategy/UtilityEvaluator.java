package org.marketproof.market.strategy;

import java.util.Optional;

/**
 * Evaluates a contributor's ex-ante utility (7) of paper 000,
 * u_i(M, s) = inf_mu E_{M, s, mu}[pi_i - c_i n_i], in a game under a strategy profile.
 *
 * <p>Two implementations: {@link ExactEvaluator} (closed forms, exact rationals, for strategies
 * whose submitted means have known laws and mechanisms quadratic in the means) and
 * {@link SimulationEvaluator} (Monte Carlo for any strategy and any mechanism, with confidence
 * bounds). The figure says what it establishes ({@link UtilityFigure.Kind}).
 */
public interface UtilityEvaluator {

    /** @return {@code exact} or {@code simulation(...)} */
    String name();

    /**
     * @param seed the seed of any randomness (ignored by the exact evaluator)
     * @return u_i(M, s), or empty when this evaluator cannot evaluate the profile
     */
    Optional<UtilityFigure> contributorUtility(Game game, Profile profile, int contributor, long seed);
}
