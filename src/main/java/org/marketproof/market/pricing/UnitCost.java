package org.marketproof.market.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The cost c N of N data points in value units (c 2^40 per point, c a double, so an exact binary
 * fraction), as exact floors and ceilings for N = 0..cap. Profits revenue - c N are compared
 * exactly through them: c N is an integer exactly when floor and ceiling agree.
 */
final class UnitCost {

    private final long[] floor;
    private final long[] ceil;

    private UnitCost(long[] floor, long[] ceil) {
        this.floor = floor;
        this.ceil = ceil;
    }

    /** @param c the cost per point, finite and >= 0 */
    static UnitCost of(double c, int cap) {
        if (!(c >= 0) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("cost must be finite and >= 0: " + c);
        }
        BigDecimal perPoint = new BigDecimal(c).multiply(BigDecimal.valueOf(ValueUnits.ONE));
        long[] lo = new long[cap + 1];
        long[] hi = new long[cap + 1];
        // c 2^40 = a / 2^s with a an integer: step the remainder of a N modulo 2^s
        int s = Math.max(0, perPoint.scale());
        BigInteger a = perPoint.movePointRight(s).toBigIntegerExact();
        BigInteger denominator = BigInteger.TEN.pow(s);
        BigInteger[] qr = a.divideAndRemainder(denominator);
        long whole = qr[0].longValueExact();
        BigInteger step = qr[1];
        BigInteger rem = BigInteger.ZERO;
        long acc = 0;
        for (int n = 1; n <= cap; n++) {
            acc = Math.addExact(acc, whole);
            rem = rem.add(step);
            if (rem.compareTo(denominator) >= 0) {
                rem = rem.subtract(denominator);
                acc = Math.addExact(acc, 1);
            }
            lo[n] = acc;
            hi[n] = rem.signum() == 0 ? acc : acc + 1;
        }
        return new UnitCost(lo, hi);
    }

    /** @return floor(c N) in units */
    long floor(int n) {
        return floor[n];
    }

    /** @return ceil(c N) in units */
    long ceil(int n) {
        return ceil[n];
    }

    /** @return the exact sign of (rev1 - c n1) - (rev2 - c n2) */
    int compareProfits(long rev1, int n1, long rev2, int n2) {
        if (n1 == n2) {
            return Long.compare(rev1, rev2);
        }
        if (n1 < n2) {
            return -compareProfits(rev2, n2, rev1, n1);
        }
        // compare rev1 - rev2 with c (n1 - n2): an integer when floor = ceil, else strictly between them
        long diff = rev1 - rev2;
        int d = n1 - n2;
        if (floor[d] == ceil[d]) {
            return Long.compare(diff, floor[d]);
        }
        return diff <= floor[d] ? -1 : 1;
    }
}
