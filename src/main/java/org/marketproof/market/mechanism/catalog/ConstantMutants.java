package org.marketproof.market.mechanism.catalog;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Mutants of the constants of (14) and (15): the penalty weight d_i, the variance corrections, the
 * profit W and the number of buyers |B|, each wrong by a factor or a term.
 */
final class ConstantMutants {

    private ConstantMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                Mutant.killing("p000.lemma9", "d-missing-square", "d_i = c_i N_i*/sigma^2 (the square dropped), used "
                        + "in every term of (14) and (15), so budget balance and E[p_j] = q_j+ survive; but under f_b "
                        + "contributor i's utility in n is -c_i n - d_i sigma^2/n + const, which now peaks at "
                        + "n = sqrt(N_i*), below N_1* once N_1* >= 3",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction d(int i) {
                                return cost(i).multiply(n(i)).divide(variance());
                            }
                        }.settle()),
                Mutant.killing("p000.lemma9", "d-uses-other-N", "d_i = c_i (N_-i*)^2/sigma^2 (the other contributor's "
                        + "instruction), in every term: the utility curve under f_b peaks at n = N_-i*, so contributor 1 "
                        + "collects 1 point and contributor 2 collects N_1*",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction d(int i) {
                                return cost(i).multiply(nOther(i).pow(2)).divide(variance());
                            }
                        }.settle()),
                Mutant.killing("p000.lemma9", "d-times-variance", "d_i = c_i (N_i*)^2 sigma^2 (multiplied by the variance "
                        + "instead of divided), in every term: the curve under f_b peaks at n = N_i* sigma^2, not at N_i*, "
                        + "whenever sigma^2 != 1",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction d(int i) {
                                return cost(i).multiply(n(i).pow(2)).multiply(variance());
                            }
                        }.settle()),
                Mutant.killing("p000.irb", "overstated-variance", "the corrections of (14) and (15) computed with "
                        + "2 sigma^2: the budget still balances and the incentives survive, but E[p_j] = q_j+ + "
                        + "sum_i correction_i/|B| exceeds the value of a buyer Algorithm 1 prices at her full value",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction correction(int i) {
                                return super.correction(i).multiply(2);
                            }
                        }.settle()),
                Mutant.killing("p000.po", "correction-halved", "the corrections of (14) and (15) halved: the budget "
                        + "balances, but buyers pay E[p_j] = q_j+ - sum_i correction_i/(2|B|), so profit(M, s*) = W - "
                        + "sum_i correction_i/2 falls below OPT - (c_2 - c_1) by more than Algorithm 1's certified gap",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction correction(int i) {
                                return super.correction(i).divide(2);
                            }
                        }.settle()),
                Mutant.killing("p000.irc", "correction-capped-at-cost", "each correction capped at the collection cost "
                        + "c_i N_i* (\"never pay more for variance than for data\"), in (14) and (15): contributor i still "
                        + "expects the penalty d_i E[(mu_i - mu_-i)^2] = correction_i, so u_i(s*) = W N_i*/N+ - "
                        + "(correction_i - c_i N_i*) < 0 when W is small (for contributor 1: W < c_1 N_1* N+)",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction correction(int i) {
                                BigFraction cap = cost(i).multiply(n(i));
                                BigFraction full = super.correction(i);
                                return full.subtract(cap).signum() > 0 ? cap : full;
                            }
                        }.settle()),
                Mutant.killing("p000.bb", "w-ignores-buyer-counts", "W sums q_j+ over buyer types, not over buyers (the "
                        + "count of identical buyers forgotten): payments at s* fall short of the revenue by "
                        + "sum_j (count_j - 1) q_j+ on every realization",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction w() {
                                BigFraction total = BigFraction.ZERO;
                                for (int j = 0; j < types(); j++) {
                                    total = total.add(q(j));
                                }
                                return total.subtract(cost(1).multiply(n(1))).subtract(cost(2).multiply(n(2)));
                            }
                        }.settle()),
                Mutant.killing("p000.bb", "w-without-second-cost", "W = sum_j q_j+ - c_1 N+ (Algorithm 1's profit, the "
                        + "(c_2 - c_1) term forgotten): payments at s* exceed the revenue by (c_2 - c_1) N_2* on every "
                        + "realization",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction w() {
                                return super.w().add(cost(1).multiply(n(1))).add(cost(2).multiply(n(2)))
                                        .subtract(cost(1).multiply(nPlus()));
                            }
                        }.settle()),
                Mutant.killing("p000.bb", "buyers-divisor-is-types", "|B| in (14) taken as the number of buyer types: each "
                        + "type's expected price is still q_j+, but total prices carry |B|/types times the corrections and "
                        + "penalties that payments carry once, so the budget is off whenever the gap differs from its "
                        + "mean",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction buyers() {
                                return BigFraction.of(types());
                            }
                        }.settle()),
                Mutant.killing("p000.bb", "integer-division-share", "the profit share W N_i*/N+ computed as W (N_i* / N+) in "
                        + "integer arithmetic, which is 0: payments at s* fall short of the revenue by W",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction profitShare(int i) {
                                return w().multiply(n(i).intValue() / nPlus());
                            }
                        }.settle()));
    }
}
