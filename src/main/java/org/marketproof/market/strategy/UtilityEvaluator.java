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
     * @param game the mechanism and design played
     * @param profile the strategies of all contributors
     * @param contributor the contributor's index i, in cost order
     * @param seed the seed of any randomness (ignored by the exact evaluator)
     * @return u_i(M, s), or empty when this evaluator cannot evaluate the profile
     */
    Optional<UtilityFigure> contributorUtility(Game game, Profile profile, int contributor, long seed);

    /**
     * The buyer utility (9) of one buyer of type j: u_j = inf_mu E[v_j^e(|mu-hat(subset) - mu|)] -
     * sup_mu E[p_j], where the buyer receives m_j points drawn without replacement from the pooled
     * submissions of the contributors whose data the design sells ({@code Design#sold}).
     *
     * @param game the mechanism and design played
     * @param profile the strategies of all contributors
     * @param buyerType the buyer type's index j
     * @param seed the seed of any randomness (ignored by the exact evaluator)
     * @return u_j(M, s), or empty when this evaluator cannot evaluate it
     */
    Optional<UtilityFigure> buyerUtility(Game game, Profile profile, int buyerType, long seed);
}
