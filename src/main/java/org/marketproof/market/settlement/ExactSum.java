package org.marketproof.market.settlement;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The exact sum of doubles, at close to the cost of a plain double sum.
 *
 * <p>Every finite double is m 2^e with an integer |m| &lt; 2^53 and -1074 &lt;= e &lt;= 971, so every sum of
 * doubles is an integer multiple of 2^-1074 below 2^1024 times the count. The accumulator is that
 * integer, kept as 70 signed 32-bit limbs in {@code long}s (limb k weighs 2^(32k - 1074)).
 * Mantissas are first summed per binary exponent in plain longs, then shifted into the limbs;
 * carries between limbs are deferred, because each shifted addition changes a limb by less than
 * 2^32 and a limb has room for 2^31 such changes before it could overflow. Carries are propagated
 * every {@link #CARRY_INTERVAL} additions and before the value is read.
 */
public final class ExactSum {

    private static final int LIMB_BITS = 32;
    private static final long LIMB_MASK = (1L << LIMB_BITS) - 1;
    /** The exponent of the least significant bit: 2^-1074 is the smallest subnormal. */
    private static final int MIN_EXPONENT = -1074;
    /** Enough limbs for 2^1024 times 2^31 additions, plus three for the shifted mantissa. */
    private static final int LIMBS = 70;
    /** Limb additions between carry propagations; each changes a limb by less than 2^32. */
    private static final int CARRY_INTERVAL = 1 << 30;
    /** Mantissas per bucket between flushes: 2^10 values below 2^53 sum below 2^63. */
    private static final int BLOCK = 1 << 10;
    private static final BigInteger DENOMINATOR = BigInteger.ONE.shiftLeft(-MIN_EXPONENT);

    private final long[] limbs = new long[LIMBS];
    private int pending;
    private long count;

    /**
     * Adds {@code x} exactly.
     *
     * @param x a finite double
     * @throws IllegalArgumentException if {@code x} is NaN or infinite
     */
    public void add(double x) {
        addAll(new double[] {x});
    }

    /**
     * Adds every element of {@code xs} exactly.
     *
     * <p>The hot loop only sorts signed mantissas into one bucket per binary exponent (an array
     * store, no carries); a bucket holds at most {@link #BLOCK} mantissas below 2^53 and so cannot
     * overflow a long. After each block the touched buckets are shifted into the limbs.
     *
     * @param xs finite doubles
     * @throws IllegalArgumentException if an element is NaN or infinite
     */
    public void addAll(double[] xs) {
        long[] bucket = new long[2048];
        for (int start = 0; start < xs.length; start += BLOCK) {
            int end = Math.min(xs.length, start + BLOCK);
            int lo = 2047;
            int hi = 0;
            for (int i = start; i < end; i++) {
                int e = into(bucket, xs[i]);
                lo = Math.min(lo, e);
                hi = Math.max(hi, e);
            }
            if (hi == 0x7FF) {
                throw new IllegalArgumentException("not a finite number among the inputs");
            }
            for (int e = lo; e <= hi; e++) {
                if (bucket[e] != 0) {
                    // subnormals and the smallest normals both weigh 2^-1074 per mantissa unit
                    addShifted(bucket[e], Math.max(e - 1, 0));
                    bucket[e] = 0;
                }
            }
        }
        count += xs.length;
    }

    /**
     * Adds the signed mantissa of {@code x} to its exponent's bucket.
     *
     * @return the biased exponent (0x7FF for NaN and infinities)
     */
    private static int into(long[] bucket, double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7FF;
        // the implicit leading bit of normal numbers; subnormals (biased 0) have none
        long mantissa = (bits & 0xFFFFFFFFFFFFFL) | ((long) Math.min(biased, 1) << 52);
        long sign = bits >> 63; // 0 or -1
        bucket[biased] += (mantissa ^ sign) - sign;
        return biased;
    }

    /** Adds {@code v * 2^shift} (in units of 2^-1074) to the limbs, deferring carries. */
    private void addShifted(long v, int shift) {
        int limb = shift >>> 5;
        int offset = shift & 31;
        // v * 2^offset as a 128-bit number: low 64 bits and the sign-extended high part
        long low = v << offset;
        long high = offset == 0 ? v >> 63 : v >> (64 - offset);
        limbs[limb] += low & LIMB_MASK;
        limbs[limb + 1] += low >>> LIMB_BITS;
        limbs[limb + 2] += high;
        if (++pending == CARRY_INTERVAL) {
            normalize();
        }
    }

    /** @return how many numbers were added */
    public long count() {
        return count;
    }

    /** @return the exact sum */
    public BigFraction sum() {
        normalize();
        BigInteger total = BigInteger.ZERO;
        for (int k = LIMBS - 1; k >= 0; k--) {
            total = total.shiftLeft(LIMB_BITS).add(BigInteger.valueOf(limbs[k]));
        }
        return BigFraction.of(total, DENOMINATOR);
    }

    /** @return the exact mean, or 0 for no numbers (the convention of {@code specs/market.md}) */
    public BigFraction mean() {
        return count == 0 ? BigFraction.ZERO : sum().divide(BigFraction.of(count));
    }

    /**
     * @param xs a dataset of finite doubles, e.g. a submission Y_i
     * @return the exact mean of {@code xs}, 0 when empty
     * @throws IllegalArgumentException if an element is NaN or infinite
     */
    public static BigFraction meanOf(double[] xs) {
        ExactSum s = new ExactSum();
        s.addAll(xs);
        return s.mean();
    }

    /** Propagates deferred carries so that every limb but the top one lies in [0, 2^32). */
    private void normalize() {
        long carry = 0;
        for (int k = 0; k < LIMBS - 1; k++) {
            long v = limbs[k] + carry;
            limbs[k] = v & LIMB_MASK;
            carry = v >> LIMB_BITS;
        }
        limbs[LIMBS - 1] += carry;
        pending = 0;
    }
}
