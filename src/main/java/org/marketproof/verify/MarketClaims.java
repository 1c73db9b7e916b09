package org.marketproof.verify;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.marketproof.InvalidInputException;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.io.Decimals;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Algorithm2Algebra;
import org.marketproof.market.mechanism.Algorithm2Design;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.pricing.OrderedItemPricer;
import org.marketproof.market.pricing.ValueTable;
import org.marketproof.market.pricing.ValueUnits;
import org.marketproof.market.settlement.Settlement;

/**
 * The market claims of paper 000 that hold under truthful play, checked on one instance: IRB, EFB
 * and profit (Algorithm 1, Lemma 2), BB, IRC, the expected-price identity (16) and Theorem 4's
 * bound for Algorithm 2. The strategic claims (ICC, Theorem 3) are in {@link StrategicClaims}.
 */
public final class MarketClaims {

    /** Truthful realizations settled exactly for the BB check. */
    static final int BB_REALIZATIONS = 12;

    private static final String P000 = "paper 000, ";

    private MarketClaims() {
    }

    /**
     * @param subject a name for the instance in the verdicts
     * @param seed the seed of the simulated realizations
     */
    public static List<ClaimVerdict> check(MarketInstance instance, String subject, OrderedItemPricer pricer, long seed) {
        List<ClaimVerdict> out = new ArrayList<>();
        Algorithm1Result a1 = Algorithm1.run(instance, pricer);
        ValueTable values = ValueTable.of(instance, a1.nPlus());
        boolean ir = a1.individuallyRationalForBuyers(values);
        boolean ef = a1.envyFreeForBuyers(values);
        out.add(new ClaimVerdict("IRB", P000 + "section 3.2 (Algorithm 1 prices)", subject, exact(ir),
                "kernel judge on integer value tables, N+ = " + a1.nPlus() + ", " + values.types() + " buyer types"));
        out.add(new ClaimVerdict("EFB", P000 + "section 3.2 (Algorithm 1 prices)", subject, exact(ef),
                "kernel judge: no type prefers another type's allocation nor any point of the price curve"));
        out.add(profit(instance, subject, pricer, a1));

        Algorithm2Design design;
        try {
            design = Algorithm2.withPricer(pricer).design(instance);
        } catch (InvalidInputException e) {
            for (String claim : List.of("BB", "IRC", "E[p_j*] = q_j+", "Theorem 4")) {
                out.add(new ClaimVerdict(claim, P000 + "Algorithm 2", subject, Verdict.NOT_APPLICABLE, e.getMessage()));
            }
            return out;
        }
        out.add(budgetBalance(design, subject, seed));
        Algorithm2Algebra<BigFraction> a = design.algebra();
        out.add(new ClaimVerdict("IRC", P000 + "Theorem 5.1 (IRC)", subject,
                exact(design.individuallyRationalForContributors()),
                "truthful utilities W N_i*/N+ with W = " + Decimals.decimal(a.w()) + " (exact)"));
        out.add(expectedPrices(design, subject));
        // profit(M*, s*) = W = profit_{N+} - (c_2 - c_1), and profit_{N+} <= OPT because the
        // N+ scheme is envy-free and individually rational (checked above by the kernel).
        out.add(new ClaimVerdict("Theorem 4", P000 + "Theorem 4 (profit of Algorithm 2's NE)", subject,
                ir && ef ? Verdict.HOLDS : Verdict.FALSIFIED,
                "profit(M*, s*) = W = " + Decimals.decimal(a.w()) + " = profit_N+ - (c_2 - c_1) <= OPT - (c_2 - c_1)"
                        + (ir && ef ? "" : ", but the N+ scheme is not envy-free/IR so profit_N+ <= OPT is not certified")));
        return out;
    }

    /** PO / Lemma 2: profit_N+ >= OPT - |B| O(epsilon), certified by Algorithm 1's upper bound on OPT. */
    private static ClaimVerdict profit(MarketInstance instance, String subject, OrderedItemPricer pricer,
            Algorithm1Result a1) {
        long perBuyer = pricer instanceof GridPricer g ? g.lossPerBuyer() : 0;
        BigFraction allowed = ValueUnits.toExact(perBuyer).multiply(instance.buyerCount());
        BigFraction gap = a1.profitUpperBound().subtract(a1.profit());
        String evidence = "profit_N+ = " + Decimals.decimal(a1.profit()) + ", certified OPT <= " + Decimals.decimal(a1.profitUpperBound())
                + ", gap " + Decimals.decimal(gap) + " vs allowed |B| eps-loss " + Decimals.decimal(allowed) + " (" + pricer.name() + ")";
        Verdict v;
        if (FractionOrder.compare(gap, allowed) <= 0) {
            v = Verdict.HOLDS;
        } else if (perBuyer == 0 && a1.nPlus() > 0 && a1.profit().signum() < 0 && a1.profitUpperBound().signum() == 0) {
            // the exact pricer's bound is tight: OPT = 0 (collect nothing) beats every N >= 1
            v = Verdict.FALSIFIED;
            evidence += "; OPT = 0 at N = 0, which Algorithm 1's range {1..floor(|B|/c_1)} leaves out";
        } else {
            v = Verdict.NO_COUNTEREXAMPLE_FOUND;
            evidence += "; the upper bound may not be tight, so this is inconclusive";
        }
        return new ClaimVerdict("PO (Lemma 2)", P000 + "Lemma 2, Theorem 5.1", subject, v, evidence);
    }

    /** BB on seeded truthful realizations, settled exactly (plus two with extreme values). */
    private static ClaimVerdict budgetBalance(Algorithm2Design design, String subject, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        Algorithm2 settle = new Algorithm2(i -> design.pricing());
        double sd = Math.sqrt(design.instance().variance());
        int unbalanced = 0;
        for (int r = 0; r < BB_REALIZATIONS + 2; r++) {
            double mu = r < BB_REALIZATIONS ? 1e3 * z.sample() : (r == BB_REALIZATIONS ? 1e300 : -Double.MIN_VALUE);
            List<double[]> submissions = new ArrayList<>();
            for (int i = 0; i < design.instance().contributors().size(); i++) {
                double[] x = new double[design.instruction(i)];
                for (int t = 0; t < x.length; t++) {
                    x[t] = r < BB_REALIZATIONS ? mu + sd * z.sample() : (t % 2 == 0 ? mu : -mu);
                }
                submissions.add(x);
            }
            Settlement s = settle.settle(design, submissions);
            if (!s.budgetBalanced()) {
                unbalanced++;
            }
        }
        return new ClaimVerdict("BB", P000 + "Theorem 5.1 (BB)", subject,
                unbalanced == 0 ? Verdict.NO_COUNTEREXAMPLE_FOUND : Verdict.FALSIFIED,
                (BB_REALIZATIONS + 2 - unbalanced) + " of " + (BB_REALIZATIONS + 2)
                        + " truthful realizations (seed " + seed + ", two with extreme values) balance exactly;"
                        + " for all realizations see the Z3 obligation in proofs/");
    }

    /** Equation (16): E[p_j*] = q_j+ under truthful play, from the closed form, exactly. */
    private static ClaimVerdict expectedPrices(Algorithm2Design design, String subject) {
        Algorithm2Algebra<BigFraction> a = design.algebra();
        BigFraction var = BigFraction.from(design.instance().variance());
        BigFraction gap = a.expectedSquaredGap(BigFraction.ZERO, var.divide(design.n1()), BigFraction.ZERO,
                var.divide(design.n2()));
        boolean all = true;
        for (int j = 0; j < design.instance().buyers().size(); j++) {
            all &= a.priceForSquaredGap(design.basePrice(j), true, true, gap).equals(design.basePrice(j));
        }
        return new ClaimVerdict("E[p_j*] = q_j+", P000 + "equation (16)", subject, exact(all),
                "closed form with E[(mu1 - mu2)^2] = sigma^2/N_1* + sigma^2/N_2*, exact rationals");
    }

    private static Verdict exact(boolean holds) {
        return holds ? Verdict.HOLDS : Verdict.FALSIFIED;
    }
}
