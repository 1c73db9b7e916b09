package org.marketproof.market.pricing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Branch and bound over size assignments in non-decreasing size order, with the chain bound
 * (specs/pricing.md, "Exact Algorithm 1"). It maximises revenue - c N over envy-free, individually
 * rational schemes, where N is the largest size sold (Lemma N: some type buys exactly N), exactly
 * and in integer units.
 *
 * <p><b>Tree.</b> A node assigns sizes to a set S of types, in positions of non-decreasing size,
 * equal sizes in increasing type index (so every assignment has exactly one path). A child adds a
 * type l of the remaining set R with a candidate size m' >= m, the last size (a jump size of l or
 * 0, Lemma S1). Prices are the shortest-path distances of the {@link EnvyGraph} (Lemma P); a
 * negative cycle or negative price prunes the subtree. A leaf (R empty) is a scheme; its objective
 * is its revenue minus c times its largest size.
 *
 * <p><b>Bounds.</b> The child (l, m') bounds every leaf below it by (Lemma C) sum over S of
 * n_j d(0, j) + W_R (v_l(m') - rent_l) + H(R \ {l}, m'), with rent_l = max over assigned u of
 * v_l(m_u) - d(0, u) >= 0 and H from {@link ChainRelaxation}; the node also by the IR bound with
 * rents, sum over S of n_j d(0, j) + sum over R of n_l max(0, v_l(top) - rent_l) - floor(c m).
 * Children are tried in decreasing bound, and a child whose bound is below the incumbent's profit
 * is cut with all later ones.
 *
 * <p><b>Ties and determinism.</b> The objective is lexicographic: larger profit, then smaller N
 * (the paper's N+ is the smallest maximiser). Nothing is cut whose bound reaches the incumbent's
 * profit, so every optimal leaf is visited, and the result is the first optimal leaf in the order
 * of the tasks (the root's children) and of each task's search, whatever the thread timing.
 *
 * <p><b>Parallelism.</b> The root's children are tasks, taken in decreasing bound by the worker
 * threads, which share the incumbent.
 *
 * <p><b>Budget.</b> After {@code nodeBudget} nodes the search stops; its answer is then the best
 * leaf found, and the largest bound of any child not yet explored certifies how far it can be from
 * the optimum.
 */
final class ChainSearch {

    /**
     * The problem.
     *
     * @param rows v_k(0..cap) in units
     * @param counts buyers per type
     * @param candidates candidates[k][m]: type k may get size m (must include m = 0)
     * @param cost the cost of data in units, c_1 2^40 as exact floor and ceiling of c N for N = 0..cap
     *     (all zero for a single N)
     * @param minTop the least largest size a leaf may have (1 in Algorithm 1's range, else 0)
     */
    record Problem(long[][] rows, int[] counts, boolean[][] candidates, UnitCost cost, int minTop) {

        int types() {
            return rows.length;
        }

        int cap() {
            return rows[0].length - 1;
        }
    }

    /**
     * The outcome.
     *
     * @param sizes the best scheme's sizes per type
     * @param prices its prices (largest envy-free) per type, in units
     * @param revenue its revenue, in units
     * @param top its largest size N
     * @param complete whether the search finished (then the scheme is optimal)
     * @param openBound when not complete: an integer upper bound, in units, on revenue - c N over every
     *     leaf not explored; {@link ChainRelaxation#NONE} when complete
     * @param nodes search nodes visited
     */
    record Outcome(int[] sizes, long[] prices, long revenue, int top, boolean complete, long openBound, long nodes) {
    }

    private final Problem problem;
    private final ChainRelaxation chain;
    private final long nodeBudget;
    private final long[] largestValue;
    private final int[] largestCandidate;

    private final AtomicLong floor = new AtomicLong();
    private final AtomicLong nodes = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong open = new AtomicLong(ChainRelaxation.NONE);

    private ChainSearch(Problem problem, long nodeBudget) {
        this.problem = problem;
        this.nodeBudget = nodeBudget;
        int cap = problem.cap();
        long[] tail = new long[cap + 1];
        for (int m = 0; m <= cap; m++) {
            tail[m] = m < problem.minTop() ? ChainRelaxation.NONE : -problem.cost().floor(m);
        }
        this.chain = new ChainRelaxation(problem.rows(), problem.counts(), problem.candidates(), tail);
        int k = problem.types();
        this.largestCandidate = new int[k];
        this.largestValue = new long[k];
        for (int l = 0; l < k; l++) {
            for (int m = cap; m >= 0; m--) {
                if (problem.candidates()[l][m]) {
                    largestCandidate[l] = m;
                    largestValue[l] = problem.rows()[l][m];
                    break;
                }
            }
        }
    }

    /**
     * @param threads worker threads (at least 1)
     * @param nodeBudget nodes after which the search stops with a certified open bound
     */
    static Outcome run(Problem problem, int threads, long nodeBudget) {
        return new ChainSearch(problem, nodeBudget).search(threads);
    }

    /** @return whether the chain table for this problem fits in memory */
    static boolean fits(int types, int cap) {
        return ChainRelaxation.fits(types, cap);
    }

    private Outcome search(int threads) {
        int k = problem.types();
        // the fallback: nothing sold at the least admissible N
        Leaf fallback = new Leaf(new int[k], new long[k], 0, problem.minTop(), -1);
        floor.set(-problem.cost().ceil(fallback.top));
        Worker root = new Worker();
        Children tasks = root.children(0, (1 << k) - 1, 0, -1);
        if (System.getenv("CHAIN_DEBUG") != null) {
            System.err.println("root tasks " + (tasks == null ? 0 : tasks.size) + " top bound " + (tasks == null || tasks.size == 0 ? 0 : tasks.bound[0]) + " floor " + floor.get());
        }
        List<Worker> workers = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        int used = tasks == null ? 0 : Math.max(1, Math.min(threads, tasks.size / 2 + 1));
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < used; t++) {
            Worker w = t == 0 ? root : new Worker();
            workers.add(w);
            Runnable job = () -> w.runTasks(tasks, next);
            if (t == 0) {
                continue;
            }
            Thread th = new Thread(job, "chain-search-" + t);
            th.setDaemon(true);
            running.add(th);
            th.start();
        }
        if (used > 0) {
            root.runTasks(tasks, next);
        }
        for (Thread th : running) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        Leaf best = fallback;
        for (Worker w : workers) {
            for (Leaf l : w.leaves) {
                if (better(l, best) || (same(l, best) && l.task < best.task)) {
                    best = l;
                }
            }
        }
        boolean complete = !stop.get();
        if (System.getenv("CHAIN_DEBUG") != null) {
            System.err.println("best " + best.revenue + " top " + best.top + " sizes " + Arrays.toString(best.sizes) + " nodes " + nodes.get());
        }
        return new Outcome(best.sizes, best.prices, best.revenue, best.top, complete,
                complete ? ChainRelaxation.NONE : open.get(), nodes.get());
    }

    /** A scheme found: sizes and prices per type, revenue, largest size, and the task it came from. */
    private record Leaf(int[] sizes, long[] prices, long revenue, int top, int task) {
    }

    /** @return whether a is lexicographically better than b: more profit, or equal profit at smaller N */
    private boolean better(Leaf a, Leaf b) {
        int c = problem.cost().compareProfits(a.revenue, a.top, b.revenue, b.top);
        return c > 0 || (c == 0 && a.top < b.top);
    }

    private boolean same(Leaf a, Leaf b) {
        return a.top == b.top && a.revenue == b.revenue;
    }

    /** The children of a node, sorted by decreasing bound. */
    private static final class Children {
        int size;
        long[] bound = new long[16];
        int[] type = new int[16];
        int[] mSize = new int[16];

        void add(long b, int l, int m) {
            if (size == bound.length) {
                bound = Arrays.copyOf(bound, size * 2);
                type = Arrays.copyOf(type, size * 2);
                mSize = Arrays.copyOf(mSize, size * 2);
            }
            bound[size] = b;
            type[size] = l;
            mSize[size] = m;
            size++;
        }

        /** Stable merge sort by decreasing bound. */
        void sort() {
            int[] idx = new int[size];
            for (int i = 0; i < size; i++) {
                idx[i] = i;
            }
            int[] tmp = new int[size];
            for (int width = 1; width < size; width *= 2) {
                for (int lo = 0; lo < size - width; lo += 2 * width) {
                    int mid = lo + width;
                    int hi = Math.min(lo + 2 * width, size);
                    int a = lo;
                    int b = mid;
                    int o = lo;
                    while (a < mid && b < hi) {
                        tmp[o++] = bound[idx[b]] > bound[idx[a]] ? idx[b++] : idx[a++];
                    }
                    while (a < mid) {
                        tmp[o++] = idx[a++];
                    }
                    while (b < hi) {
                        tmp[o++] = idx[b++];
                    }
                    System.arraycopy(tmp, lo, idx, lo, hi - lo);
                }
            }
            long[] nb = new long[size];
            int[] nt = new int[size];
            int[] nm = new int[size];
            for (int i = 0; i < size; i++) {
                nb[i] = bound[idx[i]];
                nt[i] = type[idx[i]];
                nm[i] = mSize[idx[i]];
            }
            bound = nb;
            type = nt;
            mSize = nm;
        }
    }

    /** One thread's search state. */
    private final class Worker {
        private final EnvyGraph graph = new EnvyGraph(problem.rows());
        private final long[] rent = new long[problem.types()];
        private final List<Leaf> leaves = new ArrayList<>();
        private Leaf taskBest;
        private int task;
        private long localNodes;

        void runTasks(Children tasks, AtomicInteger next) {
            int all = (1 << problem.types()) - 1;
            for (int i = next.getAndIncrement(); i < tasks.size; i = next.getAndIncrement()) {
                if (stop.get()) {
                    raiseOpen(tasks.bound[i]);
                    continue;
                }
                if (tasks.bound[i] < floor.get()) {
                    continue;
                }
                task = i;
                taskBest = null;
                int l = tasks.type[i];
                int m = tasks.mSize[i];
                if (graph.push(l, m)) {
                    node(all & ~(1 << l), m, l);
                    graph.pop();
                }
                if (taskBest != null) {
                    leaves.add(taskBest);
                }
            }
            nodes.addAndGet(localNodes);
            localNodes = 0;
        }

        private long assignedRevenue() {
            long rev = 0;
            for (int i = 1; i <= graph.depth(); i++) {
                rev += problem.counts()[graph.type(i)] * graph.price(i);
            }
            return rev;
        }

        private void node(int remaining, int m, int last) {
            if (++localNodes >= 4096) {
                if (nodes.addAndGet(localNodes) >= nodeBudget) {
                    stop.set(true);
                }
                localNodes = 0;
            }
            long known = assignedRevenue();
            if (remaining == 0) {
                leaf(known, m);
                return;
            }
            Children ch = children(known, remaining, m, last);
            if (ch == null) {
                return;
            }
            for (int i = 0; i < ch.size; i++) {
                if (stop.get()) {
                    raiseOpen(ch.bound[i]);
                    return;
                }
                if (ch.bound[i] < floor.get()) {
                    return;
                }
                int l = ch.type[i];
                if (graph.push(l, ch.mSize[i])) {
                    node(remaining & ~(1 << l), ch.mSize[i], l);
                    graph.pop();
                }
            }
        }

        /** @return the children above the incumbent, sorted, or null if the node's IR bound cuts it */
        Children children(long known, int remaining, int m, int last) {
            int cap = problem.cap();
            long w = chain.weight(remaining);
            long ir = known - problem.cost().floor(Math.max(m, problem.minTop()));
            for (int l = 0; l < problem.types(); l++) {
                if ((remaining >> l & 1) != 0) {
                    rent[l] = graph.rent(l);
                    ir += problem.counts()[l] * Math.max(0, largestValue[l] - rent[l]);
                }
            }
            long f = floor.get();
            if (ir < f) {
                return null;
            }
            Children ch = new Children();
            for (int l = 0; l < problem.types(); l++) {
                if ((remaining >> l & 1) == 0) {
                    continue;
                }
                int start = l > last ? m : m + 1;
                if (start > largestCandidate[l]) {
                    continue;
                }
                long base = known - w * rent[l];
                long need = f - base;
                boolean[] cand = problem.candidates()[l];
                int b = start / ChainRelaxation.BLOCK;
                int blocks = cap / ChainRelaxation.BLOCK + 1;
                for (; b < blocks; b++) {
                    if (chain.suffixMax(remaining, l, b) < need) {
                        break;
                    }
                    if (chain.blockMax(remaining, l, b) < need) {
                        continue;
                    }
                    int from = Math.max(start, b * ChainRelaxation.BLOCK);
                    int to = Math.min(cap, (b + 1) * ChainRelaxation.BLOCK - 1);
                    for (int x = from; x <= to; x++) {
                        long key = chain.key(remaining, l, x, cand[x]);
                        if (key > ChainRelaxation.NONE && key >= need) {
                            ch.add(Math.min(base + key, ir), l, x);
                        }
                    }
                }
            }
            ch.sort();
            return ch;
        }

        private void leaf(long revenue, int top) {
            int k = problem.types();
            int[] sizes = new int[k];
            long[] prices = new long[k];
            for (int i = 1; i <= graph.depth(); i++) {
                sizes[graph.type(i)] = graph.size(i);
                prices[graph.type(i)] = graph.price(i);
            }
            Leaf l = new Leaf(sizes, prices, revenue, top, task);
            if (taskBest == null || better(l, taskBest)) {
                taskBest = l;
                long low = revenue - problem.cost().ceil(top);
                floor.accumulateAndGet(low, Math::max);
            }
        }
    }

    private void raiseOpen(long bound) {
        open.accumulateAndGet(bound, Math::max);
    }
}
