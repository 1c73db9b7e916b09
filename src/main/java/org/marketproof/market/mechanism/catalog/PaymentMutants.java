package org.marketproof.market.mechanism.catalog;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/** Mutants of the payments (15): a term dropped, the wrong comparison, a floor, a rounding. */
final class PaymentMutants {

    private PaymentMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                Mutant.killing("p000.irc", "no-payment-correction", "(15) without the correction d_i sigma^2/N_-i* + "
                        + "d_i sigma^2/N_i*, which pays for the expected penalty: u_i(s*) = W N_i*/N+ - correction_i, "
                        + "negative when W is small (the budget is also off by sum_i correction_i)",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction paymentBase(int i) {
                                return profitShare(i).add(cost(i).multiply(n(i)));
                            }
                        }.settle()),
                Mutant.killing("p000.icc", "payment-ignores-discrepancy", "(15) without the discrepancy term: the "
                        + "payment depends on the size of Y_i only, so collecting nothing and submitting N_i* constants "
                        + "keeps the payment and saves c_i N_i* (Claim 6's fabrication)",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction paymentPenalty(int i) {
                                return BigFraction.ZERO;
                            }
                        }.settle()),
                Mutant.killing("p000.icc", "comparison-with-pooled-mean", "(15) compares mu(Y_i) with the mean of "
                        + "Y_1 u Y_2, which contains Y_i itself: the penalty shrinks by (N_-i*/N+)^2 and collecting less "
                        + "than N_i* pays",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction paymentPenalty(int i) {
                                BigFraction pooled = mu(1).multiply(n(1)).add(mu(2).multiply(n(2))).divide(nPlus());
                                return d(i).multiply(algebra().squaredGap(mu(i), pooled));
                            }
                        }.settle()),
                Mutant.killing("p000.lemma9", "penalty-weights-swapped", "(15) penalises contributor i with d_-i "
                        + "instead of d_i (the two weights swapped; the budget still balances, the sum is the same): "
                        + "contributor 1's curve under f_b peaks at n = sqrt(c_2/c_1), far below N_1*",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction paymentPenalty(int i) {
                                return d(3 - i).multiply(gap(i));
                            }
                        }.settle()),
                Mutant.killing("p000.bb", "payment-floored-at-zero", "each payment floored at 0 (\"a contributor never "
                        + "pays the broker\"; paper 000 allows negative ex-post payments), prices unchanged: at large "
                        + "discrepancies (15) is negative, the floor bites, and payments exceed revenue",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction payment(int i) {
                                BigFraction p = super.payment(i);
                                return p.signum() < 0 ? BigFraction.ZERO : p;
                            }
                        }.settle()).notQuadratic(),
                Mutant.killing("p000.bb", "payments-rounded-to-cents", "each payment rounded half up to 0.01, prices "
                        + "exact: the rounding errors are kept by nobody, so the budget no longer balances exactly",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction payment(int i) {
                                return Cents.round(super.payment(i));
                            }
                        }.settle()).notQuadratic());
    }
}
