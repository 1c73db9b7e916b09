package org.marketproof.market.pricing;

/**
 * The envy graph of a partial size assignment, grown one buyer type at a time, with all-pairs
 * shortest-path distances (specs/pricing.md, Lemma P).
 *
 * <p>Node 0 is the outside option (size 0, price 0); node i >= 1 is the i-th type added, with size
 * m_i. The edge a -> b (b >= 1) has weight v_b(m_b) - v_b(m_a): it is the constraint
 * p_b - p_a <= v_b(m_b) - v_b(m_a) (type b does not envy a's allocation; a = 0 is IRB). No edge
 * enters node 0, whose price is fixed. The largest envy-free, individually rational prices are the
 * distances d(0, b); they exist iff there is no negative cycle and every d(0, b) >= 0. Adding a node
 * only adds paths, so distances only fall and infeasibility is permanent: a search may prune there.
 *
 * <p>{@link #push} extends the distance matrix by one node in O(k^2) (paths through the new node
 * x are d(u, x) + d(x, w)); {@link #pop} undoes it. Distances are exact integers (units).
 */
final class EnvyGraph {

    /** Distance into the outside option: no path. Far from overflow. */
    static final long NO_PATH = Long.MAX_VALUE / 4;

    private final long[][] rows;
    /** dist[k]: distances over nodes 0..k, for the first k types added. */
    private final long[][][] dist;
    private final int[] type;
    private final int[] size;
    private int depth;

    /** @param rows v_k(0..cap) of every type, in units */
    EnvyGraph(long[][] rows) {
        this.rows = rows;
        int k = rows.length;
        this.dist = new long[k + 1][][];
        for (int d = 0; d <= k; d++) {
            dist[d] = new long[d + 1][d + 1];
        }
        this.type = new int[k + 1];
        this.size = new int[k + 1];
    }

    /** @return the type of node i >= 1 */
    int type(int node) {
        return type[node];
    }

    /** @return d(0, i), the largest envy-free price of node i among the types added so far */
    long price(int node) {
        return dist[depth][0][node];
    }

    /**
     * Adds type l with size m as node depth + 1.
     *
     * @return false, leaving the graph unchanged, if that creates a negative cycle or a negative price
     */
    boolean push(int l, int m) {
        int x = depth + 1;
        type[x] = l;
        size[x] = m;
        long[][] d = dist[depth];
        long[][] e = dist[x];
        long[] vx = rows[l];
        long own = vx[m];
        // in: d(u, x) = min over w of d(u, w) + v_l(m) - v_l(m_w); out: d(x, u) = min over w >= 1 of
        // v_w(m_w) - v_w(m) + d(w, u)
        for (int u = 0; u <= depth; u++) {
            long toX = NO_PATH;
            for (int w = 0; w <= depth; w++) {
                if (d[u][w] < NO_PATH) {
                    toX = Math.min(toX, d[u][w] + own - vx[size[w]]);
                }
            }
            e[u][x] = toX;
        }
        for (int u = 0; u <= depth; u++) {
            long fromX = NO_PATH;
            for (int w = 1; w <= depth; w++) {
                if (d[w][u] < NO_PATH) {
                    long[] vw = rows[type[w]];
                    fromX = Math.min(fromX, vw[size[w]] - vw[m] + d[w][u]);
                }
            }
            e[x][u] = fromX;
        }
        for (int u = 0; u <= depth; u++) {
            if (e[u][x] < NO_PATH && e[x][u] < NO_PATH && e[u][x] + e[x][u] < 0) {
                return false;
            }
        }
        for (int u = 0; u <= depth; u++) {
            for (int w = 0; w <= depth; w++) {
                long via = e[u][x] < NO_PATH && e[x][w] < NO_PATH ? e[u][x] + e[x][w] : NO_PATH;
                e[u][w] = Math.min(d[u][w], via);
            }
        }
        e[x][x] = 0;
        for (int w = 1; w <= x; w++) {
            if (e[0][w] < 0) {
                return false;
            }
        }
        depth = x;
        return true;
    }

    /** Removes the last type added. */
    void pop() {
        depth--;
    }
}
