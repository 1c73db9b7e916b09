package org.marketproof.market.mechanism.catalog;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2Algebra;
import org.marketproof.market.settlement.ExactSum;
import org.marketproof.market.settlement.Settlement;

/**
 * Prices (14) and payments (15) of Algorithm 2 (paper 000, section 5) for one realization,
 * assembled term by term so that a mutant overrides one term, the way a developer edits one line.
 * The constants come from {@link Algorithm2Algebra} for the design's formulas; unmodified, this
 * settles exactly as {@code Algorithm2} does (the equivalent mutant {@code paper-restated}, checked
 * by {@code FormulasTest}).
 *
 * <p>Contributors are numbered 1 and 2 as in the paper; payments to contributors 3, 4, ... are 0.
 */
class Formulas {

    private final MutantDesign design;
    private final List<double[]> submissions;
    private final Algorithm2Algebra<BigFraction> a;
    /** mu(Y_1), mu(Y_2) once computed: every term uses them, and exact means of long data are dear. */
    private final BigFraction[] means = new BigFraction[2];

    Formulas(MutantDesign design, List<double[]> submissions) {
        if (submissions.size() != design.instance().contributors().size()) {
            throw new IllegalArgumentException("need one submission per contributor");
        }
        this.design = design;
        this.submissions = submissions;
        this.a = design.formulas().algebra();
    }

    // ---- the data and constants (not mutated) ----

    final MarketInstance instance() {
        return design.instance();
    }

    /** @return |Y_i| */
    final int size(int i) {
        return submissions.get(i - 1).length;
    }

    /** @return Y_i, contributor i's submission */
    final double[] submission(int i) {
        return submissions.get(i - 1);
    }

    final Algorithm2Algebra<BigFraction> algebra() {
        return a;
    }

    /** @return N_i* of the formulas */
    final BigFraction n(int i) {
        return a.instruction(i);
    }

    final BigFraction nOther(int i) {
        return a.otherInstruction(i);
    }

    final int nPlus() {
        return design.formulas().nPlus();
    }

    final BigFraction cost(int i) {
        return a.cost(i);
    }

    final BigFraction variance() {
        return BigFraction.from(instance().variance());
    }

    /** @return q_j+, Algorithm 1's price for buyer type j (the data; {@link #basePrice} is the term) */
    final BigFraction q(int j) {
        return design.formulas().basePrice(j);
    }

    final int types() {
        return instance().buyers().size();
    }

    final int count(int j) {
        return instance().buyers().get(j).count();
    }

    /** @return m_j as announced */
    final int allocation(int j) {
        return design.allocation(j);
    }

    // ---- the terms of (14) and (15), each a place a mutant may change ----

    /** @return the base price (14) uses for buyer type j: q_j+ */
    BigFraction basePrice(int j) {
        return q(j);
    }

    /** @return I(|Y_i| = N_i*) */
    boolean ok(int i) {
        return size(i) == design.formulas().instruction(i - 1);
    }

    /** @return mu(Y_i), the sample mean (0 for an empty submission, specs/market.md) */
    BigFraction mean(int i) {
        return ExactSum.meanOf(submission(i));
    }

    /** @return {@link #mean}(i), computed once; what every term uses */
    final BigFraction mu(int i) {
        if (means[i - 1] == null) {
            means[i - 1] = mean(i);
        }
        return means[i - 1];
    }

    /** @return (mu(Y_i) - mu(Y_-i))^2 */
    BigFraction gap(int i) {
        return a.squaredGap(mu(i), mu(3 - i));
    }

    /** @return d_i = c_i (N_i*)^2 / sigma^2 */
    BigFraction d(int i) {
        return a.d(i);
    }

    /** @return the variance correction d_i sigma^2/N_-i* + d_i sigma^2/N_i* */
    BigFraction correction(int i) {
        BigFraction dv = d(i).multiply(variance());
        return dv.divide(nOther(i)).add(dv.divide(n(i)));
    }

    /** @return |B| */
    BigFraction buyers() {
        return BigFraction.of(instance().buyerCount());
    }

    /** @return W = sum_j q_j+ - c_1 N_1* - c_2 N_2* */
    BigFraction w() {
        return a.w();
    }

    /** @return W N_i* / N+, contributor i's share of the profit */
    BigFraction profitShare(int i) {
        return w().multiply(n(i)).divide(nPlus());
    }

    /** @return the bracket of (15): W N_i* / N+ + c_i N_i* + correction_i */
    BigFraction paymentBase(int i) {
        return profitShare(i).add(cost(i).multiply(n(i))).add(correction(i));
    }

    /** @return d_i (mu(Y_i) - mu(Y_-i))^2, the discrepancy term both (14) and (15) use */
    BigFraction discrepancy(int i) {
        return d(i).multiply(gap(i));
    }

    /** @return the discrepancy term subtracted in (15) */
    BigFraction paymentPenalty(int i) {
        return discrepancy(i);
    }

    /**
     * @return pi_i of (15) for contributor i = 1, 2, ..., |C|
     */
    BigFraction payment(int i) {
        if (i > 2) {
            return BigFraction.ZERO;
        }
        return (ok(i) ? paymentBase(i) : BigFraction.ZERO).subtract(paymentPenalty(i));
    }

    /** @return q N_i* / N+, contributor i's share of a base price q in (14) */
    BigFraction priceShare(int i, BigFraction q) {
        return q.multiply(n(i)).divide(nPlus());
    }

    /** @return correction_i / |B|, each buyer's part of the correction in (14) */
    BigFraction priceCorrection(int i) {
        return correction(i).divide(buyers());
    }

    /** @return sum_i (d_i/|B|) (mu(Y_i) - mu(Y_-i))^2, the discrepancy term subtracted in (14) */
    BigFraction pricePenalty() {
        return discrepancy(1).add(discrepancy(2)).divide(buyers());
    }

    /** @return p_j of (14) for buyer type j */
    BigFraction price(int j) {
        BigFraction p = BigFraction.ZERO;
        for (int i = 1; i <= 2; i++) {
            p = ok(i) ? p.add(priceShare(i, basePrice(j))).add(priceCorrection(i)) : p;
        }
        return p.subtract(pricePenalty());
    }

    /** @return every price and payment of this realization */
    Settlement settle() {
        List<BigFraction> prices = new ArrayList<>();
        for (int j = 0; j < types(); j++) {
            prices.add(price(j));
        }
        List<BigFraction> payments = new ArrayList<>();
        for (int i = 1; i <= instance().contributors().size(); i++) {
            payments.add(payment(i));
        }
        return new Settlement(instance(), prices, payments);
    }
}
