package org.marketproof.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.marketproof.InvalidInputException;
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
        description = {"plot utility INSTANCE --contributor NAME --out FILE.png: draws the contributor's utility (7) "
                + "against the number of points collected n, others playing as recommended, for the main strategies "
                + "(truthful-after-resize f_b of Lemma 9, as collected, fabricate from a fit, median repeated), with N_i* "
                + "marked. Exact where a closed form exists, else simulated (seed --seed); strategies whose worst case is "
                + "unbounded below are drawn at the bottom edge."})
public final class PlotCommand implements Callable<Integer> {

    private static final int W = 900;
    private static final int H = 560;
    private static final int LEFT = 90;
    private static final int RIGHT = 230;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;

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

    @Option(names = "--out", required = true, description = "PNG file to write")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the simulated curves (default: ${DEFAULT-VALUE})")
    long seed;

    /** The largest N_i* the utility plot is drawn for; see {@link #call()}. */
    static final int MAX_INSTRUCTION = 200;

    private record Curve(String label, Color color, double[] u) {
    }

    @Override
    public Integer call() {
        if (!what.equals("utility")) {
            throw new InvalidInputException("WHAT", "unknown plot \"" + what + "\" (expected: utility)");
        }
        System.setProperty("java.awt.headless", "true");
        PngFile.checkWritable(out);
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
        List<Curve> curves = new ArrayList<>();
        int who = i;
        curves.add(curve(game, who, maxN, "f_b: resize to N* (Lemma 9)", new Color(0, 90, 200),
                n -> Strategy.of(n, new Submissions.ResizeKeepingMean(target))));
        curves.add(curve(game, who, maxN, "as collected (size n)", new Color(200, 60, 0),
                n -> Strategy.of(n, new Submissions.Identity())));
        curves.add(curve(game, who, maxN, "fabricate N* from fit", new Color(0, 150, 60),
                n -> Strategy.of(n, new Submissions.FitAndSample(target, var))));
        curves.add(curve(game, who, maxN, "median repeated N*", new Color(130, 0, 160),
                n -> Strategy.of(n, new Submissions.RobustRepeated(Submissions.RobustRepeated.Statistic.MEDIAN, target))));
        draw(curves, maxN, target, contributor + " under " + m.name());
        System.out.println("wrote " + out);
        return 0;
    }

    private Curve curve(Game game, int i, int maxN, String label, Color c, IntFunction<Strategy> s) {
        ExactEvaluator exact = new ExactEvaluator();
        SimulationEvaluator sim = new SimulationEvaluator(4000, 0.99);
        Profile star = Profile.recommended(game.design());
        double[] u = new double[maxN + 1];
        for (int n = 0; n <= maxN; n++) {
            Profile p = star.with(i, s.apply(n));
            UtilityFigure f = exact.contributorUtility(game, p, i, 0).orElseGet(() -> sim.contributorUtility(game, p, i, seed)
                    .orElseThrow());
            u[n] = f.kind() == UtilityFigure.Kind.UPPER_BOUND ? Double.NEGATIVE_INFINITY : f.point();
        }
        return new Curve(label, c, u);
    }

    private void draw(List<Curve> curves, int maxN, int target, String title) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Curve c : curves) {
            for (double v : c.u) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > lo)) {
            lo = hi - 1;
        }
        double pad = (hi - lo) * 0.08;
        lo -= pad;
        hi += pad;
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        int pw = W - LEFT - RIGHT;
        int ph = H - TOP - BOTTOM;
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, pw, ph);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int k = 0; k <= 4; k++) {
            double v = lo + (hi - lo) * k / 4;
            int y = TOP + ph - (int) Math.round(ph * (v - lo) / (hi - lo));
            g.drawString(String.format(Locale.ROOT, "%.4g", v), 8, y + 4);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(LEFT + 1, y, LEFT + pw - 1, y);
            g.setColor(Color.BLACK);
        }
        for (int n = 0; n <= maxN; n += Math.max(1, maxN / 12)) {
            int x = LEFT + pw * n / maxN;
            g.drawString(Integer.toString(n), x - 4, TOP + ph + 16);
        }
        g.drawString("n (points collected)", LEFT + pw / 2 - 50, H - 18);
        g.drawString("u_i (worst case over mu)", 8, TOP - 12);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, LEFT + 150, TOP - 14);
        int xs = LEFT + pw * target / maxN;
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        g.drawLine(xs, TOP, xs, TOP + ph);
        g.drawString("N* = " + target, xs + 4, TOP + 16);
        g.setStroke(new BasicStroke(2f));
        int legend = TOP + 10;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (Curve c : curves) {
            g.setColor(c.color);
            int px = -1;
            int py = -1;
            for (int n = 0; n <= maxN; n++) {
                int x = LEFT + pw * n / maxN;
                boolean unbounded = !Double.isFinite(c.u[n]);
                int y = unbounded ? TOP + ph : TOP + ph - (int) Math.round(ph * (c.u[n] - lo) / (hi - lo));
                if (unbounded) {
                    g.drawLine(x - 4, y - 4, x + 4, y + 4);
                    g.drawLine(x - 4, y + 4, x + 4, y - 4);
                    px = -1;
                    continue;
                }
                g.fillOval(x - 3, y - 3, 6, 6);
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                px = x;
                py = y;
            }
            g.fillRect(W - RIGHT + 12, legend - 8, 14, 8);
            g.setColor(Color.BLACK);
            g.drawString(c.label, W - RIGHT + 32, legend);
            legend += 20;
        }
        g.drawString("x at bottom: -infinity", W - RIGHT + 12, legend + 10);
        g.drawString("(worst case unbounded)", W - RIGHT + 12, legend + 26);
        g.dispose();
        PngFile.write(img, out);
    }
}
