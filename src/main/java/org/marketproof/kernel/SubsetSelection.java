package org.marketproof.kernel;

/**
 * A buyer's random subset of the combined dataset (Algorithm 2, line 11): a partial Fisher-Yates
 * shuffle driven by draws that the caller takes from a seeded generator.
 *
 * <p>If {@code draws[t]} is uniform on {@code [t, n)} and the draws are independent, the result is
 * a uniformly random ordered selection of {@code draws.length} distinct indices out of {@code n}.
 * The contract states the part that holds for every input: the indices are distinct and in range.
 */
public final class SubsetSelection {

    private SubsetSelection() {
    }

    /*@ public normal_behavior
      @ requires draws != null;
      @ requires 0 <= draws.length && draws.length <= n;
      @ requires (\forall int t; 0 <= t && t < draws.length; t <= draws[t] && draws[t] < n);
      @ ensures \result.length == draws.length;
      @ ensures (\forall int t; 0 <= t && t < \result.length; 0 <= \result[t] && \result[t] < n);
      @ ensures (\forall int s, t; 0 <= s && s < t && t < \result.length; \result[s] != \result[t]);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /**
     * @param n the size of the combined dataset
     * @param draws {@code draws[t]} in {@code [t, n)}: the position swapped into place {@code t}
     * @return {@code draws.length} distinct indices in {@code [0, n)}
     */
    public static int[] select(int n, int[] draws) {
        int[] perm = new int[n];
        /*@ loop_invariant 0 <= i && i <= n;
          @ loop_invariant (\forall int k; 0 <= k && k < i; perm[k] == k);
          @ loop_writes perm[*];
          @ decreases n - i;
          @*/
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        /*@ loop_invariant 0 <= t && t <= draws.length;
          @ loop_invariant (\forall int k; 0 <= k && k < n; 0 <= perm[k] && perm[k] < n);
          @ loop_invariant (\forall int a, b; 0 <= a && a < b && b < n; perm[a] != perm[b]);
          @ loop_writes perm[*];
          @ decreases draws.length - t;
          @*/
        for (int t = 0; t < draws.length; t++) {
            int swap = perm[draws[t]];
            perm[draws[t]] = perm[t];
            perm[t] = swap;
        }
        int[] result = new int[draws.length];
        /*@ loop_invariant 0 <= u && u <= draws.length;
          @ loop_invariant (\forall int k; 0 <= k && k < u; result[k] == perm[k]);
          @ loop_writes result[*];
          @ decreases draws.length - u;
          @*/
        for (int u = 0; u < draws.length; u++) {
            result[u] = perm[u];
        }
        return result;
    }
}
