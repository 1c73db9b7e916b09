package org.marketproof.market.pricing;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The revenue-maximal envy-free, individually rational scheme whose sizes come from given
 * candidate sets, found by branch and bound over size assignments.
 *
 * <p><b>Prices for a fixed assignment.</b> With type k given size m_k and an outside option
 * (m_0, p_0) = (0, 0), EFB and IRB are the difference constraints
 * p_k - p_l <= v_k(m_k) - v_k(m_l) (l = 0..K, l != k). The pointwise largest solution is the
 * shortest-path distance d(0, k) in the "envy graph" with an edge l -> k of that weight; it exists
 * iff the graph has no negative cycle, and then maximises sum_k count_k p_k. Prices must also be
 * >= 0 (section 2.1); any feasible p is <= d, so if some d(0, k) < 0 the assignment is infeasible.
 * Distances are integers because values are (ValueUnits), so real and integer prices give the same
 * optimum.
 *
 * <p><b>Search.</b> Types are assigned one at a time (largest count * v_k(N) first), sizes in
 * decreasing order; the all-pairs distance matrix over the outside option and the assigned types
 * is extended in O(k^2) per assignment (adding a node and its edges). Adding types only adds
 * paths, so distances only fall: a negative cycle or a negative d(0, k) prunes the whole subtree,
 * and sum over assigned types of count_k d(0, k) plus, for each unassigned type,
 * count_k min(v_k(max candidate), min over assigned l of d(0, l) + v_k(max candidate) - v_k(m_l))
 * bounds every completion (p_k <= p_l + v_k(m_k) - v_k(m_l) and v_k is non-decreasing). A
 * subtree whose bound does not exceed the best revenue found is cut; since sizes are tried in
 * decreasing order, so are all later sizes of the same type at that node. Worst case
 * prod_k |candidates_k| leaves at O(K^2) each.
 */
final class BestSchemeSearch {

    /** Distance to the outside option: no edge enters it (its price is fixed at 0). Far from overflow. */
    private static final long NO_PATH = Long.MAX_VALUE / 4;

    private final ValueTable values;
    private final int[] order;
    private final int[][] candidates;
    private final int types;
    /** dist[depth][a][b]: all-pairs distances over nodes 0 (outside option) and order[0..depth-1] + 1. */
    private final long[][][] dist;
    private final int[] size;
    private long bestRevenue = 0;
    private int[] bestSizes;
    private long[] bestPrices;

    private BestSchemeSearch(ValueTable values, int[][] candidates) {
        this.values = values;
        this.types = values.types();
        this.candidates = new int[types][];
        for (int k = 0; k < types; k++) {
            int[] c = candidates[k].clone();
            Arrays.sort(c);
            if (c.length == 0 || c[0] != 0 || c[c.length - 1] > values.maxSize()) {
                throw new IllegalArgumentException("candidates of type " + k + " must include 0 and lie in the table");
            }
            this.candidates[k] = c;
        }
        Integer[] byWeight = new Integer[types];
        Arrays.setAll(byWeight, k -> k);
        Arrays.sort(byWeight, Comparator.comparingLong(
                (Integer k) -> -values.count(k) * values.value(k, largest(k))));
        this.order = Arrays.stream(byWeight).mapToInt(Integer::intValue).toArray();
        this.dist = new long[types + 1][types + 1][types + 1];
        this.size = new int[types + 1];
        this.bestSizes = new int[types];
        this.bestPrices = new long[types];
    }

    /**
     * @param candidates per type, the sizes it may get; each must contain 0
     * @return a revenue-maximal envy-free, individually rational scheme with m_k in candidates[k]
     */
    static EnvyFreeScheme best(ValueTable values, int[][] candidates) {
        if (candidates.length != values.types()) {
            throw new IllegalArgumentException("need one candidate set per type");
        }
        BestSchemeSearch s = new BestSchemeSearch(values, candidates);
        s.extend(0);
        return EnvyFreeScheme.of(s.bestSizes, s.bestPrices);
    }

    /**
     * The largest envy-free, individually rational prices for fixed sizes (the shortest-path
     * distances of the envy graph, by Floyd-Warshall), or {@code null} if none with all prices
     * >= 0 exists. Independent of the incremental search, so tests can compare the two.
     */
    static long[] maxPrices(ValueTable values, int[] sizes) {
        int k = values.types();
        int[] m = new int[k + 1];
        System.arraycopy(sizes, 0, m, 1, k);
        long[][] d = new long[k + 1][k + 1];
        for (int a = 0; a <= k; a++) {
            for (int b = 1; b <= k; b++) {
                d[a][b] = a == b ? 0 : values.value(b - 1, m[b]) - values.value(b - 1, m[a]);
            }
            d[a][0] = a == 0 ? 0 : NO_PATH;
        }
        for (int w = 0; w <= k; w++) {
            for (int a = 0; a <= k; a++) {
                for (int b = 0; b <= k; b++) {
                    d[a][b] = Math.min(d[a][b], d[a][w] + d[w][b]);
                }
            }
        }
        long[] p = new long[k];
        for (int a = 0; a <= k; a++) {
            if (d[a][a] < 0 || (a > 0 && d[0][a] < 0)) {
                return null;
            }
            if (a > 0) {
                p[a - 1] = d[0][a];
            }
        }
        return p;
    }

    private int largest(int k) {
        return candidates[k][candidates[k].length - 1];
    }

    /** Weight of edge from -> to (to >= 1): node i >= 1 is type order[i - 1], node 0 the outside option. */
    private long edge(int from, int to) {
        int k = order[to - 1];
        return values.value(k, size[to]) - values.value(k, size[from]);
    }

    private void extend(int depth) {
        if (depth == types) {
            long rev = 0;
            for (int i = 1; i <= types; i++) {
                rev += values.count(order[i - 1]) * dist[depth][0][i];
            }
            if (rev > bestRevenue) {
                bestRevenue = rev;
                for (int i = 1; i <= types; i++) {
                    bestSizes[order[i - 1]] = size[i];
                    bestPrices[order[i - 1]] = dist[depth][0][i];
                }
            }
            return;
        }
        int k = order[depth];
        int[] cand = candidates[k];
        for (int c = cand.length - 1; c >= 0; c--) {
            size[depth + 1] = cand[c];
            if (bound(depth, cand[c]) <= bestRevenue) {
                return;
            }
            if (addNode(depth)) {
                extend(depth + 1);
            }
        }
    }

    /** Upper bound on every completion when order[depth] gets size m and later types their largest. */
    private long bound(int depth, int m) {
        long[][] d = dist[depth];
        long total = 0;
        for (int i = 1; i <= depth; i++) {
            total += values.count(order[i - 1]) * d[0][i];
        }
        for (int j = depth; j < types; j++) {
            int k = order[j];
            int mk = j == depth ? m : largest(k);
            long cap = values.value(k, mk);
            for (int i = 1; i <= depth; i++) {
                cap = Math.min(cap, d[0][i] + values.value(k, mk) - values.value(k, size[i]));
            }
            total += values.count(k) * Math.max(cap, 0);
        }
        return total;
    }

    /**
     * Extends dist[depth] by node x = depth + 1 into dist[depth + 1].
     *
     * @return false if that creates a negative cycle or a negative price
     */
    private boolean addNode(int depth) {
        long[][] d = dist[depth];
        long[][] e = dist[depth + 1];
        int x = depth + 1;
        // in[u] = dist(u -> x), out[u] = dist(x -> u), through the existing nodes 0..depth
        long[] in = new long[x];
        long[] out = new long[x];
        for (int u = 0; u <= depth; u++) {
            long toX = NO_PATH;
            long fromX = NO_PATH;
            for (int w = 0; w <= depth; w++) {
                toX = Math.min(toX, d[u][w] + edge(w, x));
            }
            for (int w = 1; w <= depth; w++) {
                fromX = Math.min(fromX, edge(x, w) + d[w][u]);
            }
            in[u] = toX;
            out[u] = fromX;
        }
        for (int u = 0; u <= depth; u++) {
            if (in[u] + out[u] < 0) {
                return false;
            }
        }
        for (int u = 0; u <= depth; u++) {
            for (int v = 0; v <= depth; v++) {
                e[u][v] = Math.min(d[u][v], in[u] + out[v]);
            }
            e[u][x] = in[u];
            e[x][u] = out[u];
        }
        e[x][x] = 0;
        for (int v = 1; v <= x; v++) {
            if (e[0][v] < 0) {
                return false;
            }
        }
        return true;
    }
}
