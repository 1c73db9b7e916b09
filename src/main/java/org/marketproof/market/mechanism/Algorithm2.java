package org.marketproof.market.mechanism;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.InvalidInputException;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.pricing.OrderedItemPricer;
import org.marketproof.market.settlement.ExactSum;
import org.marketproof.market.settlement.Settlement;

/**
 * Algorithm 2 of paper 000: the two cheapest contributors collect N+ - 1 and 1 points, buyers pay
 * (14) and contributors are paid (15), both adjusted by the discrepancy between the two
 * contributors' sample means.
 *
 * <p>The mean of an empty submission is taken to be 0 (see {@code specs/market.md}); the paper
 * leaves it undefined.
 */
public final class Algorithm2 implements Mechanism {

    private final Function<MarketInstance, Algorithm1Result> algorithm1;

    /**
     * @param algorithm1 runs Algorithm 1 on an instance (with the ordered-item pricer of choice)
     */
    public Algorithm2(Function<MarketInstance, Algorithm1Result> algorithm1) {
        this.algorithm1 = algorithm1;
    }

    /**
     * @param pricer the ordered-item pricer Algorithm 1 uses (exact or grid)
     * @return Algorithm 2 running Algorithm 1 with the ordered-item pricer {@code pricer}
     */
    public static Algorithm2 withPricer(OrderedItemPricer pricer) {
        return new Algorithm2(instance -> Algorithm1.run(instance, pricer));
    }

    @Override
    public String name() {
        return "paper";
    }

    /*@ also
      @ public behavior
      @ ensures \result.individuallyRationalForContributors();
      @ signals_only InvalidInputException;
      @*/
    @Override
    public Algorithm2Design design(MarketInstance instance) {
        if (instance.contributors().size() < 2) {
            throw new InvalidInputException("contributors", "Algorithm 2 needs at least two contributors, found "
                    + instance.contributors().size() + ": with one, she can fabricate data undetected, so truthful "
                    + "collection is no equilibrium (paper 000, Claim 6 and Theorem 4); use 'price' for Algorithm 1 alone");
        }
        Algorithm1Result pricing = algorithm1.apply(instance);
        if (pricing.nPlus() == 0) {
            throw new InvalidInputException("instance", "Algorithm 1 collects no data (N+ = 0: floor(|B|/c_1) < 1,"
                    + " so every N >= 1 loses money), and Algorithm 2 has nothing to buy");
        }
        if (pricing.nPlus() == 1) {
            throw new InvalidInputException("instance", "Algorithm 1 chose N+ = " + pricing.nPlus()
                    + ", for which Algorithm 2 is undefined: N_1* = N+ - 1 = " + (pricing.nPlus() - 1)
                    + " and prices (14) and payments (15) divide by N_1* (finding M1 in specs/market.md)");
        }
        return new Algorithm2Design(instance, pricing, pricing.nPlus() - 1, 1);
    }

    /*@ also
      @ public behavior
      @ requires design instanceof Algorithm2Design;
      @ ensures sizesAsInstructed(design, submissions) ==> \result.budgetBalanced();
      @ signals_only IllegalArgumentException;
      @*/
    @Override
    public Settlement settle(Design design, List<double[]> submissions) {
        Algorithm2Design d = (Algorithm2Design) design;
        MarketInstance instance = d.instance();
        if (submissions.size() != instance.contributors().size()) {
            throw new IllegalArgumentException("need one submission per contributor");
        }
        double[] y1 = submissions.get(0);
        double[] y2 = submissions.get(1);
        boolean ok1 = y1.length == d.n1();
        boolean ok2 = y2.length == d.n2();
        BigFraction mean1 = ExactSum.meanOf(y1);
        BigFraction mean2 = ExactSum.meanOf(y2);
        Algorithm2Algebra<BigFraction> a = d.algebra();

        List<BigFraction> prices = new ArrayList<>();
        for (int j = 0; j < instance.buyers().size(); j++) {
            prices.add(a.price(d.basePrice(j), ok1, ok2, mean1, mean2));
        }
        List<BigFraction> payments = new ArrayList<>();
        payments.add(a.payment(1, ok1, mean1, mean2));
        payments.add(a.payment(2, ok2, mean2, mean1));
        for (int i = 2; i < instance.contributors().size(); i++) {
            payments.add(BigFraction.ZERO);
        }
        return new Settlement(instance, prices, payments);
    }

    /** (14) and (15) use only |Y_i| and the sample means, quadratically. */
    @Override
    public boolean dependsOnlyOnSizesAndMeans() {
        return true;
    }

    /**
     * (14) and (15) use only the difference of the two sample means. This holds for non-empty
     * submissions: an empty one has mean 0 by convention and does not move with the others.
     */
    @Override
    public boolean translationInvariant() {
        return true;
    }

    /**
     * @param design the announced design, with the instructions N_i*
     * @param submissions Y_i for the first {@code submissions.size()} contributors, in cost order
     * @return whether every contributor submitted exactly as many points as instructed
     */
    /*@ pure @*/
    public static boolean sizesAsInstructed(Design design, List<double[]> submissions) {
        for (int i = 0; i < submissions.size(); i++) {
            if (submissions.get(i).length != design.instruction(i)) {
                return false;
            }
        }
        return true;
    }
}
