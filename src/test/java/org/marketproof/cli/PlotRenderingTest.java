package org.marketproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketproof.competition.CompetitionFile;
import org.marketproof.competition.PoaCurve;
import org.marketproof.market.claims.Scenario;
import org.marketproof.market.pricing.LagrangianPricer;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.Game;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.SimulationEvaluator;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.Submissions;
import org.marketproof.market.strategy.UtilityFigure;
import org.w3c.dom.Document;

/**
 * Issue 10, item 6: both plots render headless to PNG and SVG, and the {@code --data} CSV holds the
 * figures the library computes, recomputed here independently of the plot code: exact values
 * exactly (the fraction compared as a {@link BigFraction}, the decimal as the double it reads back
 * as), simulated ones equal to {@link SimulationEvaluator}'s at the same seed and the documented
 * 95% level, the price of anarchy equal to {@link PoaCurve}'s.
 */
class PlotRenderingTest {

    @Test
    void utilityPlotRendersAndItsDataAreTheLibrarysFigures(@TempDir Path dir) throws Exception {
        Path scenario = CliRun.bundled(dir, "market-example.json");
        Path csv = dir.resolve("u.csv");
        CliRun png = CliRun.of("plot", "utility", scenario.toString(), "--contributor", "lab-a", "--seed", "3",
                "--out", dir.resolve("u.png").toString(), "--data", csv.toString());
        assertEquals(0, png.exit(), png.err());
        CliRun svg = CliRun.of("plot", "utility", scenario.toString(), "--contributor", "lab-a", "--seed", "3",
                "--out", dir.resolve("u.SVG").toString());
        assertEquals(0, svg.exit(), svg.err());
        assertValidPng(dir.resolve("u.png"));
        assertValidSvg(dir.resolve("u.SVG"));

        Scenario sc = Scenario.read(scenario);
        Game game = Game.of(sc.mechanism("paper", new LagrangianPricer()), sc.instance());
        int lab = 0;
        int target = game.design().instruction(lab);
        double var = sc.instance().variance();
        List<String> labels = List.of("f_b: resize to N* (Lemma 9)", "as collected (size n)", "fabricate N* from fit",
                "median repeated N*");
        List<IntFunction<Strategy>> strategies = List.of(n -> Strategy.of(n, new Submissions.ResizeKeepingMean(target)),
                n -> Strategy.of(n, new Submissions.Identity()), n -> Strategy.of(n, new Submissions.FitAndSample(target, var)),
                n -> Strategy.of(n, new Submissions.RobustRepeated(Submissions.RobustRepeated.Statistic.MEDIAN, target)));
        List<String[]> table = csv(csv);
        List<String> header = Arrays.asList(table.get(0));
        int maxN = Math.max(4, 2 * target + 3);
        assertEquals(maxN + 2, table.size(), "a header and one row per n = 0.." + maxN);
        assertEquals(1 + 4 * labels.size(), header.size(), header.toString());
        int[] kinds = new int[UtilityFigure.Kind.values().length];
        Profile star = Profile.recommended(game.design());
        for (int c = 0; c < labels.size(); c++) {
            int col = header.indexOf(labels.get(c));
            assertEquals(List.of(labels.get(c) + " [exact]", labels.get(c) + " [95% low]", labels.get(c) + " [95% high]"),
                    header.subList(col + 1, col + 4));
            for (int n = 0; n <= maxN; n++) {
                String[] row = table.get(n + 1);
                assertEquals(Integer.toString(n), row[0]);
                Profile p = star.with(lab, strategies.get(c).apply(n));
                UtilityFigure f = new ExactEvaluator().contributorUtility(game, p, lab, 0)
                        .orElseGet(() -> new SimulationEvaluator(4000, 0.95).contributorUtility(game, p, lab, 3).orElseThrow());
                kinds[f.kind().ordinal()]++;
                String at = labels.get(c) + " at n = " + n;
                String[] cells = Arrays.copyOfRange(row, col, col + 4);
                switch (f.kind()) {
                    case EXACT -> {
                        if (f.exactValue().isFinite()) {
                            assertEquals(f.exactValue().value(), fraction(cells[1]), at);
                            assertEquals(f.point(), Double.parseDouble(cells[0]), 0.0, at);
                            assertEquals(List.of("", ""), List.of(cells[2], cells[3]), at);
                        } else {
                            assertEquals(List.of("", "", "", ""), List.of(cells), at + ": unbounded below, all empty");
                        }
                    }
                    case INTERVAL -> {
                        assertEquals(f.point(), Double.parseDouble(cells[0]), 0.0, at);
                        assertEquals("", cells[1], at);
                        assertEquals(f.lower(), Double.parseDouble(cells[2]), 0.0, at);
                        assertEquals(f.upper(), Double.parseDouble(cells[3]), 0.0, at);
                    }
                    case UPPER_BOUND -> {
                        assertEquals(List.of("", "", ""), List.of(cells[0], cells[1], cells[2]), at);
                        assertEquals(f.upper(), Double.parseDouble(cells[3]), 0.0, at);
                    }
                }
            }
        }
        assertTrue(kinds[0] > 0 && kinds[1] > 0 && kinds[2] > 0, "exact, interval and upper-bound figures all checked: "
                + Arrays.toString(kinds));
    }

    @Test
    void poaPlotRendersAndItsDataAreThePoaCurve(@TempDir Path dir) throws Exception {
        Path competition = CliRun.bundled(dir, "competition-example.json");
        Path csv = dir.resolve("poa.csv");
        CliRun svg = CliRun.of("plot-poa", competition.toString(), "--points", "12", "--out", dir.resolve("poa.svg").toString(),
                "--data", csv.toString());
        assertEquals(0, svg.exit(), svg.err());
        CliRun png = CliRun.of("plot-poa", competition.toString(), "--points", "12", "--out", dir.resolve("poa.png").toString());
        assertEquals(0, png.exit(), png.err());
        assertValidSvg(dir.resolve("poa.svg"));
        assertValidPng(dir.resolve("poa.png"));

        PoaCurve curve = PoaCurve.of(CompetitionFile.read(competition), 12);
        List<String[]> table = csv(csv);
        int most = curve.poa().stream().mapToInt(p -> p.length).max().orElseThrow();
        assertTrue(most > 0, "the example has equilibria");
        assertEquals("alpha", table.get(0)[0]);
        assertEquals(1 + most, table.get(0).length);
        assertEquals(13, table.size());
        int empty = 0;
        for (int i = 0; i < 12; i++) {
            String[] row = table.get(i + 1);
            assertEquals(curve.alphas()[i], Double.parseDouble(row[0]), 0.0);
            double[] poa = curve.poa().get(i);
            for (int k = 0; k < most; k++) {
                if (k < poa.length) {
                    assertEquals(poa[k], Double.parseDouble(row[1 + k]), 0.0, "alpha #" + i + ", equilibrium " + k);
                } else {
                    assertEquals("", row[1 + k]);
                    empty++;
                }
            }
        }
        assertTrue(empty > 0, "the example has alphas without equilibria: the empty-cell convention is exercised");
    }

    @Test
    void anImageFormatOtherThanPngOrSvgIsBadInputAndWritesNothing(@TempDir Path dir) throws IOException {
        Path competition = CliRun.bundled(dir, "competition-example.json");
        CliRun jpg = CliRun.of("plot-poa", competition.toString(), "--out", dir.resolve("poa.jpg").toString());
        assertTrue(jpg.isCleanBadInput("--out"), jpg.err());
        CliRun same = CliRun.of("plot-poa", competition.toString(), "--out", dir.resolve("p.png").toString(),
                "--data", dir.resolve("p.png").toString());
        assertTrue(same.isCleanBadInput("--data"), same.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(competition), files.toList());
        }
    }

    private static void assertValidPng(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(List.of(Chart.WIDTH, Chart.HEIGHT), List.of(image.getWidth(), image.getHeight()), png.toString());
    }

    private static void assertValidSvg(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
        assertTrue(doc.getElementsByTagNameNS("*", "text").getLength() > 10, "the SVG has its labels as text");
    }

    /** Reads the plot's CSV: no cell is quoted in these tables (no label holds a comma), and none is NaN or Infinity. */
    private static List<String[]> csv(Path file) throws IOException {
        String text = Files.readString(file);
        assertFalse(text.contains("NaN") || text.contains("Infinity") || text.contains("\""), text);
        List<String[]> rows = new ArrayList<>();
        text.lines().forEach(l -> rows.add(l.split(",", -1)));
        return rows;
    }

    private static BigFraction fraction(String cell) {
        String[] f = cell.split("/");
        return f.length == 1 ? BigFraction.of(new BigInteger(f[0])) : BigFraction.of(new BigInteger(f[0]), new BigInteger(f[1]));
    }
}
