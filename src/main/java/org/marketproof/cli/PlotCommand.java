package org.marketproof.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.marketproof.InvalidInputException;
import org.marketproof.claims.Progress;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.Game;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.SimulationEvaluator;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.Submissions;
import org.marketproof.market.strategy.UtilityFigure;
import org.marketproof.market.claims.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketproof plot utility}: a contributor's utility against n for the main strategies. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = {"plot utility INSTANCE --contributor NAME --out FILE.png|FILE.svg [--data FILE.csv]: draws the contributor's utility (7) "
                + "against the number of points collected n, others playing as recommended, for the main strategies "
                + "(truthful-after-resize f_b of Lemma 9, as collected, fabricate from a fit, median repeated), with N_i* "
                + "marked. Exact where a closed form exists (solid), else simulated (seed --seed; dashed, with a shaded "
                + "95% confidence band); a worst case unbounded below is marked at the bottom edge."})
public final class PlotCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WHAT", description = "what to plot: utility")
    String what;

    @Parameters(index = "1", paramLabel = "INSTANCE", description = "instance or scenario file")
    Path file;

    @Option(names = "--contributor", required = true, description = "the contributor (by name)")
    String contributor;

    @Mixin
    PricerOptions pricer;

    @Option(names = "--mechanism", defaultValue = "paper", description = "catalog mechanism (default: ${DEFAULT-VALUE})")
    String mechanism;

    /** {@code --out} and {@code --data}. */
    @Mixin
    PlotFiles files;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the simulated curves (default: ${DEFAULT-VALUE})")
    long seed;

    /** The largest N_i* the utility plot is drawn for; see {@link #call()}. */
    static final int MAX_INSTRUCTION = 200;

    /** Monte Carlo plays per simulated figure. */
    private static final int SAMPLES = 4000;

    /** The level of the simulated figures' confidence band: pointwise, two-sided, normal approximation. */
    private static final double LEVEL = 0.95;

    @Mixin
    ProgressOptions progress;

    @Override
    public Integer call() {
        if (!what.equals("utility")) {
            throw new InvalidInputException("WHAT", "unknown plot \"" + what + "\" (expected: utility)");
        }
        System.setProperty("java.awt.headless", "true");
        files.check();
        Scenario sc = Scenario.read(file);
        Mechanism m = sc.mechanism(mechanism, pricer.pricer());
        Game game = Game.of(m, sc.instance());
        int i = -1;
        for (int k = 0; k < game.contributors(); k++) {
            if (sc.instance().contributors().get(k).name().equals(contributor)) {
                i = k;
            }
        }
        if (i < 0) {
            throw new InvalidInputException("--contributor", "no contributor named \"" + contributor + "\"");
        }
        int target = game.design().instruction(i);
        if (target > MAX_INSTRUCTION) {
            throw new InvalidInputException("--contributor", "the utility plot runs at N_i* <= " + MAX_INSTRUCTION
                    + " (it simulates 4,000 plays at every n up to 2 N_i* + 3, a work of order N_i*^2); "
                    + contributor + " is instructed N_i* = " + target);
        }
        int maxN = Math.max(4, 2 * target + 3);
        double var = sc.instance().variance();
        Map<String, IntFunction<Strategy>> strategies = new LinkedHashMap<>();
        strategies.put("f_b: resize to N* (Lemma 9)", n -> Strategy.of(n, new Submissions.ResizeKeepingMean(target)));
        strategies.put("as collected (size n)", n -> Strategy.of(n, new Submissions.Identity()));
        strategies.put("fabricate N* from fit", n -> Strategy.of(n, new Submissions.FitAndSample(target, var)));
        strategies.put("median repeated N*",
                n -> Strategy.of(n, new Submissions.RobustRepeated(Submissions.RobustRepeated.Statistic.MEDIAN, target)));
        List<UtilityPlot.Curve> curves = new ArrayList<>();
        long total = (long) strategies.size() * (maxN + 1);
        try (ProgressLine line = progress.line("points computed")) {
            for (Map.Entry<String, IntFunction<Strategy>> e : strategies.entrySet()) {
                curves.add(curve(game, i, maxN, e.getKey(), e.getValue(), line.after(curves.size() * (maxN + 1L), total)));
            }
        }
        String simulation = "simulated, " + SAMPLES + " plays per point, seed " + seed + ", "
                + UtilityFigure.levelLabel(LEVEL) + " normal interval";
        System.out.println(files.write(UtilityPlot.chart(curves, target, contributor + " under " + m.name(), simulation),
                UtilityPlot.data(curves, UtilityFigure.levelLabel(LEVEL))));
        return 0;
    }

    private UtilityPlot.Curve curve(Game game, int i, int maxN, String label, IntFunction<Strategy> s, Progress progress) {
        ExactEvaluator exact = new ExactEvaluator();
        SimulationEvaluator sim = new SimulationEvaluator(SAMPLES, LEVEL);
        Profile star = Profile.recommended(game.design());
        List<UtilityFigure> figures = new ArrayList<>();
        for (int n = 0; n <= maxN; n++) {
            Profile p = star.with(i, s.apply(n));
            figures.add(exact.contributorUtility(game, p, i, 0).orElseGet(() -> sim.contributorUtility(game, p, i, seed)
                    .orElseThrow()));
            progress.report(n + 1, maxN + 1, label + ", n = " + n);
        }
        return new UtilityPlot.Curve(label, figures);
    }
}
