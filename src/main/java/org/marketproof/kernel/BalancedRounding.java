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
 *
 * <p>The contract speaks of sums of arrays. KeY reads them as JML's {@code \sum}; OpenJML, whose
 * SMT translation has no {@code \sum}, reads the recursive model function {@code sumTo} instead
 * (the {@code +KeY} and {@code -KeY} annotations below carry the two spellings of one clause).
 */
public final class BalancedRounding {

    /** Largest magnitude of one rounded amount; keeps every partial sum far from overflow. */
    public static final long MAX_UNITS = 1L << 40;

    /** Largest number of parties. */
    public static final int MAX_PARTIES = 1 << 20;

    private BalancedRounding() {
    }

    /*-KeY@ public normal_behavior
      @   requires a != null && 0 <= n && n <= a.length;
      @   ensures \result == (n == 0 ? 0 : sumTo(a, n - 1) + a[n - 1]);
      @ public static model pure \bigint sumTo(long[] a, int n);
      @*/

    /*@ public normal_behavior
      @ requires floors != null;
      @ requires floors.length <= MAX_PARTIES;
      @ requires (\forall int k; 0 <= k && k < floors.length;
      @              -MAX_UNITS <= floors[k] && floors[k] <= MAX_UNITS);
      @ ensures \result.length == floors.length;
      @ ensures (\forall int k; 0 <= k && k < floors.length;
      @              \result[k] == floors[k] || \result[k] == floors[k] + 1);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    //+KeY@ requires 0 <= -(\sum int k; 0 <= k && k < floors.length; floors[k]);
    //+KeY@ requires -(\sum int k; 0 <= k && k < floors.length; floors[k]) <= floors.length;
    //+KeY@ ensures (\sum int k; 0 <= k && k < \result.length; \result[k]) == 0;
    //-KeY@ requires 0 <= -sumTo(floors, floors.length);
    //-KeY@ requires -sumTo(floors, floors.length) <= floors.length;
    //-KeY@ ensures sumTo(\result, \result.length) == 0;
    /**
     * Adds one unit to each of the first {@code -sum(floors)} entries.
     *
     * <p>The last loop re-adds the result and throws if the sum is not zero. Both verifiers prove
     * that the throw is unreachable; the pass exists because neither carries a sum over an array
     * across stores into that array, but both prove a sum over an array they only read.
     *
     * @param floors each party's amount rounded down, in the order in which parties receive the
     *     missing units; their sum must lie in {@code [-floors.length, 0]}
     * @return the balanced amounts: their sum is exactly zero and each differs from its floor by
     *     zero or one unit
     */
    public static long[] balance(long[] floors) {
        long total = 0;
        //@ loop_invariant 0 <= i && i <= floors.length;
        //@ loop_invariant -i * MAX_UNITS <= total && total <= i * MAX_UNITS;
        //+KeY@ loop_invariant total == (\sum int k; 0 <= k && k < i; \old(floors[k]));
        //-KeY@ loop_invariant total == sumTo(floors, i);
        //+KeY@ loop_writes \nothing;
        //@ decreases floors.length - i;
        for (int i = 0; i < floors.length; i++) {
            total += floors[i];
        }
        long deficit = -total;
        long[] result = raised(floors, deficit);
        long check = 0;
        //@ loop_invariant 0 <= q && q <= result.length;
        //@ loop_invariant -q * MAX_UNITS <= check && check <= q * (MAX_UNITS + 1);
        //@ loop_invariant (\forall int k; 0 <= k && k < result.length; -MAX_UNITS <= result[k] && result[k] <= MAX_UNITS + 1);
        //+KeY@ loop_invariant check == (\sum int k; 0 <= k && k < q; result[k]);
        //+KeY@ loop_invariant check == (\sum int k; 0 <= k && k < q; \old(floors[k])) + (q < deficit ? q : deficit);
        //-KeY@ loop_invariant check == sumTo(result, q);
        //-KeY@ loop_invariant check == sumTo(floors, q) + (q < deficit ? q : deficit);
        //+KeY@ loop_writes \nothing;
        //@ decreases result.length - q;
        for (int q = 0; q < result.length; q++) {
            //@ assert -MAX_UNITS <= result[q] && result[q] <= MAX_UNITS + 1;
            check += result[q];
        }
        if (check != 0) {
            throw new ArithmeticException("rounded amounts do not sum to zero");
        }
        return result;
    }

    /*@ private normal_behavior
      @ requires floors != null;
      @ requires (\forall int k; 0 <= k && k < floors.length;
      @              -MAX_UNITS <= floors[k] && floors[k] <= MAX_UNITS);
      @ ensures \result.length == floors.length;
      @ ensures (\forall int k; 0 <= k && k < floors.length;
      @              \result[k] == floors[k] + (k < deficit ? 1 : 0));
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** @return a copy of {@code floors} with one unit added to each of the first {@code deficit} entries */
    private static long[] raised(long[] floors, long deficit) {
        long[] result = new long[floors.length];
        //@ loop_invariant 0 <= p && p <= floors.length;
        //@ loop_invariant (\forall int k; 0 <= k && k < p; result[k] == floors[k] + (k < deficit ? 1 : 0));
        //@ loop_writes result[*];
        //@ decreases floors.length - p;
        for (int p = 0; p < floors.length; p++) {
            result[p] = p < deficit ? floors[p] + 1 : floors[p];
        }
        return result;
    }
}
