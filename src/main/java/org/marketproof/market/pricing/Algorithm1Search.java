package org.marketproof.market.pricing;

import java.util.Arrays;

/**
 * Exact Algorithm 1 of paper 000: the smallest N+ in {1..L}, L = floor(|B|/c_1), maximising
 * profit(N) = rev^OPT(N) - c_1 N, without pricing every N (specs/pricing.md, "Exact Algorithm 1").
 *
 * <p>It keeps an integer upper bound U(N) >= rev^OPT(N) for every N of the range and closes every N
 * whose bound U(N) - c_1 N cannot beat the incumbent (nor tie it at a smaller N). Bounds come from
 * three facts. (i) IRB: rev^OPT(N) <= sum_j n_j v_j(N). (ii) Any flows bound every N at once
 * ({@link FlowBound#curve}, Lemma F). (iii) rev^OPT is non-decreasing in N (Lemma M: EF(N) is
 * contained in EF(N + 1)), so U(N) may be replaced by min over N' >= N of U(N'), and an exact
 * value rev^OPT(N) bounds every smaller N. The open N with the largest bound is examined next:
 * first its flows are optimised ({@link FlowLp}), which tightens the whole curve; if it is still
 * open, rev^OPT(N) is computed exactly ({@link BoxSearch}), needing only schemes that beat the
 * incumbent. By Lemma N a scheme found at N with largest size N' <= N earns more at N', so the
 * incumbent is recorded at its largest size.
 *
 * <p>The examination order and every decision are deterministic; with a box budget the search may
 * stop early, and then the largest bound of an open N certifies how far the answer can be from the
 * optimum.
 */
final class Algorithm1Search {

    /**
     * The outcome.
     *
     * @param sizes the best scheme's sizes per type (all 0: nothing sold, N+ = 1)
     * @param prices its largest envy-free prices, in units
     * @param revenue its revenue in units
     * @param nPlus its largest size, the smallest maximiser N+ of the range when complete
     * @param boundRevenue with {@code boundN}: an N and integer U with U - c_1 N >= profit(N') for every
     *     N' of the range (the largest bound left open; equal to the incumbent's when complete)
     * @param boundN see {@code boundRevenue}
     * @param complete whether the search finished
     * @param exactSolves how many N were priced exactly
     * @param boxes boxes of all exact pricings
     */
    record Outcome(int[] sizes, long[] prices, long revenue, int nPlus, long boundRevenue, int boundN,
            boolean complete, int exactSolves, long boxes) {
    }

    private final long[][] rows;
    private final int[] counts;
    private final int[][] domains;
    private final UnitCost cost;
    private final int limit;
    private final long budget;

    /**
     * @param rows v_k(0..L) in units
     * @param counts buyers per type
     * @param domains sorted candidate sizes per type in 0..L, each containing 0 (Lemma S1)
     * @param cost c_1 in units, tabulated up to L
     * @param budget boxes after which the search stops with a certified bound
     */
    Algorithm1Search(long[][] rows, int[] counts, int[][] domains, UnitCost cost, long budget) {
        this.rows = rows;
        this.counts = counts;
        this.domains = domains;
        this.cost = cost;
        this.limit = rows[0].length - 1;
        this.budget = budget;
    }

    Outcome run() {
        int k = rows.length;
        long[] upper = FlowBound.individuallyRational(rows, counts).curve(domains, limit);
        FlowBound[] flows = new FlowBound[limit + 1];
        boolean[] exactDone = new boolean[limit + 1];
        FlowLp lp = new FlowLp(rows, counts);
        int[] bestSizes = new int[k];
        long[] bestPrices = new long[k];
        long bestRevenue = 0;
        int bestN = 1;
        int exactSolves = 0;
        long boxes = 0;
        boolean complete = true;
        suffixMin(upper);
        while (true) {
            int n = mostPromising(upper, bestRevenue, bestN);
            if (n < 0) {
                break;
            }
            int[][] dom = upTo(n);
            if (flows[n] == null) {
                FlowBound f = lp.optimise(dom, null);
                flows[n] = f == null ? FlowBound.individuallyRational(rows, counts) : f;
                if (f != null) {
                    long[] c = f.curve(domains, limit);
                    for (int x = 0; x <= limit; x++) {
                        upper[x] = Math.min(upper[x], c[x]);
                    }
                    suffixMin(upper);
                    continue;
                }
            }
            if (exactDone[n] || boxes >= budget) {
                complete = false;
                break;
            }
            exactDone[n] = true;
            exactSolves++;
            long floor = leastRevenueToMatter(n, bestRevenue, bestN);
            BoxSearch.Outcome o = new BoxSearch(rows, counts, budget - boxes).solve(dom, floor, flows[n]);
            boxes += o.boxes();
            upper[n] = Math.min(upper[n], o.upperBound());
            suffixMin(upper);
            if (o.sizes() != null) {
                int top = Arrays.stream(o.sizes()).max().orElse(0);
                top = Math.max(top, 1);
                if (better(o.revenue(), top, bestRevenue, bestN)) {
                    bestRevenue = o.revenue();
                    bestN = top;
                    bestSizes = o.sizes();
                    bestPrices = o.prices();
                }
            }
            if (!o.complete()) {
                complete = false;
                break;
            }
        }
        int boundN = bestN;
        long boundRevenue = bestRevenue;
        for (int n = 1; n <= limit; n++) {
            if (cost.compareProfits(upper[n], n, boundRevenue, boundN) > 0) {
                boundN = n;
                boundRevenue = upper[n];
            }
        }
        return new Outcome(bestSizes, bestPrices, bestRevenue, bestN, boundRevenue, boundN, complete, exactSolves,
                boxes);
    }

    /** @return more profit, or equal profit at a smaller N */
    private boolean better(long rev, int n, long bestRev, int bestN) {
        int c = cost.compareProfits(rev, n, bestRev, bestN);
        return c > 0 || (c == 0 && n < bestN);
    }

    /** @return the open N (whose bound can beat or, at a smaller N, tie the incumbent) with the largest bound */
    private int mostPromising(long[] upper, long bestRev, int bestN) {
        int pick = -1;
        for (int n = 1; n <= limit; n++) {
            if (better(upper[n], n, bestRev, bestN) && (pick < 0 || better(upper[n], n, upper[pick], pick))) {
                pick = n;
            }
        }
        return pick;
    }

    /** @return the least revenue at N that could beat (or at N < bestN tie) the incumbent's profit */
    private long leastRevenueToMatter(int n, long bestRev, int bestN) {
        long r = n >= bestN ? bestRev + cost.floor(n - bestN) : bestRev - cost.ceil(bestN - n);
        while (!better(r, n, bestRev, bestN)) {
            r++;
        }
        while (better(r - 1, n, bestRev, bestN)) {
            r--;
        }
        return r;
    }

    /** rev^OPT is non-decreasing (Lemma M): a bound at N bounds every smaller N. */
    private static void suffixMin(long[] upper) {
        for (int n = upper.length - 2; n >= 0; n--) {
            upper[n] = Math.min(upper[n], upper[n + 1]);
        }
    }

    private int[][] upTo(int n) {
        int[][] d = new int[domains.length][];
        for (int t = 0; t < d.length; t++) {
            int i = Arrays.binarySearch(domains[t], n);
            d[t] = Arrays.copyOf(domains[t], i >= 0 ? i + 1 : -i - 1);
        }
        return d;
    }
}
