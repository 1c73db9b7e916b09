package org.marketproof.kernel;

/**
 * Rounding of an exactly balanced settlement to whole currency units without breaking the balance.
 *
 * <p>Settlement is computed exactly: with prices entered as positive and payments as negative
 * amounts, the amounts sum to exactly zero (budget balance). Each amount is first rounded down to
 * whole units (its floor); the floors then sum to {@code -deficit} with {@code 0 <= deficit < n}.
 * This routine adds one unit to the first {@code deficit} parties, so that the rounded amounts
 * sum to exactly zero again and no party moves by more than one unit. The caller orders the
 * parties (by descending fractional part, the largest-remainder method); the kernel's contract
 * does not depend on that order.
 */
public final class BalancedRounding {

    /** Largest magnitude of one rounded amount; keeps every partial sum far from overflow. */
    public static final long MAX_UNITS = 1L << 40;

    /** Largest number of parties. */
    public static final int MAX_PARTIES = 1 << 20;

    private BalancedRounding() {
    }

    /*@ public normal_behavior
      @ requires floors != null;
      @ requires floors.length <= MAX_PARTIES;
      @ requires (\forall int k; 0 <= k && k < floors.length;
      @              -MAX_UNITS <= floors[k] && floors[k] <= MAX_UNITS);
      @ requires 0 <= -(\sum int k; 0 <= k && k < floors.length; floors[k]);
      @ requires -(\sum int k; 0 <= k && k < floors.length; floors[k]) <= floors.length;
      @ ensures \result.length == floors.length;
      @ ensures (\sum int k; 0 <= k && k < \result.length; \result[k]) == 0;
      @ ensures (\forall int k; 0 <= k && k < floors.length;
      @              \result[k] == floors[k] || \result[k] == floors[k] + 1);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /**
     * Adds one unit to each of the first {@code -sum(floors)} entries.
     *
     * <p>The last loop re-adds the result and throws if the sum is not zero. KeY proves that the
     * throw is unreachable; the pass exists because KeY's automatic strategy cannot carry a sum
     * over an array across stores into that array, but proves a sum over an array it only reads.
     *
     * @param floors each party's amount rounded down, in the order in which parties receive the
     *     missing units; their sum must lie in {@code [-floors.length, 0]}
     * @return the balanced amounts: their sum is exactly zero and each differs from its floor by
     *     zero or one unit
     */
    public static long[] balance(long[] floors) {
        long total = 0;
        /*@ loop_invariant 0 <= i && i <= floors.length;
          @ loop_invariant total == (\sum int k; 0 <= k && k < i; \old(floors[k]));
          @ loop_invariant -i * MAX_UNITS <= total && total <= i * MAX_UNITS;
          @ assignable \nothing;
          @ decreases floors.length - i;
          @*/
        for (int i = 0; i < floors.length; i++) {
            total += floors[i];
        }
        long deficit = -total;
        long[] result = new long[floors.length];
        /*@ loop_invariant 0 <= p && p <= floors.length;
          @ loop_invariant (\forall int k; 0 <= k && k < p;
          @                    result[k] == floors[k] + (k < deficit ? 1 : 0));
          @ assignable result[*];
          @ decreases floors.length - p;
          @*/
        for (int p = 0; p < floors.length; p++) {
            result[p] = p < deficit ? floors[p] + 1 : floors[p];
        }
        long check = 0;
        /*@ loop_invariant 0 <= q && q <= result.length;
          @ loop_invariant check == (\sum int k; 0 <= k && k < q; result[k]);
          @ loop_invariant check == (\sum int k; 0 <= k && k < q; \old(floors[k])) + (q < deficit ? q : deficit);
          @ loop_invariant -q * MAX_UNITS <= check && check <= q * (MAX_UNITS + 1);
          @ assignable \nothing;
          @ decreases result.length - q;
          @*/
        for (int q = 0; q < result.length; q++) {
            check += result[q];
        }
        if (check != 0) {
            throw new ArithmeticException("rounded amounts do not sum to zero");
        }
        return result;
    }
}
