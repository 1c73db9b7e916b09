package org.marketproof.market.claims;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.strategy.MeanQuadraticForm;
import org.marketproof.market.strategy.SettlementForms;

/**
 * p000.discrepancy: "if this difference [between the two contributors' sample means] is large,
 * buyers pay less; if it is small, they pay more" (section 5, design choices; also section 1.1: IRB
 * because "buyers will pay less if there are significant discrepancies"). Holds exactly when every
 * price is c_j - k_j (m_1 - m_2)^2 with k_j > 0 in the submitted means at the instructed sizes, as
 * (14) is; otherwise pairs of realizations are compared, and one where the larger discrepancy does
 * not lower a price is a certificate.
 */
final class DiscrepancyClaim extends MarketClaim {

    /** Pairs of mean vectors (near, far): the far one has the larger |m_1 - m_2|. */
    private static final double[][][] PAIRS = {{{0, 0}, {0, 1}}, {{0, 0}, {1, 0}}, {{5, 5}, {5, 7}}, {{0, 1}, {0, 3}},
        {{-2, -1}, {-4, -1}}};

    DiscrepancyClaim() {
        super("p000.discrepancy", "section 5 (design choices) and section 1.1",
                "Under the instructed sizes, the larger |mu-hat(Y_1) - mu-hat(Y_2)|, the lower every buyer's price.",
                List.of(MarketHypotheses.SERVED, MarketHypotheses.TWO_COLLECTORS));
    }

    @Override
    public Verdict check(MarketContext c) {
        Design d = c.design().orElseThrow();
        int[] sizes = Realizations.instructed(d);
        List<String> shapes = new ArrayList<>();
        for (int j = 0; j < c.instance().buyers().size(); j++) {
            for (double[][] pair : PAIRS) {
                DiscrepancyCertificate ce = new DiscrepancyCertificate(subject(c), Realizations.constant(sizes, pair[0]),
                        Realizations.constant(sizes, pair[1]), j);
                if (ce.recheck().violates()) {
                    return Verdict.certify(ce, "a larger discrepancy does not lower " + c.instance().buyers().get(j).name()
                            + "'s price");
                }
            }
        }
        if (c.exact()) {
            SettlementForms forms = c.game().forms(sizes).orElseThrow();
            for (MeanQuadraticForm price : forms.prices()) {
                BigFraction k = decline(price, sizes.length);
                if (k == null) {
                    break;
                }
                shapes.add(Rechecks.exact(k));
            }
            if (shapes.size() == forms.prices().size()) {
                return Verdict.exact("every price is c_j - k_j (m_1 - m_2)^2 in the submitted means, k_j = " + shapes);
            }
        }
        return new Verdict.NoCounterexample(new Search((long) PAIRS.length * c.instance().buyers().size(), c.seed(),
                "pairs of constant realizations at the instructed sizes with a larger and a smaller discrepancy"),
                "every price fell with the larger discrepancy");
    }

    /** @return k > 0 when {@code price} is exactly c - k (m_1 - m_2)^2, else null */
    private static BigFraction decline(MeanQuadraticForm price, int k) {
        List<BigFraction> zero = new ArrayList<>(java.util.Collections.nCopies(k, BigFraction.ZERO));
        List<BigFraction> e1 = new ArrayList<>(zero);
        e1.set(0, BigFraction.ONE);
        BigFraction c = price.at(zero);
        BigFraction rate = c.subtract(price.at(e1));
        if (rate.signum() <= 0) {
            return null;
        }
        BigFraction[] linear = new BigFraction[k];
        BigFraction[][] quad = new BigFraction[k][k];
        for (int i = 0; i < k; i++) {
            linear[i] = BigFraction.ZERO;
            java.util.Arrays.fill(quad[i], BigFraction.ZERO);
        }
        quad[0][0] = rate.negate();
        quad[1][1] = rate.negate();
        quad[0][1] = rate.multiply(2);
        return new MeanQuadraticForm(c, linear, quad).minus(price).isZero() ? rate : null;
    }
}
