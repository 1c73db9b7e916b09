package org.marketproof.market.settlement;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.kernel.BalancedRounding;

/**
 * A settlement rounded to whole currency units (for example micro-units, 10^-6) so that the
 * rounded payments still sum to exactly the rounded revenue and no party moves by more than one unit.
 *
 * <p>Parties are every single buyer (a type with count 3 is three parties) and every contributor.
 * Prices enter as positive and payments as negative amounts, so a budget-balanced settlement sums
 * to zero. Each amount is rounded down, and the verified kernel {@link BalancedRounding#balance}
 * hands the missing units, one each, to the parties with the largest fractional parts
 * (largest-remainder rounding; ties to the earlier party). Only a budget-balanced settlement can be
 * rounded this way: for one that is not, {@link #of} refuses and the exact figures stand alone.
 *
 * @param unit the currency unit, e.g. 1/1000000
 * @param buyerPrices rounded price of each single buyer, grouped by type in type order, in units
 * @param payments rounded payment of each contributor, in cost order, in units
 */
public record RoundedSettlement(BigFraction unit, long[] buyerPrices, long[] payments) {

    /**
     * Copies the arrays.
     *
     * @param unit the currency unit
     * @param buyerPrices rounded price of each single buyer, in units
     * @param payments rounded payment of each contributor, in units
     */
    public RoundedSettlement {
        buyerPrices = buyerPrices.clone();
        payments = payments.clone();
    }

    /**
     * @param s an exact settlement
     * @param unit the currency unit, {@code > 0}
     * @return the balanced rounding of {@code s} to whole multiples of {@code unit}
     * @throws IllegalStateException with the reason of {@link #refusal} if {@code s} cannot be
     *     rounded in balance
     */
    public static RoundedSettlement of(Settlement s, BigFraction unit) {
        String why = refusal(s, unit);
        if (why != null) {
            throw new IllegalStateException(why);
        }
        List<BigFraction> amounts = new ArrayList<>();
        for (int j = 0; j < s.prices().size(); j++) {
            for (int c = 0; c < s.instance().buyers().get(j).count(); c++) {
                amounts.add(s.prices().get(j).divide(unit));
            }
        }
        for (BigFraction p : s.payments()) {
            amounts.add(p.divide(unit).negate());
        }
        int n = amounts.size();
        long[] floor = new long[n];
        BigFraction[] remainder = new BigFraction[n];
        for (int k = 0; k < n; k++) {
            BigInteger f = floor(amounts.get(k));
            floor[k] = f.longValueExact();
            remainder[k] = amounts.get(k).subtract(BigFraction.of(f));
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        // largest remainder first, ties to the earlier party (FractionOrder: see finding PR3)
        java.util.Arrays.sort(order, (k, l) -> {
            int byRemainder = FractionOrder.compare(remainder[l], remainder[k]);
            return byRemainder != 0 ? byRemainder : Integer.compare(k, l);
        });
        long[] sortedFloors = new long[n];
        for (int r = 0; r < n; r++) {
            sortedFloors[r] = floor[order[r]];
        }
        long[] balanced = BalancedRounding.balance(sortedFloors);
        long[] rounded = new long[n];
        for (int r = 0; r < n; r++) {
            rounded[order[r]] = balanced[r];
        }
        int buyers = n - s.payments().size();
        long[] prices = java.util.Arrays.copyOfRange(rounded, 0, buyers);
        long[] pays = new long[s.payments().size()];
        for (int i = 0; i < pays.length; i++) {
            pays[i] = -rounded[buyers + i];
        }
        return new RoundedSettlement(unit, prices, pays);
    }

    /**
     * @param s an exact settlement
     * @param unit the currency unit
     * @return why {@code s} cannot be rounded in balance, or {@code null} if it can
     */
    public static String refusal(Settlement s, BigFraction unit) {
        if (!s.budgetBalanced()) {
            return "the settlement is not budget balanced (see its surplus), so no rounding can balance it";
        }
        BigFraction limit = BigFraction.of(BalancedRounding.MAX_UNITS - 1);
        for (BigFraction a : concat(s.prices(), s.payments())) {
            if (FractionOrder.compare(a.divide(unit).abs(), limit) > 0) {
                return "an amount exceeds 2^40 currency units, beyond the verified rounding kernel's range";
            }
        }
        long parties = s.instance().buyerCount() + s.payments().size();
        if (parties > BalancedRounding.MAX_PARTIES) {
            return "more than " + BalancedRounding.MAX_PARTIES + " parties, beyond the verified rounding kernel's range";
        }
        return null;
    }

    /** @return the sum of the rounded buyer prices, in units */
    public long totalPrices() {
        long t = 0;
        for (long p : buyerPrices) {
            t += p;
        }
        return t;
    }

    /** @return the sum of the rounded payments, in units */
    public long totalPayments() {
        long t = 0;
        for (long p : payments) {
            t += p;
        }
        return t;
    }

    private static List<BigFraction> concat(List<BigFraction> a, List<BigFraction> b) {
        List<BigFraction> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** @return the largest integer not above {@code x} */
    static BigInteger floor(BigFraction x) {
        BigInteger[] qr = x.getNumerator().divideAndRemainder(x.getDenominator());
        // BigInteger division truncates toward zero; step down for negative non-integers
        boolean negative = x.getNumerator().signum() * x.getDenominator().signum() < 0;
        return negative && qr[1].signum() != 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }
}
