package org.marketproof.market.claims;

import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.ValueUnits;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.Extended;
import org.marketproof.market.strategy.Game;
import org.marketproof.market.strategy.MuQuadratic;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.Submissions;

/**
 * Buyer utilities (9) of paper 000 on the rounded valuations (value units of 2^-40, as all pricing;
 * specs/market.md): u_j(m_k, p_k, s) = v_j^d(m_k) - sup_mu E[p_k]. IRB, EFB and Theorem 4's
 * hypotheses use this one predicate, in the checks and in the certificates.
 */
final class BuyerValues {

    private BuyerValues() {
    }

    /** @return v_type^d(m) of (11), rounded down to value units, exactly */
    static BigFraction value(MarketInstance instance, int type, int m) {
        return ValueUnits.toExact(ValueUnits.fromValue(instance.buyers().get(type).valuation().dataValue(m,
                instance.variance())));
    }

    /**
     * @return the points a buyer can receive under {@code profile}: the pooled submissions of the
     *     contributors whose data the design sells, when each of them submits what she collected
     *     (then the pool is i.i.d. and (11) applies); empty otherwise
     */
    static Optional<Integer> pooled(Game game, Profile profile) {
        int pooled = 0;
        for (int k = 0; k < profile.size(); k++) {
            if (!game.design().sold(k)) {
                continue;
            }
            if (!(profile.get(k) instanceof Strategy.Pure p && p.submission() instanceof Submissions.Identity)) {
                return Optional.empty();
            }
            pooled += p.collect();
        }
        return Optional.of(pooled);
    }

    /** @return sup over mu of E[p_k] under {@code profile}, exactly, when the mechanism declares its forms */
    static Optional<Extended> priceSupremum(Game game, Profile profile, int type) {
        return new ExactEvaluator().expectedPrice(game, profile, type).map(MuQuadratic::supremum);
    }

    /**
     * @return u_buyer(option) of (9) for one buyer of type {@code buyer} offered type
     *     {@code option}'s allocation and price rule, exactly; empty when not computable exactly
     */
    static Optional<Extended> utility(Game game, Profile profile, int buyer, int option) {
        Optional<Integer> pooled = pooled(game, profile);
        Optional<Extended> sup = priceSupremum(game, profile, option);
        if (pooled.isEmpty() || sup.isEmpty()) {
            return Optional.empty();
        }
        int m = Math.min(game.design().allocation(option), pooled.get());
        BigFraction v = value(game.instance(), buyer, m);
        return Optional.of(sup.get().isFinite() ? Extended.of(v.subtract(sup.get().value())) : sup.get().negate());
    }

    /** @return a &lt; b for extended reals */
    static boolean less(Extended a, Extended b) {
        if (a.isFinite() && b.isFinite()) {
            return org.marketproof.algebra.FractionOrder.compare(a.value(), b.value()) < 0;
        }
        return a.infinity() < b.infinity();
    }
}
