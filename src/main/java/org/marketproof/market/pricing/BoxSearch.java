package org.marketproof.market.pricing;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * rev^OPT(N) exactly: branch and bound over boxes of size assignments (a set of sizes per type)
 * with the {@link FlowBound} (specs/pricing.md, "Exact pricing").
 *
 * <p>A box is processed as follows. (1) Its bound is sum_k max over the box of Psi_k / D with the
 * flows inherited from its parent. (2) If that is below the target (one unit above the incumbent,
 * or a floor given by the caller), the box holds nothing better and is cut. (3) Otherwise each
 * type's sizes shrink to those with Psi_k(m) >= max_k - slack, slack = D sum_k max_k - D target:
 * a scheme reaching the target needs every Psi_k(m_k) that high, because the others cannot make up
 * more than their maxima (Lemma F). (4) The sizes of the maxima form a scheme, priced exactly
 * ({@link MaxPrices}) as a candidate incumbent. (5) Once per box the flows are re-optimised
 * ({@link FlowLp}) and (1)-(4) repeated if the bound fell. (6) A box left with more than one size
 * for some type is split in two halves of the largest such set; the half holding the maximiser is
 * searched first. A box of single sizes is a scheme and needs no split.
 *
 * <p>Everything deciding a cut is exact integer arithmetic; the search is deterministic (one
 * thread, fixed order), so among equally good schemes it returns the same one every time.
 */
final class BoxSearch {

    /**
     * The outcome.
     *
     * @param sizes the best scheme found, or null if none reached the floor
     * @param prices its largest envy-free prices
     * @param revenue its revenue in units (floor - 1 if none)
     * @param upperBound a certified upper bound on rev over the domains: max(revenue, floor - 1) when
     *     complete
     * @param complete whether the search finished within its budget
     * @param boxes boxes processed
     */
    record Outcome(int[] sizes, long[] prices, long revenue, long upperBound, boolean complete, long boxes) {
    }

    private final long[][] rows;
    private final int[] counts;
    private final int types;
    private final FlowLp lp;
    private final long budget;
    private final EnvyGraph graph;

    private long incumbent;
    private int[] bestSizes;
    private long[] bestPrices;
    private long boxes;

    /** Boxes with at most this many schemes are enumerated at once (a flow programme costs about as much). */
    private static final double ENUMERATE_ALWAYS = 256;

    /** After the flows are optimised, boxes with at most this many schemes are enumerated. */
    private static final double ENUMERATE_AFTER_LP = 4096;
    private long points;

    /** Relative distance below the maximum at which Psi_k counts as maximal (the programme's tolerance). */
    private static final double TIE = 1e-9;
    private long pointBudget;

    /** Schemes the root heuristic may price. */
    private static final long HEURISTIC_POINTS = 20_000;

    /**
     * @param rows v_k(0..cap) in units
     * @param counts buyers per type
     * @param budget boxes after which the search stops with a certified bound
     */
    BoxSearch(long[][] rows, int[] counts, long budget) {
        this.rows = rows;
        this.counts = counts;
        this.types = rows.length;
        this.lp = new FlowLp(rows, counts);
        this.budget = budget;
        this.graph = new EnvyGraph(rows);
    }

    /** A box: sizes per type, the flows to bound it with, and whether they were optimised for it. */
    private record Box(int[][] domains, FlowBound flows, boolean optimised) {
    }

    /**
     * @param domains the sizes each type may take (sorted, non-empty)
     * @param floor the least revenue of interest, in units: schemes below it need not be found
     * @return the best scheme with revenue >= floor (its sizes null if there is none)
     */
    Outcome solve(int[][] domains, long floor) {
        return solve(domains, floor, null);
    }

    /**
     * @param start flows for the root, or null to optimise them here
     * @see #solve(int[][], long)
     */
    Outcome solve(int[][] domains, long floor, FlowBound start) {
        incumbent = floor - 1;
        bestSizes = null;
        bestPrices = null;
        boxes = 0;
        Deque<Box> stack = new ArrayDeque<>();
        FlowBound first = start != null ? start : lp.optimise(domains, null);
        FlowBound root = atMostIndividuallyRational(first, domains);
        if (bound(root, domains) > incumbent) {
            // a first incumbent; a caller's floor is one already, so less effort goes here then
            if (floor <= 0) {
                improveByAscent(domains, root);
            }
            improveByDeficits(root, domains, floor <= 0 ? HEURISTIC_POINTS : HEURISTIC_POINTS / 10);
            stack.push(new Box(domains, root, first != null));
        }
        long open = Long.MIN_VALUE;
        while (!stack.isEmpty()) {
            Box b = stack.pop();
            if (boxes >= budget) {
                open = Math.max(open, bound(b.flows, b.domains));
                continue;
            }
            boxes++;
            process(b, stack);
        }
        long upper = Math.max(incumbent, open);
        return new Outcome(bestSizes, bestPrices, incumbent, upper, open == Long.MIN_VALUE, boxes);
    }

    /**
     * @return the flows, or no flows (the IRB bound) if they bound the box no better: then every
     *     bound of the search stays below |B| ONE < 2^61 and exact in longs
     */
    private FlowBound atMostIndividuallyRational(FlowBound f, int[][] dom) {
        FlowBound ir = FlowBound.individuallyRational(rows, counts);
        return f == null || bound(f, dom) >= bound(ir, dom) ? ir : f;
    }

    /** @return floor(sum_k max Psi_k / D) over the domains */
    private long bound(FlowBound f, int[][] domains) {
        BigInteger s = BigInteger.ZERO;
        for (int k = 0; k < types; k++) {
            s = s.add(f.max(k, domains[k]).value());
        }
        return floorDiv(s, f.scale());
    }

    private static long floorDiv(BigInteger s, long d) {
        BigInteger[] qr = s.divideAndRemainder(BigInteger.valueOf(d));
        BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        return q.max(BigInteger.valueOf(Long.MIN_VALUE / 2)).min(BigInteger.valueOf(Long.MAX_VALUE / 2)).longValue();
    }

    private void process(Box box, Deque<Box> stack) {
        int[][] dom = box.domains;
        FlowBound f = box.flows;
        boolean optimised = box.optimised;
        while (true) {
            Shrunk s = shrink(f, dom);
            if (s == null) {
                return;
            }
            dom = s.domains;
            tryScheme(s.argmax);
            double volume = volume(dom);
            if (volume <= ENUMERATE_ALWAYS || (optimised && volume <= ENUMERATE_AFTER_LP)) {
                enumerate(f, dom);
                return;
            }
            if (optimised) {
                branch(dom, f, stack, s.argmax);
                return;
            }
            FlowBound g = atMostIndividuallyRational(lp.optimise(dom, s.argmax), dom);
            optimised = true;
            if (bound(g, dom) < bound(f, dom)) {
                f = g;
            }
        }
    }

    private static double volume(int[][] dom) {
        double v = 1;
        for (int[] d : dom) {
            v *= d.length;
        }
        return v;
    }

    /**
     * Every scheme of the box that can beat the incumbent, priced exactly. With the deficits
     * delta_k(m) = max_k - Psi_k(m) >= 0, a scheme reaches incumbent + 1 only if sum_k delta_k(m_k) <=
     * D sum_k max_k - D (incumbent + 1). In units: floor(delta_k / D) summed is at most
     * sum_k delta_k / D, so it suffices to enumerate the schemes with sum_k floor(delta_k(m_k) / D) <=
     * ceil(sum_k max_k / D) - incumbent - 1 (a superset, exact integers). Sizes are tried in
     * increasing deficit per type, so the enumeration stops at the first that overshoots; a
     * negative cycle or price among the first types prunes too (Lemma P: it stays).
     */
    private void enumerate(FlowBound f, int[][] dom) {
        enumerate(f, dom, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * A heuristic incumbent: the schemes of the root whose deficit sum is small (the bound is nearly
     * tight, so good schemes have small deficits), in widening rounds, within a budget of schemes.
     */
    private void improveByDeficits(FlowBound f, int[][] dom, long budgetPoints) {
        Shrunk s = shrink(f, dom);
        if (s == null) {
            return;
        }
        for (long limit = 1; ; limit *= 4) {
            long before = points;
            long reach = enumerate(f, s.domains, limit, budgetPoints);
            if (points - before >= budgetPoints || limit >= reach - incumbent) {
                return;
            }
        }
    }

    /**
     * @param limit enumerate only schemes whose deficit sum in units is at most this
     * @param maxPoints stop after this many schemes
     * @return ceil(sum_k max_k / D), the box's bound rounded up
     */
    private long enumerate(FlowBound f, int[][] dom, long limit, long maxPoints) {
        BigInteger[] max = new BigInteger[types];
        BigInteger total = BigInteger.ZERO;
        for (int k = 0; k < types; k++) {
            max[k] = f.max(k, dom[k]).value();
            total = total.add(max[k]);
        }
        long reach = -floorDiv(total.negate(), f.scale());
        if (reach <= incumbent) {
            return reach;
        }
        long far = reach - incumbent;
        int[][] sizes = new int[types][];
        long[][] deficit = new long[types][];
        for (int k = 0; k < types; k++) {
            long[] d = new long[dom[k].length];
            Integer[] order = new Integer[dom[k].length];
            for (int i = 0; i < d.length; i++) {
                d[i] = Math.min(far, f.deficit(k, dom[k][i], max[k]));
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(d[a], d[b]));
            sizes[k] = new int[d.length];
            deficit[k] = new long[d.length];
            for (int i = 0; i < d.length; i++) {
                sizes[k][i] = dom[k][order[i]];
                deficit[k][i] = d[order[i]];
            }
        }
        pointBudget = maxPoints > Long.MAX_VALUE - points ? Long.MAX_VALUE : points + maxPoints;
        enumerate(reach, limit, sizes, deficit, new int[types], 0, 0);
        return reach;
    }

    private void enumerate(long reach, long limit, int[][] sizes, long[][] deficit, int[] m, int k, long used) {
        if (points >= pointBudget) {
            return;
        }
        if (k == types) {
            points++;
            long rev = 0;
            for (int i = 1; i <= types; i++) {
                rev += counts[graph.type(i)] * graph.price(i);
            }
            if (rev > incumbent) {
                incumbent = rev;
                bestSizes = m.clone();
                bestPrices = new long[types];
                for (int i = 1; i <= types; i++) {
                    bestPrices[graph.type(i)] = graph.price(i);
                }
            }
            return;
        }
        for (int i = 0; i < sizes[k].length; i++) {
            if (used + deficit[k][i] > Math.min(limit, reach - incumbent - 1)) {
                return;
            }
            m[k] = sizes[k][i];
            if (graph.push(k, m[k])) {
                enumerate(reach, limit, sizes, deficit, m, k + 1, used + deficit[k][i]);
                graph.pop();
            }
        }
    }

    /** @return D sum_k max_k - D (incumbent + 1): how far the box's schemes may fall short of the maxima */
    private BigInteger slack(BigInteger total, FlowBound f) {
        return total.subtract(BigInteger.valueOf(incumbent).add(BigInteger.ONE).multiply(BigInteger.valueOf(f.scale())));
    }

    /** Domains shrunk to the sizes that can reach incumbent + 1, with the maximisers; null if none can. */
    private record Shrunk(int[][] domains, int[] argmax) {
    }

    private Shrunk shrink(FlowBound f, int[][] dom) {
        FlowBound.Max[] max = new FlowBound.Max[types];
        BigInteger s = BigInteger.ZERO;
        int[] arg = new int[types];
        for (int k = 0; k < types; k++) {
            max[k] = f.max(k, dom[k]);
            s = s.add(max[k].value());
            arg[k] = max[k].arg();
        }
        BigInteger slack = slack(s, f);
        if (slack.signum() < 0) {
            return null;
        }
        int[][] kept = new int[types][];
        for (int k = 0; k < types; k++) {
            kept[k] = f.keep(k, dom[k], max[k].value().subtract(slack));
        }
        return new Shrunk(kept, arg);
    }

    private static boolean isPoint(int[][] dom) {
        for (int[] d : dom) {
            if (d.length > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits the box in two. At the flows' optimum a type whose Psi_k is maximal at sizes far apart
     * is one the programme mixes (a lottery over those sizes, which a scheme cannot offer); the box
     * is split between its two farthest maximisers, where the split removes the mixture. With no
     * such type, the largest set of sizes is halved.
     */
    private void branch(int[][] dom, FlowBound f, Deque<Box> stack, int[] argmax) {
        int type = -1;
        int cut = -1;
        int span = 0;
        for (int k = 0; k < types; k++) {
            if (dom[k].length < 2) {
                continue;
            }
            double best = Double.NEGATIVE_INFINITY;
            for (int m : dom[k]) {
                best = Math.max(best, f.approx(k, m));
            }
            double tol = TIE * f.mass(k) * ValueUnits.ONE + f.error(k);
            int first = -1;
            int last = -1;
            for (int i = 0; i < dom[k].length; i++) {
                if (f.approx(k, dom[k][i]) >= best - tol) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (dom[k][last] - dom[k][first] > span) {
                span = dom[k][last] - dom[k][first];
                type = k;
                cut = (first + last + 1) / 2;
            }
        }
        if (type < 0) {
            type = 0;
            for (int k = 1; k < types; k++) {
                if (dom[k].length > dom[type].length) {
                    type = k;
                }
            }
            cut = dom[type].length / 2;
        }
        int[] d = dom[type];
        int[][] low = dom.clone();
        int[][] high = dom.clone();
        low[type] = Arrays.copyOfRange(d, 0, cut);
        high[type] = Arrays.copyOfRange(d, cut, d.length);
        boolean argLow = argmax[type] < d[cut];
        Box lo = new Box(low, f, false);
        Box hi = new Box(high, f, false);
        // the stack pops the last pushed first: the half with the maximiser
        stack.push(argLow ? hi : lo);
        stack.push(argLow ? lo : hi);
    }

    private void tryScheme(int[] sizes) {
        long[] p = MaxPrices.of(rows, sizes);
        if (p != null) {
            long rev = MaxPrices.revenue(counts, p);
            if (rev > incumbent) {
                incumbent = rev;
                bestSizes = sizes.clone();
                bestPrices = p;
            }
        }
    }

    /** A first incumbent by local search from the maximisers: move one type at a time while revenue rises. */
    private void improveByAscent(int[][] domains, FlowBound f) {
        int[] m = new int[types];
        for (int k = 0; k < types; k++) {
            m[k] = f.max(k, domains[k]).arg();
        }
        long rev = revenueOf(m);
        boolean improved = true;
        for (int sweep = 0; improved && sweep < 16; sweep++) {
            improved = false;
            for (int k = 0; k < types; k++) {
                int keep = m[k];
                for (int x : domains[k]) {
                    m[k] = x;
                    long r = revenueOf(m);
                    if (r > rev) {
                        rev = r;
                        keep = x;
                        improved = true;
                    }
                }
                m[k] = keep;
            }
        }
        tryScheme(m);
    }

    private long revenueOf(int[] m) {
        long[] q = MaxPrices.of(rows, m);
        return q == null ? Long.MIN_VALUE : MaxPrices.revenue(counts, q);
    }
}
