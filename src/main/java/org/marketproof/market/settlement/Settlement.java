package org.marketproof.market.settlement;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.market.instance.MarketInstance;

/**
 * The money of one realization: p_j' for each buyer and pi_i' for each contributor, exact.
 *
 * <p>An immutable value written as a final class, not a record, because its predicate carries JML
 * ({@link #budgetBalanced}) and OpenJML cannot read records (see proofs/README.md).
 */
public final class Settlement {

    private final MarketInstance instance;
    private final List<BigFraction> prices;
    private final List<BigFraction> payments;

    /**
     * @param instance the instance (for the buyer counts)
     * @param prices the price each buyer of type j pays, per buyer, in buyer-type order
     * @param payments the payment to each contributor, in cost order
     */
    public Settlement(MarketInstance instance, List<BigFraction> prices, List<BigFraction> payments) {
        this.instance = instance;
        this.prices = List.copyOf(prices);
        this.payments = List.copyOf(payments);
        if (this.prices.size() != instance.buyers().size() || this.payments.size() != instance.contributors().size()) {
            throw new IllegalArgumentException("need one price per buyer type and one payment per contributor");
        }
    }

    /** @return the instance (for the buyer counts) */
    public MarketInstance instance() {
        return instance;
    }

    /** @return the price each buyer of type j pays, per buyer, in buyer-type order */
    public List<BigFraction> prices() {
        return prices;
    }

    /** @return the payment to each contributor, in cost order */
    public List<BigFraction> payments() {
        return payments;
    }

    /** @return the total revenue: sum over buyer types of count times price */
    public BigFraction totalPrices() {
        BigFraction total = BigFraction.ZERO;
        for (int j = 0; j < prices.size(); j++) {
            total = total.add(prices.get(j).multiply(instance.buyers().get(j).count()));
        }
        return total;
    }

    /** @return the total of the payments to contributors */
    public BigFraction totalPayments() {
        BigFraction total = BigFraction.ZERO;
        for (BigFraction p : payments) {
            total = total.add(p);
        }
        return total;
    }

    /** @return revenue minus payments: the broker's surplus (negative: the broker pays out more) */
    public BigFraction surplus() {
        return totalPrices().subtract(totalPayments());
    }

    /**
     * Budget balance (BB), paper 000, section 3.2: total payments equal total revenue, exactly.
     * This one predicate is what the JML contract of the settlement, the property tests and the
     * {@code verify} command all use.
     *
     * @return whether sum over buyers of p_j equals sum over contributors of pi_i, exactly
     */
    /*@ pure @*/
    public boolean budgetBalanced() {
        return totalPrices().equals(totalPayments());
    }
}
