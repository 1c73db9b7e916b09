package org.marketproof.market.claims;

import java.util.List;
import java.util.Optional;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.settlement.Settlement;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.MeanQuadraticForm;
import org.marketproof.market.strategy.SettlementForms;

/**
 * p000.bb: under s*, total payments equal total revenue for every realization of the data (section
 * 3.2, requirement 5; Theorem 5.1). Off s* the paper claims nothing; the evidence reports the budget
 * when exactly one contributor submits a wrong size (finding M2: +-N_1* N_2* (c_2 - c_1)/N+).
 */
final class BudgetBalanceClaim extends MarketClaim {

    /** Seeded truthful realizations settled exactly, plus two with extreme values. */
    static final double[] MUS_IN_SIGMA = {0, 1, -1, 10, -10, 1e3, -1e3, 1e6, -1e6, 0.5, 3, -7, 1e150, 4.9e-324};

    BudgetBalanceClaim() {
        super("p000.bb", "section 3.2 (BB) and Theorem 5.1",
                "Under s*, sum_i pi_i = sum_j p_j for every realization of the contributors' data.",
                List.of(MarketHypotheses.SERVED));
    }

    @Override
    public Verdict check(MarketContext c) {
        Design d = c.design().orElseThrow();
        int[] sizes = Realizations.instructed(d);
        double sd = Math.sqrt(c.instance().variance());
        double[] mus = new double[MUS_IN_SIGMA.length];
        for (int k = 0; k < mus.length; k++) {
            mus[k] = MUS_IN_SIGMA[k] * (k < mus.length - 2 ? sd : 1);
        }
        List<List<double[]>> realizations = Realizations.truthful(sizes, c.instance().variance(), mus, c.seedFor(10));
        for (List<double[]> subs : realizations) {
            if (!c.mechanism().settle(d, subs).budgetBalanced()) {
                return Verdict.certify(new SettlementCertificate(subject(c), subs), "a truthful realization at the "
                        + "instructed sizes is unbalanced");
            }
        }
        String offEquilibrium = offEquilibrium(c, d, sizes);
        if (c.exact()) {
            Optional<SettlementForms> forms = c.game().forms(sizes);
            MeanQuadraticForm surplus = ExactEvaluator.surplusForm(c.game(), forms.orElseThrow());
            if (surplus.isZero()) {
                return Verdict.exact("total prices - total payments is the zero polynomial in the submitted means at "
                        + "the instructed sizes " + MarketHypotheses.instructions(d) + ", so it vanishes on every "
                        + "realization; " + realizations.size() + " realizations settled exactly also balance"
                        + offEquilibrium);
            }
            for (double[] means : new double[][] {{0, 1}, {1, 0}, {1, 1}, {0, 0}, {2, -1}}) {
                SettlementCertificate ce = new SettlementCertificate(subject(c), Realizations.constant(sizes, means));
                if (ce.recheck().violates()) {
                    return Verdict.certify(ce, "total prices - total payments is a non-zero polynomial in the means");
                }
            }
        }
        return new Verdict.NoCounterexample(new Search(realizations.size(), c.seedFor(10), "truthful realizations at "
                + "the instructed sizes, mu in {0, +-1, +-10, +-1e3, +-1e6, 0.5, 3, -7} sigma, 1e150 and 4.9e-324, "
                + "settled exactly"), "all balance" + offEquilibrium);
    }

    /** @return the budget when exactly contributor 1's or 2's size is wrong (M2), for the evidence */
    private static String offEquilibrium(MarketContext c, Design d, int[] sizes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(2, sizes.length); i++) {
            int[] wrong = sizes.clone();
            wrong[i]++;
            Settlement s = c.mechanism().settle(d, Realizations.constant(wrong));
            if (!s.budgetBalanced()) {
                b.append(b.length() == 0 ? "; off s*, not claimed by the paper (finding M2): " : ", ")
                        .append("with only ").append(c.instance().contributors().get(i).name())
                        .append("'s size wrong (").append(wrong[i]).append(") the surplus is ")
                        .append(Rechecks.exact(s.surplus())).append(s.surplus().signum() < 0 ? " (a deficit)" : "");
            }
        }
        return b.toString();
    }
}
