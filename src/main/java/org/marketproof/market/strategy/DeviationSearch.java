package org.marketproof.market.strategy;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.marketproof.claims.Progress;
import org.marketproof.market.mechanism.Design;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Searches contributor i's strategy space for the best unilateral deviation from a profile
 * (exploitability): u_i(s_i', s_-i) - u_i(s), the others held to their strategies in s.
 *
 * <p>Three methods, run in turn and sharing one incumbent: enumeration of the named manipulations
 * at every useful n ({@link StrategyCatalog#enumerate}), random compositions, and local improvement
 * from the incumbent. Each candidate is evaluated exactly when the exact evaluator can, else by a
 * quick simulation (screening). The winner is then certified: exactly, or by a fresh simulation with
 * an independent seed and more samples, whose lower confidence bound must exceed the baseline's
 * upper one. Re-simulating avoids the winner's curse of picking the luckiest screening estimate.
 *
 * <p>The result is a lower bound on the true best gain: the search covers a finite part of an
 * infinite strategy space.
 */
public final class DeviationSearch {

    /**
     * The largest instruction N_i* the search runs at. A strategy without a known law is simulated
     * with (samples x points collected) normal draws, so the search's time grows linearly in N_i*:
     * {@code exploit} took 15 s at N_1* = 98, 21 s at 986, and over 90 s without finishing at 9,869
     * (load 12-16). Above the limit the search is refused, never left running for hours.
     */
    public static final int MAX_INSTRUCTION = 2_000;

    /**
     * @param design the mechanism's design, which fixes the instructions N_i*
     * @param contributor the contributor's index i, in cost order
     * @return why the search does not run for contributor i of {@code design}: N_i* above
     *     {@link #MAX_INSTRUCTION}; empty when it runs
     */
    public static Optional<String> refusal(Design design, int contributor) {
        int n = design.instruction(contributor);
        return n <= MAX_INSTRUCTION ? Optional.empty() : Optional.of("the strategic search runs at N_i* <= "
                + MAX_INSTRUCTION + " (each simulated strategy draws samples x N_i* points); contributor "
                + (contributor + 1) + " is instructed N_" + (contributor + 1) + "* = " + n);
    }

    private final ExactEvaluator exact = new ExactEvaluator();
    private final SimulationEvaluator screen;
    private final SimulationEvaluator certify;
    private final int randomCandidates;
    private final int localRounds;
    private final Progress progress;

    /**
     * @param screen the quick simulation for candidates without a closed form
     * @param certify the careful simulation for the winner
     * @param randomCandidates how many random compositions to try
     * @param localRounds how many rounds of local improvement at most
     * @param progress told the strategies tried so far against the budget (never a gain: see {@link Progress})
     */
    public DeviationSearch(SimulationEvaluator screen, SimulationEvaluator certify, int randomCandidates, int localRounds,
            Progress progress) {
        this.screen = screen;
        this.certify = certify;
        this.randomCandidates = randomCandidates;
        this.localRounds = localRounds;
        this.progress = progress;
    }

    /**
     * @param progress told the strategies tried so far against the budget
     * @return a search sized for the test suite and the CLI default: screening with 400 samples,
     *     certifying with 20,000, both at level 0.999; 200 random candidates, 10 local rounds
     */
    public static DeviationSearch standard(Progress progress) {
        return new DeviationSearch(new SimulationEvaluator(400, 0.999), new SimulationEvaluator(20_000, 0.999), 200, 10,
                progress);
    }

    /**
     * The outcome of a search.
     *
     * @param best the best deviation found (certified or not)
     * @param tried how many strategies were evaluated
     * @param baseline u_i(s)
     */
    public record Result(Deviation best, int tried, UtilityFigure baseline) {
    }

    /**
     * @param game the mechanism and design played
     * @param base the profile deviated from, e.g. s*
     * @param contributor i
     * @param seed every random choice derives from it
     * @return the best deviation of contributor i from {@code base} among those tried
     */
    public Result search(Game game, Profile base, int contributor, long seed) {
        SplittableRandom seeds = new SplittableRandom(seed);
        long baselineSeed = seeds.nextLong();
        UtilityFigure baseline = exact.contributorUtility(game, base, contributor, 0)
                .orElseGet(() -> certify.contributorUtility(game, base, contributor, baselineSeed).orElseThrow());
        StrategyCatalog catalog = new StrategyCatalog(game.design().instruction(contributor), game.instance().variance());
        Incumbent inc = new Incumbent(game, base, contributor, baseline);
        String who = "contributor " + (contributor + 1);

        List<Strategy> enumerated = catalog.enumerate();
        // enumeration and random compositions have a known budget; local improvement stops early when it stalls
        long budget = enumerated.size() + (long) randomCandidates;
        for (int k = 0; k < enumerated.size(); k++) {
            inc.consider(enumerated.get(k), seeds.nextLong(), "enumeration");
            progress.report(inc.tried, budget, who + ", enumeration " + (k + 1) + "/" + enumerated.size());
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seeds.nextLong());
        for (int k = 0; k < randomCandidates; k++) {
            inc.consider(catalog.random(rng), seeds.nextLong(), "random composition");
            progress.report(inc.tried, budget, who + ", random " + (k + 1) + "/" + randomCandidates);
        }
        for (int round = 0; round < localRounds; round++) {
            Deviation before = inc.best;
            String phase = who + ", local round " + (round + 1) + "/" + localRounds;
            for (Strategy s : catalog.neighbours(before.strategy())) {
                inc.consider(s, seeds.nextLong(), "local improvement");
                progress.report(inc.tried, Progress.UNKNOWN_TOTAL, phase);
            }
            if (inc.best == before) {
                break;
            }
        }
        Deviation best = inc.best;
        if (!best.exactGain().isPresent()) {
            progress.report(inc.tried, inc.tried, who + ", certifying the best");
            long fresh = seeds.nextLong();
            UtilityFigure dev = certify.contributorUtility(game, base.with(contributor, best.strategy()), contributor, fresh)
                    .orElseThrow();
            best = new Deviation(contributor, best.strategy(), dev, baseline, dev.gainLowerBound(baseline),
                    Optional.empty(), certify.name(), fresh, best.method());
            // the screening estimate was optimistic (winner's curse): fall back to the best exact candidate
            if (!best.certified() && inc.bestExact != null && inc.bestExact.gainPoint() >= best.gainPoint()) {
                best = inc.bestExact;
            }
        }
        progress.report(inc.tried, inc.tried, who + ", done");
        return new Result(best, inc.tried, baseline);
    }

    /** The best deviation so far. */
    private final class Incumbent {
        final Game game;
        final Profile base;
        final int contributor;
        final UtilityFigure baseline;
        Deviation best;
        Deviation bestExact;
        int tried;

        Incumbent(Game game, Profile base, int contributor, UtilityFigure baseline) {
            this.game = game;
            this.base = base;
            this.contributor = contributor;
            this.baseline = baseline;
        }

        void consider(Strategy s, long seed, String method) {
            Profile p = base.with(contributor, s);
            Optional<UtilityFigure> e = exact.contributorUtility(game, p, contributor, 0);
            UtilityFigure fig = e.orElseGet(() -> screen.contributorUtility(game, p, contributor, seed).orElseThrow());
            Deviation d = new Deviation(contributor, s, fig, baseline, fig.gainLowerBound(baseline),
                    fig.exactGain(baseline), e.isPresent() ? exact.name() : screen.name(), seed, method);
            tried++;
            if (best == null || better(d, best)) {
                best = d;
            }
            if (d.exactGain().isPresent() && (bestExact == null || better(d, bestExact))) {
                bestExact = d;
            }
        }

        /** Certified beats uncertified; then the larger point gain. */
        private boolean better(Deviation a, Deviation b) {
            if (a.certified() != b.certified()) {
                return a.certified();
            }
            return a.gainPoint() > b.gainPoint();
        }
    }
}
