package org.marketproof.kernel;

/**
 * The judge of envy-freeness (EFB) and individual rationality (IRB) over integer tables.
 *
 * <p>Buyers choose among options (a dataset size together with its price). {@code value[j][o]} is
 * buyer {@code j}'s value for option {@code o} and {@code price[o]} its price, both in the same
 * integer unit; {@code chosen[j]} is the option buyer {@code j} receives. The scheme is envy-free
 * when no buyer strictly prefers another option to her own, and individually rational when every
 * buyer's utility is non-negative (paper 000, section 2.1, constraints IRB and EFB). With the
 * options taken to be the other buyers' allocations this is EFB as the paper states it; with the
 * options taken to be every point of a price curve it is the buyer's purchase model (4).
 *
 * <p>The frames read {@code \strictly_nothing} for KeY (with {@code \nothing} its strategy loses the
 * rows of {@code value} under the nested quantifiers) and the standard {@code \nothing} for every
 * other tool; the {@code +KeY} and {@code -KeY} annotations carry the two spellings.
 */
public final class EnvyFreeness {

    /** Largest magnitude of a value or price; keeps every difference far from overflow. */
    public static final long MAX_UNITS = 1L << 60;

    private EnvyFreeness() {
    }

    /*@ public normal_behavior
      @ requires value != null && price != null && chosen != null;
      @ requires value.length == chosen.length;
      @ requires (\forall int j; 0 <= j && j < value.length;
      @              value[j] != null && value[j].length == price.length);
      @ requires (\forall int j; 0 <= j && j < chosen.length;
      @              0 <= chosen[j] && chosen[j] < price.length);
      @ requires (\forall int o; 0 <= o && o < price.length;
      @              -MAX_UNITS <= price[o] && price[o] <= MAX_UNITS);
      @ requires (\forall int j; 0 <= j && j < value.length;
      @              (\forall int o; 0 <= o && o < price.length;
      @                  -MAX_UNITS <= value[j][o] && value[j][o] <= MAX_UNITS));
      @ ensures \result <==> (\forall int j; 0 <= j && j < value.length;
      @              (\forall int o; 0 <= o && o < price.length;
      @                  value[j][chosen[j]] - price[chosen[j]] >= value[j][o] - price[o]));
      @*/
    //+KeY@ assignable \strictly_nothing;
    //-KeY@ assignable \nothing;
    /**
     * @param value value[j][o]: buyer j's value for option o, magnitude at most {@link #MAX_UNITS}
     * @param price price[o]: the price of option o, in the same unit and range
     * @param chosen chosen[j]: the index of the option buyer j is given
     * @return whether no buyer strictly prefers any option to the one she is given
     */
    public static boolean envyFree(long[][] value, long[] price, int[] chosen) {
        /*@ loop_invariant 0 <= j && j <= value.length;
          @ loop_invariant (\forall int jj; 0 <= jj && jj < j;
          @              (\forall int o; 0 <= o && o < price.length;
          @                  value[jj][chosen[jj]] - price[chosen[jj]] >= value[jj][o] - price[o]));
          @ decreases value.length - j;
          @*/
        //+KeY@ loop_writes \strictly_nothing;
        //-KeY@ loop_writes \nothing;
        for (int j = 0; j < value.length; j++) {
            if (!prefersOwn(value[j], price, chosen[j])) {
                return false;
            }
        }
        return true;
    }

    /*@ private normal_behavior
      @ requires row != null && price != null && row.length == price.length;
      @ requires 0 <= own && own < price.length;
      @ requires (\forall int o; 0 <= o && o < price.length;
      @              -MAX_UNITS <= price[o] && price[o] <= MAX_UNITS
      @              && -MAX_UNITS <= row[o] && row[o] <= MAX_UNITS);
      @ ensures \result <==> (\forall int o; 0 <= o && o < price.length;
      @              row[own] - price[own] >= row[o] - price[o]);
      @*/
    //+KeY@ assignable \strictly_nothing;
    //-KeY@ assignable \nothing;
    /** @return whether option {@code own} is at least as good as every option for one buyer */
    private static boolean prefersOwn(long[] row, long[] price, int own) {
        long ownUtility = row[own] - price[own];
        /*@ loop_invariant 0 <= o && o <= price.length;
          @ loop_invariant (\forall int oo; 0 <= oo && oo < o; ownUtility >= row[oo] - price[oo]);
          @ decreases price.length - o;
          @*/
        //+KeY@ loop_writes \strictly_nothing;
        //-KeY@ loop_writes \nothing;
        for (int o = 0; o < price.length; o++) {
            if (row[o] - price[o] > ownUtility) {
                return false;
            }
        }
        return true;
    }

    /*@ public normal_behavior
      @ requires value != null && price != null && chosen != null;
      @ requires value.length == chosen.length;
      @ requires (\forall int j; 0 <= j && j < value.length;
      @              value[j] != null && value[j].length == price.length);
      @ requires (\forall int j; 0 <= j && j < chosen.length;
      @              0 <= chosen[j] && chosen[j] < price.length);
      @ requires (\forall int o; 0 <= o && o < price.length;
      @              -MAX_UNITS <= price[o] && price[o] <= MAX_UNITS);
      @ requires (\forall int j; 0 <= j && j < value.length;
      @              (\forall int o; 0 <= o && o < price.length;
      @                  -MAX_UNITS <= value[j][o] && value[j][o] <= MAX_UNITS));
      @ ensures \result <==> (\forall int j; 0 <= j && j < value.length;
      @              value[j][chosen[j]] - price[chosen[j]] >= 0);
      @*/
    //+KeY@ assignable \strictly_nothing;
    //-KeY@ assignable \nothing;
    /**
     * @param value value[j][o]: buyer j's value for option o, magnitude at most {@link #MAX_UNITS}
     * @param price price[o]: the price of option o, in the same unit and range
     * @param chosen chosen[j]: the index of the option buyer j is given
     * @return whether every buyer's utility for the option she is given is non-negative
     */
    public static boolean individuallyRational(long[][] value, long[] price, int[] chosen) {
        /*@ loop_invariant 0 <= j && j <= value.length;
          @ loop_invariant (\forall int jj; 0 <= jj && jj < j;
          @                    value[jj][chosen[jj]] - price[chosen[jj]] >= 0);
          @ decreases value.length - j;
          @*/
        //+KeY@ loop_writes \strictly_nothing;
        //-KeY@ loop_writes \nothing;
        for (int j = 0; j < value.length; j++) {
            if (value[j][chosen[j]] < price[chosen[j]]) {
                return false;
            }
        }
        return true;
    }
}
