package org.marketproof.market.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.marketproof.market.strategy.Deviation;
import org.marketproof.market.strategy.DeviationSearch;
import org.marketproof.market.strategy.Game;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.SimulationEvaluator;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.Submissions;
import org.marketproof.market.strategy.UtilityFigure;

/**
 * The deviation search for a mechanism that declares nothing, so that every utility is simulated
 * through full settlements: a short list of the manipulations the paper discusses (under- and
 * over-collection, resizing keeping the mean, fabrication from a fit or from nothing, shifting),
 * each screened by a small simulation; the best is then re-simulated with a fresh seed and more
 * samples (no winner's curse). The full {@link DeviationSearch} enumerates hundreds of candidates,
 * which for a black box costs minutes per contributor.
 */
final class BlackBoxSearch {

    private static final SimulationEvaluator SCREEN = new SimulationEvaluator(100, 0.999);
    private static final SimulationEvaluator CERTIFY = new SimulationEvaluator(2000, 0.999);

    private BlackBoxSearch() {
    }

    /** @return the best deviation found for contributor i from {@code base} (certified or not) */
    static DeviationSearch.Result search(Game game, Profile base, int contributor, long seed) {
        SplittableRandom seeds = new SplittableRandom(seed);
        long baselineSeed = seeds.nextLong();
        UtilityFigure baseline = CERTIFY.contributorUtility(game, base, contributor, baselineSeed).orElseThrow();
        Deviation best = null;
        List<Strategy> candidates = candidates(game, base.get(contributor), contributor);
        for (Strategy s : candidates) {
            long sd = seeds.nextLong();
            UtilityFigure u = SCREEN.contributorUtility(game, base.with(contributor, s), contributor, sd).orElseThrow();
            Deviation d = new Deviation(contributor, s, u, baseline, u.gainLowerBound(baseline), Optional.empty(),
                    SCREEN.name(), sd, "black-box screening");
            if (best == null || d.gainPoint() > best.gainPoint()) {
                best = d;
            }
        }
        long fresh = seeds.nextLong();
        UtilityFigure u = CERTIFY.contributorUtility(game, base.with(contributor, best.strategy()), contributor, fresh)
                .orElseThrow();
        Deviation certified = new Deviation(contributor, best.strategy(), u, baseline, u.gainLowerBound(baseline),
                Optional.empty(), CERTIFY.name(), fresh, best.method());
        return new DeviationSearch.Result(certified, candidates.size() + 1, baseline);
    }

    private static List<Strategy> candidates(Game game, Strategy current, int contributor) {
        int target = game.design().instruction(contributor);
        double variance = game.instance().variance();
        double sd = Math.sqrt(variance);
        LinkedHashSet<Strategy> out = new LinkedHashSet<>();
        for (int n : new int[] {0, 1, target / 2, Math.max(0, target - 1), target + 1, 2 * target + 1}) {
            out.add(Strategy.of(n, new Submissions.Identity()));
            if (n > 0) {
                out.add(Strategy.of(n, new Submissions.ResizeKeepingMean(target)));
                out.add(Strategy.of(n, new Submissions.FitAndSample(target, variance)));
            }
        }
        for (int size : new int[] {target, target + 1}) {
            out.add(Strategy.of(0, new Submissions.Constant(0, size)));
            out.add(Strategy.of(0, new Submissions.FixedNormal(0, variance, size)));
        }
        out.add(Strategy.of(target, new Submissions.Shift(sd / 2)));
        out.add(Strategy.of(target, new Submissions.Duplicate(2)));
        out.remove(current);
        return new ArrayList<>(out);
    }
}
