package org.marketproof.market.mechanism.catalog;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Equivalent mutants: refactorings, and changes of behaviour off the instructed play that give no
 * contributor a better deviation and change nothing at s*. No claim may be falsified on them
 * where it holds for the paper's mechanism.
 */
final class EquivalentMutants {

    private EquivalentMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                Mutant.equivalent("paper-restated", "(14) and (15) re-assembled term by term: a refactoring",
                        Mutant.PAPER),
                Mutant.equivalent("gap-sign-flipped", "the discrepancy written (mu(Y_-i) - mu(Y_i))^2: the square does "
                        + "not see the order",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction gap(int i) {
                                return algebra().squaredGap(mu(3 - i), mu(i));
                            }
                        }.settle()),
                Mutant.equivalent("expanded-square", "the discrepancy expanded as a^2 - 2ab + b^2, exactly: a refactoring",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction gap(int i) {
                                BigFraction a = mu(i);
                                BigFraction b = mu(3 - i);
                                return a.multiply(a).subtract(a.multiply(b).multiply(2)).add(b.multiply(b));
                            }
                        }.settle()),
                Mutant.equivalent("prices-from-budget-identity", "when both sizes are right, p_j is computed as q_j+ plus "
                        + "an equal share of (pi_1 + pi_2 - W - c_1 N_1* - c_2 N_2*): algebraically (14), so the budget "
                        + "balances by construction rather than by algebra",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction price(int j) {
                                if (!ok(1) || !ok(2)) {
                                    return super.price(j);
                                }
                                BigFraction spread = payment(1).add(payment(2)).subtract(w())
                                        .subtract(cost(1).multiply(n(1))).subtract(cost(2).multiply(n(2)));
                                return q(j).add(spread.divide(buyers()));
                            }
                        }.settle()),
                Mutant.equivalent("price-shares-swapped", "(14) shares q_j+ as q_j+ N_-i*/N+: the shares still sum to q_j+ "
                        + "when both sizes are right, so prices differ only when exactly one contributor submits a wrong "
                        + "size, off s*, where no claim of paper 000 speaks of prices",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction priceShare(int i, BigFraction q) {
                                return q.multiply(nOther(i)).divide(nPlus());
                            }
                        }.settle()),
                Mutant.equivalent("size-check-at-least", "I(|Y_i| >= N_i*) instead of I(|Y_i| = N_i*): a longer submission "
                        + "is paid like N_i* points with the same mean, which the paper's mechanism pays too (f_a of Lemma "
                        + "7), so no contributor gains a better deviation and s* is unchanged",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            boolean ok(int i) {
                                return size(i) >= n(i).intValue();
                            }
                        }.settle()),
                Mutant.equivalent("size-check-at-most", "I(|Y_i| <= N_i*) instead of I(|Y_i| = N_i*): a shorter submission "
                        + "(the empty one with mean 0) is paid like N_i* points with the same mean, which the paper's "
                        + "mechanism pays too, so no contributor gains a better deviation and s* is unchanged",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            boolean ok(int i) {
                                return size(i) <= n(i).intValue();
                            }
                        }.settle()),
                Mutant.equivalent("sells-every-submission", "buyers' subsets drawn from every contributor's submission, "
                        + "not only Y_1 u Y_2: at s* the others submit nothing, so the pooled data is the same",
                        Mutant.PAPER).announcing(p -> MutantDesign.of(p).poolingEveryone()));
    }
}
