package org.marketproof.market.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Exact utilities by closed forms.
 *
 * <p>When every strategy's submission has a known law ({@link Strategy#laws}) and the mechanism
 * is quadratic in the submitted means ({@link SettlementForms}), the expected payment given mu is
 * E[pi_i | mu] = sum over branches of P(branch) E[form_i(m_1..m_k)], a quadratic in mu
 * ({@link MuQuadratic}) since each m_k has mean alpha_k mu + beta_k and a variance free of mu, and
 * the contributors' data are independent. The infimum over mu in (7) is then analytic: finite when
 * the mu-dependence cancels (translation-equivariant play under a translation-invariant mechanism),
 * minus infinity when the utility falls without bound as mu runs away (reported as such, not as a
 * number). The supremum of (9) over mu for prices is obtained the same way.
 */
public final class ExactEvaluator implements UtilityEvaluator {

    @Override
    public String name() {
        return "exact";
    }

    @Override
    public Optional<UtilityFigure> contributorUtility(Game game, Profile profile, int contributor, long seed) {
        return expectedUtility(game, profile, contributor)
                .map(q -> UtilityFigure.exact(q.infimum(), q.isConstant() ? "free of mu" : "worst case over mu"));
    }

    /**
     * Exact when every sold contributor collects n_k > 0 points and submits them as collected: the
     * pool is then i.i.d. N(mu, sigma^2), so the value is v^d(min(m_j, |Y|)) of (11) (free of mu; in
     * doubles, as the valuations compute it), and the price's supremum over mu is analytic.
     */
    @Override
    public Optional<UtilityFigure> buyerUtility(Game game, Profile profile, int buyerType, long seed) {
        int pooled = 0;
        for (int k = 0; k < profile.size(); k++) {
            if (!game.design().sold(k)) {
                continue;
            }
            if (!(profile.get(k) instanceof Strategy.Pure p && p.submission() instanceof Submissions.Identity
                    && p.collect() > 0)) {
                return Optional.empty();
            }
            pooled += p.collect();
        }
        Optional<MuQuadratic> price = expectedPrice(game, profile, buyerType);
        if (price.isEmpty()) {
            return Optional.empty();
        }
        int m = Math.min(game.design().allocation(buyerType), pooled);
        BigFraction value = BigFraction.from(game.instance().buyers().get(buyerType).valuation()
                .dataValue(m, game.instance().variance()));
        Extended sup = price.get().supremum();
        Extended u = sup.isFinite() ? Extended.of(value.subtract(sup.value())) : sup.negate();
        return Optional.of(UtilityFigure.exact(u, "v^d(" + m + ") - sup_mu E[p_j]"));
    }

    /**
     * @param game the mechanism and design played
     * @param profile the strategies of all contributors
     * @param contributor the contributor's index i, in cost order
     * @return E_mu[pi_i - c_i n_i] as a function of mu, when the closed form exists
     */
    public Optional<MuQuadratic> expectedUtility(Game game, Profile profile, int contributor) {
        BigFraction c = game.cost(contributor);
        return expectation(game, profile, f -> f.payments().get(contributor),
                (forms, collected) -> c.multiply(collected[contributor]));
    }

    /**
     * @param game the mechanism and design played
     * @param profile the strategies of all contributors
     * @param buyerType the buyer type's index j
     * @return E_mu[p_j] for one buyer of type j, as a function of mu, when the closed form exists
     */
    public Optional<MuQuadratic> expectedPrice(Game game, Profile profile, int buyerType) {
        return expectation(game, profile, f -> f.prices().get(buyerType), (forms, collected) -> BigFraction.ZERO);
    }

    /**
     * @param game the mechanism and design played
     * @param profile the strategies of all contributors
     * @return E_mu[sum_j p_j - sum_i c_i n_i], the expected profit of (12) before the infimum,
     *     when the closed form exists
     */
    public Optional<MuQuadratic> expectedProfit(Game game, Profile profile) {
        return expectation(game, profile, f -> totalPrices(game, f), (forms, collected) -> {
            BigFraction cost = BigFraction.ZERO;
            for (int i = 0; i < collected.length; i++) {
                cost = cost.add(game.cost(i).multiply(collected[i]));
            }
            return cost;
        });
    }

    /**
     * @param game the mechanism and design played
     * @param f the probed forms of the prices and payments at one profile of sizes
     * @return the form of sum_j p_j - sum_i pi_i: the zero polynomial iff budget balance holds for every data
     */
    public static MeanQuadraticForm surplusForm(Game game, SettlementForms f) {
        MeanQuadraticForm s = totalPrices(game, f);
        for (MeanQuadraticForm p : f.payments()) {
            s = s.minus(p);
        }
        return s;
    }

    private static MeanQuadraticForm totalPrices(Game game, SettlementForms f) {
        MeanQuadraticForm total = f.prices().get(0).minus(f.prices().get(0));
        for (int j = 0; j < f.prices().size(); j++) {
            total = total.plus(f.prices().get(j), game.instance().buyers().get(j).count());
        }
        return total;
    }

    private Optional<MuQuadratic> expectation(Game game, Profile profile, Function<SettlementForms, MeanQuadraticForm> output,
            BiFunction<SettlementForms, int[], BigFraction> cost) {
        if (!game.mechanism().dependsOnlyOnSizesAndMeans()) {
            return Optional.empty();
        }
        List<List<Strategy.Branch>> branches = new ArrayList<>();
        for (Strategy s : profile.strategies()) {
            Optional<List<Strategy.Branch>> b = s.laws(game.variance());
            if (b.isEmpty()) {
                return Optional.empty();
            }
            branches.add(b.get());
        }
        int k = branches.size();
        MuQuadratic total = MuQuadratic.ZERO;
        int[] index = new int[k];
        while (true) {
            BigFraction weight = BigFraction.ONE;
            int[] sizes = new int[k];
            int[] collected = new int[k];
            List<DataLaw> laws = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                Strategy.Branch b = branches.get(i).get(index[i]);
                weight = weight.multiply(b.probability());
                sizes[i] = b.law().size();
                collected[i] = b.collected();
                laws.add(b.law());
            }
            if (weight.signum() != 0) {
                SettlementForms forms = game.forms(sizes).orElseThrow();
                MuQuadratic e = output.apply(forms).expectation(laws)
                        .add(MuQuadratic.constant(cost.apply(forms, collected).negate()));
                total = total.add(e.scale(weight));
            }
            int i = 0;
            while (i < k && ++index[i] == branches.get(i).size()) {
                index[i++] = 0;
            }
            if (i == k) {
                return Optional.of(total);
            }
        }
    }
}
