package org.marketproof.market.mechanism;

import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.ExactField;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.pricing.ValueUnits;

/**
 * Algorithm 2's announcement (13): N_1* = N+ - 1, N_2* = 1, N_i* = 0 for i >= 3, m_j* = m_j+, with
 * the constants d_i and W of prices (14) and payments (15), all exact.
 *
 * <p>An immutable value written as a final class, not a record, because its predicate carries JML
 * ({@link #individuallyRationalForContributors}) and OpenJML cannot read records (see
 * proofs/README.md).
 */
public final class Algorithm2Design implements Design {

    private final MarketInstance instance;
    private final Algorithm1Result pricing;
    private final int n1;
    private final int n2;

    /**
     * @param instance the instance
     * @param pricing the output of Algorithm 1 (N+, m_j+, q_j+)
     * @param n1 N_1*
     * @param n2 N_2*
     */
    public Algorithm2Design(MarketInstance instance, Algorithm1Result pricing, int n1, int n2) {
        if (n1 < 1 || n2 < 1) {
            throw new IllegalArgumentException("Algorithm 2 needs N_1* >= 1 and N_2* >= 1, got " + n1 + ", " + n2);
        }
        if (instance.contributors().size() < 2) {
            throw new IllegalArgumentException("Algorithm 2 needs two contributors");
        }
        this.instance = instance;
        this.pricing = pricing;
        this.n1 = n1;
        this.n2 = n2;
    }

    @Override
    public MarketInstance instance() {
        return instance;
    }

    /** @return the output of Algorithm 1 (N+, m_j+, q_j+) */
    public Algorithm1Result pricing() {
        return pricing;
    }

    /** @return N_1* */
    public int n1() {
        return n1;
    }

    /** @return N_2* */
    public int n2() {
        return n2;
    }

    @Override
    public int instruction(int contributor) {
        return switch (contributor) {
            case 0 -> n1;
            case 1 -> n2;
            default -> 0;
        };
    }

    @Override
    public int allocation(int buyerType) {
        return pricing.purchases()[buyerType];
    }

    /** Line 10 of Algorithm 2: Y = Y_1 u Y_2; the others' submissions are ignored. */
    @Override
    public boolean sold(int contributor) {
        return contributor < 2;
    }

    /** @return N+ = N_1* + N_2* */
    public int nPlus() {
        return n1 + n2;
    }

    /**
     * @param buyerType the buyer type's index j
     * @return q_j+ for buyer type j, exact: the expected price E[p_j*] under truthful play
     */
    public BigFraction basePrice(int buyerType) {
        return ValueUnits.toExact(pricing.prices()[buyerType]);
    }

    /** @return sum over all buyers of q_j+ */
    public BigFraction totalBasePrice() {
        BigFraction total = BigFraction.ZERO;
        for (int j = 0; j < instance.buyers().size(); j++) {
            total = total.add(basePrice(j).multiply(instance.buyers().get(j).count()));
        }
        return total;
    }

    /** @return the formulas (14) and (15) instantiated exactly for this design */
    public Algorithm2Algebra<BigFraction> algebra() {
        ExactField f = ExactField.INSTANCE;
        return new Algorithm2Algebra<>(f, f.of(instance.variance()), f.of(instance.cost(0)), f.of(instance.cost(1)),
                f.of(n1), f.of(n2), totalBasePrice(), f.of(instance.buyerCount()));
    }

    /**
     * Contributor i's ex-ante utility under truthful play, W N_i* / N+ (proof of IRC, appendix A);
     * 0 for contributors from the third on.
     *
     * @param contributor the contributor's index i, 0-based in cost order
     * @return W N_i* / N+ for i = 0, 1; 0 otherwise
     */
    public BigFraction truthfulUtility(int contributor) {
        if (contributor > 1) {
            return BigFraction.ZERO;
        }
        Algorithm2Algebra<BigFraction> a = algebra();
        return a.w().multiply(instruction(contributor)).divide(nPlus());
    }

    /**
     * IRC (paper 000, section 3.2): every contributor's truthful ex-ante utility is non-negative.
     * The JML contract of {@link Algorithm2#design}, the property tests and {@code verify} use
     * this predicate.
     *
     * @return whether {@link #truthfulUtility} is {@code >= 0} for every contributor
     */
    /*@ pure @*/
    public boolean individuallyRationalForContributors() {
        for (int i = 0; i < instance.contributors().size(); i++) {
            if (truthfulUtility(i).signum() < 0) {
                return false;
            }
        }
        return true;
    }
}
