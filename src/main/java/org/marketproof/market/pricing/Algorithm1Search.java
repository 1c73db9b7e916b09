package org.marketproof.market.pricing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.marketproof.claims.Progress;

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
 * <p><b>Parallel rounds.</b> The search runs in rounds: each round takes the most promising open N
 * ({@link #ROUND} per thread, one when single-threaded) and examines them on {@code threads} threads
 * (each examination optimises the N's flows if it has none, then prices it exactly if the flows leave
 * it open; a pure function of its N and of the incumbent and bounds at the start of the round), then
 * applies the results in the order the N were picked. So every decision depends on {@code threads}
 * but never on timing, and N+, its profit and the certified bound of a complete search do not depend
 * on {@code threads} at all (they are the unique optimum). The reported scheme does not either: once
 * the search is complete, the optimal scheme is re-derived by one exact pricing at N+ with floor
 * rev^OPT(N+), a pure function of the answer. With a box budget the search may stop early, and then
 * the largest bound of an open N certifies how far the answer can be from the optimum; each task of
 * a round gets an equal share of the boxes left.
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
     * @param exactSolves how many N were priced exactly (the final re-derivation not counted)
     * @param boxes boxes of all exact pricings
     */
    record Outcome(int[] sizes, long[] prices, long revenue, int nPlus, long boundRevenue, int boundN,
            boolean complete, int exactSolves, long boxes) {
    }

    /** Worker threads shared by all searches; daemons, so an idle pool never keeps the JVM alive. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "algorithm1-worker");
        t.setDaemon(true);
        return t;
    });

    /**
     * N per round and thread: with more tasks than threads a thread that finishes early takes the
     * next task instead of waiting for the slowest one of the round.
     */
    private static final int ROUND = 2;

    private final long[][] rows;
    private final int[] counts;
    private final int[][] domains;
    private final UnitCost cost;
    private final int limit;
    private final long budget;
    private final int threads;
    private final Progress progress;

    /**
     * @param rows v_k(0..L) in units
     * @param counts buyers per type
     * @param domains sorted candidate sizes per type in 0..L, each containing 0 (Lemma S1)
     * @param cost c_1 in units, tabulated up to L
     * @param budget boxes after which the search stops with a certified bound
     * @param threads N examined per round, at once, {@code >= 1}
     * @param progress told after each round how many N of the range are closed
     */
    Algorithm1Search(long[][] rows, int[] counts, int[][] domains, UnitCost cost, long budget, int threads,
            Progress progress) {
        this.rows = rows;
        this.counts = counts;
        this.domains = domains;
        this.cost = cost;
        this.limit = rows[0].length - 1;
        this.budget = budget;
        this.threads = threads;
        this.progress = progress;
    }

    /** The state between rounds: the bound curve, what is known per N, and the incumbent. */
    private final class State {
        final long[] upper = FlowBound.individuallyRational(rows, counts).curve(domains, limit);
        final FlowBound[] flows = new FlowBound[limit + 1];
        final boolean[] exactDone = new boolean[limit + 1];
        int[] bestSizes = new int[rows.length];
        long[] bestPrices = new long[rows.length];
        long bestRevenue;
        int bestN = 1;
        int exactSolves;
        long boxes;

        State() {
            suffixMin(upper);
        }

        /** @return more profit than the incumbent, or equal profit at a smaller N */
        boolean beats(long rev, int n) {
            return better(rev, n, bestRevenue, bestN);
        }

        void tighten(long[] curve) {
            for (int x = 0; x <= limit; x++) {
                upper[x] = Math.min(upper[x], curve[x]);
            }
            suffixMin(upper);
        }

        void record(BoxSearch.Outcome o) {
            int top = Math.max(1, Arrays.stream(o.sizes()).max().orElse(0));
            if (beats(o.revenue(), top)) {
                bestRevenue = o.revenue();
                bestN = top;
                bestSizes = o.sizes();
                bestPrices = o.prices();
            }
        }
    }

    /**
     * One examination of one N: optimising its flows if it has none yet, then, if it is still open
     * by them, pricing it exactly; inputs fixed at the start of the round.
     *
     * @param n the N
     * @param flows its flows, or null to optimise them first
     * @param bound U(N) at the start of the round
     * @param floor the least revenue at N that could beat (or tie at a smaller N) the incumbent
     * @param boxBudget boxes the exact pricing may use
     */
    private record Task(int n, FlowBound flows, long bound, long floor, long boxBudget) {
    }

    /**
     * What a task found.
     *
     * @param task the task
     * @param flows the flows it optimised (null if it had flows or the solver failed)
     * @param curve their bound for every N (null with them)
     * @param pricing the exact pricing, or null if the new flows closed N
     */
    private record Result(Task task, FlowBound flows, long[] curve, BoxSearch.Outcome pricing) {
    }

    Outcome run() {
        State s = new State();
        FlowLp lp = new FlowLp(rows, counts);
        boolean complete = true;
        while (true) {
            report(s);
            List<Integer> picks = mostPromising(s);
            if (picks.isEmpty()) {
                break;
            }
            if (s.boxes >= budget || picks.stream().anyMatch(n -> s.exactDone[n])) {
                // out of boxes, or an N priced exactly is still open: its pricing ran out of boxes
                complete = false;
                break;
            }
            long share = Math.max(1, (budget - s.boxes) / picks.size());
            List<Task> tasks = new ArrayList<>();
            for (int n : picks) {
                tasks.add(new Task(n, s.flows[n], s.upper[n], leastRevenueToMatter(n, s.bestRevenue, s.bestN), share));
            }
            for (Result r : examine(tasks, lp)) {
                int n = r.task().n();
                if (s.flows[n] == null) {
                    s.flows[n] = r.flows() == null ? FlowBound.individuallyRational(rows, counts) : r.flows();
                }
                if (r.curve() != null) {
                    s.tighten(r.curve());
                }
                BoxSearch.Outcome o = r.pricing();
                if (o == null) {
                    continue;
                }
                s.exactDone[n] = true;
                s.exactSolves++;
                s.boxes += o.boxes();
                s.upper[n] = Math.min(s.upper[n], o.upperBound());
                suffixMin(s.upper);
                if (o.sizes() != null) {
                    s.record(o);
                }
                complete &= o.complete();
            }
            if (!complete) {
                break;
            }
        }
        report(s);
        if (complete && s.bestRevenue > 0) {
            canonicalScheme(s, lp);
        }
        int boundN = s.bestN;
        long boundRevenue = s.bestRevenue;
        for (int n = 1; n <= limit; n++) {
            if (cost.compareProfits(s.upper[n], n, boundRevenue, boundN) > 0) {
                boundN = n;
                boundRevenue = s.upper[n];
            }
        }
        return new Outcome(s.bestSizes, s.bestPrices, s.bestRevenue, s.bestN, boundRevenue, boundN, complete,
                s.exactSolves, s.boxes);
    }

    /**
     * Replaces the incumbent by the scheme an exact pricing of N+ finds above floor rev^OPT(N+): the
     * same revenue and top size (any scheme with that revenue and a smaller top size would be more
     * profitable), but a pure function of the answer rather than of the order of the search.
     */
    private void canonicalScheme(State s, FlowLp lp) {
        int[][] dom = upTo(s.bestN);
        FlowBound f = lp.optimise(dom, null);
        BoxSearch.Outcome o = new BoxSearch(rows, counts, Long.MAX_VALUE).solve(dom, s.bestRevenue, f);
        if (o.sizes() == null || o.revenue() != s.bestRevenue) {
            throw new IllegalStateException("re-pricing N+ = " + s.bestN + " did not find revenue " + s.bestRevenue);
        }
        s.bestSizes = o.sizes();
        s.bestPrices = o.prices();
    }

    /**
     * @return each task's result, in the tasks' order; {@code threads} threads (this one and
     *     workers) take the tasks in turn
     */
    private List<Result> examine(List<Task> tasks, FlowLp lp) {
        Result[] results = new Result[tasks.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                results[i] = examine(tasks.get(i), lp);
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int w = 1; w < Math.min(threads, tasks.size()); w++) {
            helpers.add(WORKERS.submit(worker));
        }
        worker.run();
        for (Future<?> f : helpers) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pricing", e);
            }
        }
        return List.of(results);
    }

    private Result examine(Task t, FlowLp lp) {
        int[][] dom = upTo(t.n());
        FlowBound flows = t.flows();
        FlowBound fresh = null;
        long[] curve = null;
        long bound = t.bound();
        if (flows == null) {
            fresh = lp.optimise(dom, null);
            flows = fresh == null ? FlowBound.individuallyRational(rows, counts) : fresh;
            if (fresh != null) {
                curve = fresh.curve(domains, limit);
                bound = Math.min(bound, curve[t.n()]);
            }
        }
        BoxSearch.Outcome pricing = bound < t.floor() ? null
                : new BoxSearch(rows, counts, t.boxBudget()).solve(dom, t.floor(), flows);
        return new Result(t, fresh, curve, pricing);
    }

    /** Counts the closed N: their number never falls, as bounds only fall and the incumbent only rises. */
    private void report(State s) {
        if (progress == Progress.NONE) {
            return;
        }
        int closed = 0;
        for (int n = 1; n <= limit; n++) {
            if (!s.beats(s.upper[n], n)) {
                closed++;
            }
        }
        progress.report(closed, limit, words(limit, s.exactSolves));
    }

    /**
     * @param limit the last N of the range
     * @param priced N priced exactly so far
     * @return the words of a progress report
     */
    static String words(int limit, int priced) {
        return String.format(Locale.ROOT, "Algorithm 1, N in 1..%d: %d priced", limit, priced);
    }

    /** @return more profit, or equal profit at a smaller N */
    private boolean better(long rev, int n, long bestRev, int bestN) {
        int c = cost.compareProfits(rev, n, bestRev, bestN);
        return c > 0 || (c == 0 && n < bestN);
    }

    /**
     * @return up to {@link #ROUND} x {@code threads} open N (one with one thread) whose bound can beat
     *     or, at a smaller N, tie the incumbent, largest bound first
     */
    private List<Integer> mostPromising(State s) {
        List<Integer> picks = new ArrayList<>();
        int size = threads == 1 ? 1 : ROUND * threads;
        while (picks.size() < size) {
            int pick = -1;
            for (int n = 1; n <= limit; n++) {
                if (s.beats(s.upper[n], n) && !picks.contains(n)
                        && (pick < 0 || better(s.upper[n], n, s.upper[pick], pick))) {
                    pick = n;
                }
            }
            if (pick < 0) {
                break;
            }
            picks.add(pick);
        }
        return picks;
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
