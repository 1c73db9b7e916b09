package org.marketproof.market.pricing;

import java.math.BigInteger;

/**
 * The flow bound on envy-free revenue (specs/pricing.md, Lemma F): the Lagrangian relaxation of
 * the EFB and IRB constraints, evaluated exactly.
 *
 * <p>Let F_kj >= 0 (k != j) be any integers and D >= 1 a scale. With OUT_k = sum_j F_kj,
 * INTO_k = sum_l F_lk and IN_k = max(D n_k + OUT_k, INTO_k), put
 * Psi_k(m) = IN_k v_k(m) - sum_j F_kj v_j(m). Then every envy-free, individually rational scheme
 * (m, p) with p >= 0 has D sum_k n_k p_k <= sum_k Psi_k(m_k). (Multiply the constraint "j does not
 * envy k", p_j - p_k <= v_j(m_j) - v_j(m_k), by F_kj, and IRB of k by IN_k - INTO_k >= 0, and add:
 * the prices keep the coefficients n_k - IN_k + OUT_k <= 0 and are >= 0.) So over sizes drawn from
 * domains, rev <= floor(sum_k max over the domain of Psi_k / D). F = 0 is the IRB bound; a tree of
 * F is a shortest-path tree's telescoping sum; the best F is a linear programme ({@link FlowLp}).
 *
 * <p>Every value is an exact integer. Maxima are found in doubles with a rigorous error bound and
 * then re-evaluated exactly at the few sizes within twice that error of the double maximum.
 */
final class FlowBound {

    private final long[][] rows;
    private final long scale;
    private final long[][] flow;
    private final long[] in;
    private final double[] error;
    private final double[] mass;

    private FlowBound(long[][] rows, long scale, long[][] flow, long[] in) {
        this.rows = rows;
        this.scale = scale;
        this.flow = flow;
        this.in = in;
        int k = rows.length;
        this.error = new double[k];
        this.mass = new double[k];
        for (int t = 0; t < k; t++) {
            mass[t] = in[t];
            for (int j = 0; j < k; j++) {
                mass[t] += flow[t][j];
            }
            // K + 1 products and sums of magnitude <= mass * ONE, each with relative error <= 2^-53
            error[t] = Math.scalb((k + 3) * mass[t] * ValueUnits.ONE, -51) + 1;
        }
    }

    /**
     * @param rows v_k(0..cap) in units
     * @param counts n_k
     * @param flow F_kj >= 0 (diagonal ignored)
     * @param scale D, a power of two
     */
    static FlowBound of(long[][] rows, int[] counts, long[][] flow, long scale) {
        if (scale < 1 || Long.bitCount(scale) != 1) {
            throw new IllegalArgumentException("the scale must be a power of two: " + scale);
        }
        int k = rows.length;
        long[][] f = new long[k][k];
        long[] in = new long[k];
        long[] into = new long[k];
        long[] out = new long[k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (a != b) {
                    if (flow[a][b] < 0) {
                        throw new IllegalArgumentException("flows must be >= 0");
                    }
                    f[a][b] = flow[a][b];
                    out[a] = Math.addExact(out[a], f[a][b]);
                    into[b] = Math.addExact(into[b], f[a][b]);
                }
            }
        }
        for (int a = 0; a < k; a++) {
            in[a] = Math.max(Math.addExact(Math.multiplyExact(scale, counts[a]), out[a]), into[a]);
        }
        return new FlowBound(rows, scale, f, in);
    }

    /** @return the IRB bound: no flow, Psi_k = n_k v_k */
    static FlowBound individuallyRational(long[][] rows, int[] counts) {
        return of(rows, counts, new long[rows.length][rows.length], 1);
    }

    /** @return D */
    long scale() {
        return scale;
    }

    /** @return Psi_k(m), exactly */
    BigInteger exact(int k, int m) {
        long[] x = new long[2];
        exact(k, m, x);
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (x[0] >>> (56 - 8 * i));
            b[8 + i] = (byte) (x[1] >>> (56 - 8 * i));
        }
        return new BigInteger(b);
    }

    /**
     * @param max a value of at least Psi_k(m), as returned by {@link #max}
     * @return floor((max - Psi_k(m)) / D), saturated at Long.MAX_VALUE / 2
     */
    long deficit(int k, int m, BigInteger max) {
        long[] x = new long[2];
        exact(k, m, x);
        long maxHi = max.shiftRight(64).longValue();
        long maxLo = max.longValue();
        long lo = maxLo - x[1];
        long hi = maxHi - x[0] - (Long.compareUnsigned(maxLo, x[1]) < 0 ? 1 : 0);
        return shiftDown(hi, lo, Long.numberOfTrailingZeros(scale));
    }

    /**
     * Psi_k(m) exactly as a 128-bit two's complement integer: out[0] the high, out[1] the low 64 bits
     * (the products reach about 2^100; all terms are non-negative long products).
     */
    void exact(int k, int m, long[] out) {
        long a = in[k];
        long b = rows[k][m];
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        for (int j = 0; j < rows.length; j++) {
            long c = flow[k][j];
            if (c != 0) {
                long d = rows[j][m];
                long phi = Math.multiplyHigh(c, d);
                long plo = c * d;
                long nlo = lo - plo;
                hi = hi - phi - (Long.compareUnsigned(lo, plo) < 0 ? 1 : 0);
                lo = nlo;
            }
        }
        out[0] = hi;
        out[1] = lo;
    }

    /**
     * The bound on rev^OPT(N) for every N at once: ub[N] = floor(sum_k max over the sizes <= N of
     * the domain of Psi_k / D), exactly.
     *
     * @param domains sorted sizes per type, each containing 0
     * @param cap the largest N
     */
    long[] curve(int[][] domains, int cap) {
        int k = rows.length;
        long[] sumHi = new long[cap + 1];
        long[] sumLo = new long[cap + 1];
        long[] x = new long[2];
        for (int t = 0; t < k; t++) {
            long bestHi = Long.MIN_VALUE;
            long bestLo = 0;
            int i = 0;
            int[] d = domains[t];
            for (int n = 0; n <= cap; n++) {
                while (i < d.length && d[i] <= n) {
                    exact(t, d[i], x);
                    if (x[0] > bestHi || (x[0] == bestHi && Long.compareUnsigned(x[1], bestLo) > 0)) {
                        bestHi = x[0];
                        bestLo = x[1];
                    }
                    i++;
                }
                long lo = sumLo[n] + bestLo;
                sumHi[n] += bestHi + (Long.compareUnsigned(lo, bestLo) < 0 ? 1 : 0);
                sumLo[n] = lo;
            }
        }
        int shift = Long.numberOfTrailingZeros(scale);
        long[] ub = new long[cap + 1];
        for (int n = 0; n <= cap; n++) {
            ub[n] = shiftDown(sumHi[n], sumLo[n], shift);
        }
        return ub;
    }

    /** @return Psi_k(m) in doubles, within {@link #error(int)} of the exact value */
    double approx(int k, int m) {
        double s = (double) in[k] * rows[k][m];
        for (int j = 0; j < rows.length; j++) {
            if (flow[k][j] != 0) {
                s -= (double) flow[k][j] * rows[j][m];
            }
        }
        return s;
    }

    /** @return IN_k + sum_j F_kj: Psi_k changes by at most this times a change of the values */
    double mass(int k) {
        return mass[k];
    }

    /** @return a bound on |approx(k, m) - exact(k, m)| */
    double error(int k) {
        return error[k];
    }

    /**
     * The exact maximum of Psi_k over a domain.
     *
     * @param domain sizes, non-empty
     * @return {max, argmax} with the smallest argmax
     */
    Max max(int k, int[] domain) {
        double best = Double.NEGATIVE_INFINITY;
        for (int m : domain) {
            best = Math.max(best, approx(k, m));
        }
        double cut = best - 2 * error[k];
        BigInteger exactMax = null;
        int arg = -1;
        for (int m : domain) {
            if (approx(k, m) >= cut) {
                BigInteger e = exact(k, m);
                if (exactMax == null || e.compareTo(exactMax) > 0) {
                    exactMax = e;
                    arg = m;
                }
            }
        }
        return new Max(exactMax, arg);
    }

    /**
     * @return floor(x / 2^shift) for the 128-bit x = (hi, lo), saturated to +-Long.MAX_VALUE / 2 when
     *     out of that range (a saturated upper bound is still above every revenue, which is < 2^61)
     */
    private static long shiftDown(long hi, long lo, int shift) {
        long qHi = shift == 0 ? hi : hi >> shift;
        long qLo = shift == 0 ? lo : (hi << (64 - shift)) | (lo >>> shift);
        if (qHi != (qLo >> 63) || Math.abs(qLo) > Long.MAX_VALUE / 2) {
            return qHi < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        return qLo;
    }

    /** A maximum of Psi_k and the smallest size attaining it. */
    record Max(BigInteger value, int arg) {
    }

    /**
     * The sizes of a domain that can still be part of a scheme with D rev >= floor: those with
     * Psi_k(m) >= max_k - slack, where slack = sum_j max_j - floor. A superset may be returned (the
     * test is done in doubles with the error bound, erring on the side of keeping).
     */
    int[] keep(int k, int[] domain, BigInteger threshold) {
        double t = threshold.doubleValue();
        double cut = t - error[k] - Math.abs(t) * 0x1p-50;
        int[] out = new int[domain.length];
        int n = 0;
        for (int m : domain) {
            if (approx(k, m) >= cut) {
                out[n++] = m;
            }
        }
        return n == out.length ? domain : java.util.Arrays.copyOf(out, n);
    }

}
