package org.marketproof.market.mechanism.catalog;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/** Mutants of the prices (14): a term dropped or misplaced, a discount, a cap, a rounding. */
final class PriceMutants {

    /** The volume discount: the buyers with the largest allocation pay 90% of (14). */
    private static final BigFraction DISCOUNT = BigFraction.of(1, 10);
    /** The share of the bulk buyers' base price moved onto the other buyer types. */
    private static final BigFraction MOVED = BigFraction.of(15, 100);

    private PriceMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                Mutant.killing("p000.bb", "no-price-correction", "(14) without the correction terms d_i sigma^2/(|B| "
                        + "N_-i*) + d_i sigma^2/(|B| N_i*), (15) unchanged: total prices fall short of total payments by "
                        + "sum_i correction_i on every realization at s*",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction priceCorrection(int i) {
                                return BigFraction.ZERO;
                            }
                        }.settle()),
                Mutant.killing("p000.bb", "price-ignores-discrepancy", "(14) without the discrepancy term, (15) "
                        + "unchanged: revenue and payments differ by (d_1 + d_2)(mu(Y_1) - mu(Y_2))^2, non-zero on almost "
                        + "every realization",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction pricePenalty() {
                                return BigFraction.ZERO;
                            }
                        }.settle()),
                Mutant.killing("p000.bb", "correction-not-divided-by-buyers", "(14) charges every buyer the whole "
                        + "correction_i instead of correction_i/|B|: revenue exceeds payments by (|B| - 1) sum_i "
                        + "correction_i (and E[p_j] > q_j+)",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction priceCorrection(int i) {
                                return correction(i);
                            }
                        }.settle()),
                Mutant.killing("p000.irb", "price-share-over-N1", "(14) shares q_j+ as q_j+ N_i*/N_1* instead of "
                        + "q_j+ N_i*/N+ (an index slip): E[p_j] = q_j+ N+/N_1* exceeds the value of a buyer Algorithm 1 "
                        + "prices at her full value",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction priceShare(int i, BigFraction q) {
                                return q.multiply(n(i)).divide(n(1));
                            }
                        }.settle()),
                Mutant.killing("p000.bb", "volume-discount", "the buyer type with the largest allocation m_j gets 10% "
                        + "off its price (14), nothing else changes: the discount is paid to contributors all the same, "
                        + "so the budget is in deficit on every realization at s*",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction price(int j) {
                                return bulk(this, j) ? super.price(j).multiply(BigFraction.ONE.subtract(DISCOUNT))
                                        : super.price(j);
                            }
                        }.settle()),
                Mutant.killing("p000.po", "volume-discount-funded", "the buyer type with the largest allocation gets 10% "
                        + "off its price, and the discount is taken from the payments in proportion to N_i*: the budget "
                        + "balances, but profit(M, s*) = W - 10% of that type's revenue, below OPT - (c_2 - c_1) by more "
                        + "than Algorithm 1's certified gap",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction price(int j) {
                                return bulk(this, j) ? super.price(j).multiply(BigFraction.ONE.subtract(DISCOUNT))
                                        : super.price(j);
                            }

                            @Override
                            BigFraction payment(int i) {
                                if (i > 2) {
                                    return super.payment(i);
                                }
                                BigFraction discount = BigFraction.ZERO;
                                for (int j = 0; j < types(); j++) {
                                    discount = bulk(this, j) ? discount.add(super.price(j).multiply(DISCOUNT)
                                            .multiply(count(j))) : discount;
                                }
                                return super.payment(i).subtract(discount.multiply(n(i)).divide(nPlus()));
                            }
                        }.settle()),
                Mutant.killing("p000.efb", "price-moved-between-types", "15% of the base price q_J+ of the buyers with "
                        + "the largest allocation J is moved onto the other buyer types (revenue unchanged, so the budget "
                        + "balances): a type with a smaller allocation now pays more for less and envies type J",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction basePrice(int j) {
                                int others = 0;
                                int bulkBuyers = 0;
                                for (int k = 0; k < types(); k++) {
                                    others += bulk(this, k) ? 0 : count(k);
                                    bulkBuyers += bulk(this, k) ? count(k) : 0;
                                }
                                BigFraction x = MOVED.multiply(q(bulkType(this)));
                                if (others == 0) {
                                    return q(j);
                                }
                                return bulk(this, j) ? q(j).subtract(x) : q(j).add(x.multiply(bulkBuyers).divide(others));
                            }
                        }.settle()),
                Mutant.killing("p000.efb", "prices-of-reversed-types", "(14) reads q_j+ of buyer type T - 1 - j (the type "
                        + "list indexed from the wrong end): a type with little data pays another type's price for more "
                        + "data, and the type that gets more data for less is envied",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction basePrice(int j) {
                                return q(types() - 1 - j);
                            }
                        }.settle()),
                Mutant.killing("p000.bb", "price-capped-at-list-price", "each realized price capped at q_j+ (\"never charge "
                        + "more than the list price\"), payments unchanged: at small discrepancies (14) exceeds q_j+, the cap "
                        + "bites, and revenue falls short of payments",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction price(int j) {
                                BigFraction p = super.price(j);
                                return p.subtract(q(j)).signum() > 0 ? q(j) : p;
                            }
                        }.settle()).notQuadratic(),
                Mutant.killing("p000.bb", "price-floored-at-zero", "each realized price floored at 0 (\"a buyer is never "
                        + "paid\"; paper 000 allows negative ex-post prices), payments unchanged: at large discrepancies "
                        + "(14) is negative, the floor bites, and revenue exceeds payments",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction price(int j) {
                                BigFraction p = super.price(j);
                                return p.signum() < 0 ? BigFraction.ZERO : p;
                            }
                        }.settle()).notQuadratic(),
                Mutant.killing("p000.bb", "prices-rounded-to-cents", "each realized price rounded half up to 0.01, payments "
                        + "exact: the rounding errors of the prices are not passed on, so the budget no longer balances "
                        + "exactly",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction price(int j) {
                                return Cents.round(super.price(j));
                            }
                        }.settle()).notQuadratic());
    }

    /** @return the first buyer type with the largest allocation (the volume buyer) */
    private static int bulkType(Formulas f) {
        int best = 0;
        for (int j = 1; j < f.types(); j++) {
            best = f.allocation(j) > f.allocation(best) ? j : best;
        }
        return best;
    }

    /** @return whether buyer type j has the largest allocation */
    private static boolean bulk(Formulas f, int j) {
        return f.allocation(j) == f.allocation(bulkType(f));
    }
}
