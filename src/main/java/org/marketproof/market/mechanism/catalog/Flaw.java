package org.marketproof.market.mechanism.catalog;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.ExactField;
import org.marketproof.market.mechanism.Algorithm2Algebra;
import org.marketproof.market.mechanism.Algorithm2Design;
import org.marketproof.market.settlement.ExactSum;
import org.marketproof.market.settlement.Settlement;

/**
 * One deliberate defect of Algorithm 2 (paper 000, section 5), applied to the paper's own design
 * and settlement: each flaw rewrites the paper's (13), (14) or (15) through
 * {@link Algorithm2Algebra}, so the formulas still exist once. Each breaks one claim of the paper
 * in its own way; the suite must catch every one ({@code specs/strategies.md}, broken-mechanism
 * catalog).
 */
public enum Flaw {

    /** (14) without the variance correction: buyers pay E[p_j] = q_j+ - corrections, payments unchanged. */
    NO_PRICE_CORRECTION("no-price-correction", "BB",
            "prices (14) omit the terms d_i sigma^2/(|B| N_-i*) + d_i sigma^2/(|B| N_i*)") {
        @Override
        BigFraction priceAdjustment(Algorithm2Algebra<BigFraction> a, Sizes s, BigFraction q) {
            BigFraction lost = BigFraction.ZERO;
            for (int i = 1; i <= 2; i++) {
                lost = s.ok(i) ? lost.add(a.correction(i)) : lost;
            }
            return lost.divide(s.buyers).negate();
        }
    },

    /** (14) without the discrepancy term: the price no longer falls with the gap, payments still do. */
    PRICE_IGNORES_DISCREPANCY("price-ignores-discrepancy", "BB",
            "prices (14) omit - sum_i (d_i/|B|)(mu(Y_i) - mu(Y_-i))^2, so revenue and payments differ by the gap") {
        @Override
        BigFraction priceAdjustment(Algorithm2Algebra<BigFraction> a, Sizes s, BigFraction q) {
            return discrepancy(a, 1, s.mean1, s.mean2).add(discrepancy(a, 2, s.mean2, s.mean1)).divide(s.buyers);
        }
    },

    /** (15) without the variance correction: truthful contributors lose it in expectation. */
    NO_PAYMENT_CORRECTION("no-payment-correction", "IRC",
            "payments (15) omit d_i sigma^2/N_-i* + d_i sigma^2/N_i*, so u_i(s*) = W N_i*/N+ - correction_i") {
        @Override
        BigFraction paymentAdjustment(Algorithm2Algebra<BigFraction> a, int i, Sizes s) {
            return s.ok(i) ? a.correction(i).negate() : BigFraction.ZERO;
        }
    },

    /** (15) without the discrepancy term: payment depends on the size only, so fabrication is free. */
    PAYMENT_IGNORES_DISCREPANCY("payment-ignores-discrepancy", "ICC",
            "payments (15) omit - d_i (mu(Y_i) - mu(Y_-i))^2: collecting nothing and submitting N_i* constants "
                    + "keeps the payment and saves c_i N_i*") {
        @Override
        BigFraction paymentAdjustment(Algorithm2Algebra<BigFraction> a, int i, Sizes s) {
            return discrepancy(a, i, s.mean(i), s.mean(3 - i));
        }
    },

    /** (15) compares Y_i with the pooled Y_1 u Y_2, which contains Y_i itself. */
    COMPARISON_WITH_POOLED_MEAN("comparison-with-pooled-mean", "ICC",
            "payments (15) compare mu(Y_i) with the mean of Y_1 u Y_2, which includes the contributor's own data: "
                    + "the penalty shrinks by (N_-i*/N+)^2 and collecting less pays") {
        @Override
        BigFraction paymentAdjustment(Algorithm2Algebra<BigFraction> a, int i, Sizes s) {
            BigFraction nPlus = a.instruction(1).add(a.instruction(2));
            BigFraction pooled = s.mean1.multiply(a.instruction(1)).add(s.mean2.multiply(a.instruction(2))).divide(nPlus);
            return discrepancy(a, i, s.mean(i), s.mean(3 - i)).subtract(discrepancy(a, i, s.mean(i), pooled));
        }
    },

    /** d_i = c_i (N_-i*)^2 / sigma^2: the wrong N in the penalty weight, everywhere it appears. */
    D_USES_OTHER_N("d-uses-other-N", "Lemma 9",
            "d_i is computed as c_i (N_-i*)^2/sigma^2 instead of c_i (N_i*)^2/sigma^2 in (14) and (15): "
                    + "Lemma 9's utility curve then peaks at n = N_-i*, not N_i*") {
        @Override
        BigFraction paymentAdjustment(Algorithm2Algebra<BigFraction> a, int i, Sizes s) {
            Algorithm2Algebra<BigFraction> w = swapped(a, s);
            BigFraction base = s.ok(i) ? w.correction(i).subtract(a.correction(i)) : BigFraction.ZERO;
            return base.add(discrepancy(a, i, s.mean(i), s.mean(3 - i))).subtract(discrepancy(w, i, s.mean(i), s.mean(3 - i)));
        }

        @Override
        BigFraction priceAdjustment(Algorithm2Algebra<BigFraction> a, Sizes s, BigFraction q) {
            BigFraction total = BigFraction.ZERO;
            for (int i = 1; i <= 2; i++) {
                total = total.add(paymentAdjustment(a, i, s));
            }
            return total.divide(s.buyers);
        }
    },

    /** (13) announces N_1* = N+ - 2 while (14) and (15) still check |Y_1| = N+ - 1. */
    OFF_BY_ONE_N1("off-by-one-N1", "ICC",
            "the announcement (13) says N_1* = N+ - 2, but (14) and (15) test |Y_1| = N+ - 1: the instructed play "
                    + "forfeits the size-dependent part of the payment") {
        @Override
        int instruction(Algorithm2Design paper, int contributor) {
            return contributor == 0 ? paper.n1() - 1 : paper.instruction(contributor);
        }
    },

    /** Algorithm 1's baseline: contributor 1 collects all N+ points and is paid all revenue, unchecked. */
    SINGLE_COLLECTOR("single-collector", "ICC",
            "contributor 1 collects all N+ points (N_2* = 0) and is paid the whole revenue sum_j q_j+ when "
                    + "|Y_1| = N+: nothing to compare against, so fabricating is free (Claim 6)") {
        @Override
        int instruction(Algorithm2Design paper, int contributor) {
            return contributor == 0 ? paper.nPlus() : 0;
        }

        @Override
        Settlement settle(Algorithm2Design paper, List<double[]> submissions, Settlement paperSettlement) {
            boolean ok = submissions.get(0).length == paper.nPlus();
            List<BigFraction> prices = new ArrayList<>();
            for (int j = 0; j < paper.instance().buyers().size(); j++) {
                prices.add(ok ? paper.basePrice(j) : BigFraction.ZERO);
            }
            List<BigFraction> payments = new ArrayList<>();
            for (int i = 0; i < submissions.size(); i++) {
                payments.add(i == 0 && ok ? paper.totalBasePrice() : BigFraction.ZERO);
            }
            return new Settlement(paper.instance(), prices, payments);
        }
    },

    /** Both corrections computed with 2 sigma^2: budget still balances, buyers pay more than q_j+. */
    OVERSTATED_VARIANCE("overstated-variance", "IRB",
            "the corrections in (14) and (15) use 2 sigma^2: budget balance and incentives survive, but E[p_j] = "
                    + "q_j+ + sum_i correction_i/|B| exceeds the buyer's value when Algorithm 1 prices tightly") {
        @Override
        BigFraction paymentAdjustment(Algorithm2Algebra<BigFraction> a, int i, Sizes s) {
            return s.ok(i) ? a.correction(i) : BigFraction.ZERO;
        }

        @Override
        BigFraction priceAdjustment(Algorithm2Algebra<BigFraction> a, Sizes s, BigFraction q) {
            return paymentAdjustment(a, 1, s).add(paymentAdjustment(a, 2, s)).divide(s.buyers);
        }
    };

    private final String label;
    private final String breaks;
    private final String description;

    Flaw(String label, String breaks, String description) {
        this.label = label;
        this.breaks = breaks;
        this.description = description;
    }

    /** @return the name on the command line, e.g. {@code no-price-correction} */
    public String label() {
        return label;
    }

    /** @return the claim of paper 000 the flaw is designed to break (ICC, IRC, IRB, BB, Lemma 9) */
    public String breaks() {
        return breaks;
    }

    /** @return what differs from the paper */
    public String description() {
        return description;
    }

    /** @return N_i announced by the flawed design (default: the paper's (13)) */
    int instruction(Algorithm2Design paper, int contributor) {
        return paper.instruction(contributor);
    }

    /** @return the amount added to contributor i's (1-based) payment (15) */
    BigFraction paymentAdjustment(Algorithm2Algebra<BigFraction> a, int i, Sizes s) {
        return BigFraction.ZERO;
    }

    /** @return the amount added to the price (14) of a buyer whose base price is q */
    BigFraction priceAdjustment(Algorithm2Algebra<BigFraction> a, Sizes s, BigFraction q) {
        return BigFraction.ZERO;
    }

    /** @return the flawed settlement: by default the paper's plus the adjustments */
    Settlement settle(Algorithm2Design paper, List<double[]> submissions, Settlement paperSettlement) {
        Algorithm2Algebra<BigFraction> a = paper.algebra();
        Sizes s = new Sizes(submissions.get(0).length == paper.n1(), submissions.get(1).length == paper.n2(),
                ExactSum.meanOf(submissions.get(0)), ExactSum.meanOf(submissions.get(1)),
                BigFraction.of(paper.instance().buyerCount()), BigFraction.from(paper.instance().variance()));
        List<BigFraction> prices = new ArrayList<>();
        for (int j = 0; j < paperSettlement.prices().size(); j++) {
            prices.add(paperSettlement.prices().get(j).add(priceAdjustment(a, s, paper.basePrice(j))));
        }
        List<BigFraction> payments = new ArrayList<>(paperSettlement.payments());
        for (int i = 1; i <= 2; i++) {
            payments.set(i - 1, payments.get(i - 1).add(paymentAdjustment(a, i, s)));
        }
        return new Settlement(paper.instance(), prices, payments);
    }

    /** @return d_i (m_own - m_other)^2, the discrepancy term of (14) and (15) */
    private static BigFraction discrepancy(Algorithm2Algebra<BigFraction> a, int i, BigFraction own, BigFraction other) {
        return a.d(i).multiply(a.squaredGap(own, other));
    }

    /** @return the algebra with the instructions swapped, whose d_i is c_i (N_-i*)^2 / sigma^2 */
    private static Algorithm2Algebra<BigFraction> swapped(Algorithm2Algebra<BigFraction> a, Sizes s) {
        BigFraction total = a.w().add(a.cost(1).multiply(a.instruction(1))).add(a.cost(2).multiply(a.instruction(2)));
        return new Algorithm2Algebra<>(ExactField.INSTANCE, s.variance, a.cost(1), a.cost(2), a.instruction(2),
                a.instruction(1), total, s.buyers);
    }

    /** The two contributors' size indicators and means, with |B| and sigma^2 of the instance. */
    record Sizes(boolean ok1, boolean ok2, BigFraction mean1, BigFraction mean2, BigFraction buyers,
            BigFraction variance) {
        boolean ok(int i) {
            return i == 1 ? ok1 : ok2;
        }

        BigFraction mean(int i) {
            return i == 1 ? mean1 : mean2;
        }
    }

    /** @return the flaw with this label */
    public static java.util.Optional<Flaw> byLabel(String label) {
        for (Flaw f : values()) {
            if (f.label.equals(label)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
