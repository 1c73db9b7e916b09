package org.marketproof.market.settlement;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The exact sum of doubles, at close to the cost of a plain double sum.
 *
 * <p>Every finite double is m 2^e with an integer |m| < 2^53 and -1074 <= e <= 971, so every sum of
 * doubles is an integer multiple of 2^-1074 below 2^1024 times the count. The accumulator is that
 * integer, kept as 67 signed 32-bit limbs in {@code long}s (limb k weighs 2^(32k - 1074)). Adding a
 * double adds its 53-bit mantissa, shifted into place, to at most three limbs; carries between
 * limbs are deferred, because each addition changes a limb by less than 2^32 and a limb has room
 * for 2^31 such changes before it could overflow. {@link #normalize()} propagates carries every
 * {@link #CARRY_INTERVAL} additions and before reading the value.
 */
public final class ExactSum {

    private static final int LIMB_BITS = 32;
    private static final long LIMB_MASK = (1L << LIMB_BITS) - 1;
    /** The exponent of the least significant bit: 2^-1074 is the smallest subnormal. */
    private static final int MIN_EXPONENT = -1074;
    /** Enough limbs for 2^1024 times 2^31 additions, plus three for the shifted mantissa. */
    private static final int LIMBS = 70;
    private static final int CARRY_INTERVAL = 1 << 30;
    private static final BigInteger DENOMINATOR = BigInteger.ONE.shiftLeft(-MIN_EXPONENT);

    private final long[] limbs = new long[LIMBS];
    private int pending;
    private long count;

    /**
     * Adds {@code x} exactly.
     *
     * @throws IllegalArgumentException if {@code x} is NaN or infinite
     */
    public void add(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        if (biased == 0x7FF) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        // position of the mantissa's lowest bit above 2^-1074
        int shift;
        if (biased == 0) {
            shift = 0; // subnormal: x = mantissa * 2^-1074
        } else {
            mantissa |= 1L << 52;
            shift = biased - 1;
        }
        if (bits < 0) {
            mantissa = -mantissa;
        }
        int limb = shift >>> 5;
        int offset = shift & 31;
        // mantissa * 2^offset spans at most 53 + 31 = 84 bits: split into three 32-bit pieces
        long low = mantissa << offset;            // bits 0..63 of the shifted value (sign-correct below)
        long high = offset == 0 ? (mantissa >> 63) : (mantissa >> (64 - offset));
        limbs[limb] += low & LIMB_MASK;
        limbs[limb + 1] += low >>> LIMB_BITS;
        limbs[limb + 2] += high;
        // low >>> 32 took the two's-complement bits of a negative value as unsigned; high carries the
        // sign-extended remainder, so together the three limbs add exactly mantissa * 2^offset.
        count++;
        if (++pending == CARRY_INTERVAL) {
            normalize();
        }
    }

    /** Adds every element of {@code xs}. */
    public void addAll(double[] xs) {
        for (double x : xs) {
            add(x);
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

    /** @return the exact mean of {@code xs}, 0 when empty */
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
