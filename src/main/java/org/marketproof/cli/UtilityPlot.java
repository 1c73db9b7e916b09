package org.marketproof.cli;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.marketproof.io.Decimals;
import org.marketproof.market.strategy.UtilityFigure;

/**
 * The chart and the data of {@code plot utility}: for each strategy, a contributor's worst-case
 * utility (7) at every number n of points collected.
 *
 * <p>How a figure ({@link UtilityFigure}) is drawn: an exact value as a point on a solid line; a
 * simulated one ({@link UtilityFigure.Kind#INTERVAL}) as a point on a dashed line inside a shaded
 * band from its lower to its upper confidence limit (the evaluator's pointwise two-sided
 * normal-approximation interval, mean +- z standard errors, at the level the command chose: 95%);
 * and at the lower edge of the plot, as a downward triangle, a worst case that is unbounded below
 * (exact minus infinity), a simulation that established only an upper bound (the infimum over mu may
 * be arbitrarily low) or a value below the vertical range. The vertical range covers every curve's
 * central values, the 10% to 90% quantiles of its plotted points, widened by their span on either
 * side but never past the extreme values: one runaway value cannot squash the other curves, and a
 * value outside is marked at the edge (its number is in {@code --data}).
 *
 * <p>Coinciding curves stay visible: each curve has its own colour and unfilled marker shape, and
 * curves are drawn in order with decreasing line widths, so a later curve lies inside an earlier one
 * (solid exact segments first, then the dashed simulated ones and their translucent bands on top).
 */
final class UtilityPlot {

    /**
     * One strategy's figures.
     *
     * @param label the legend label
     * @param figures the figure at n = 0, 1, ..., in order
     */
    record Curve(String label, List<UtilityFigure> figures) {
        /**
         * Copies the figures.
         *
         * @param label the legend label
         * @param figures the figure at n = 0, 1, ...
         */
        Curve {
            figures = List.copyOf(figures);
        }
    }

    /** Colour-blind-safe colours (Okabe and Ito), one per curve. */
    private static final Color[] COLORS = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(86, 180, 233), new Color(230, 159, 0)};
    private static final Color GREY = new Color(90, 90, 90);
    private static final Shape[] SHAPES = {new Ellipse2D.Double(-4, -4, 8, 8), new Rectangle2D.Double(-3.5, -3.5, 7, 7),
        polygon(0, -5, 5, 0, 0, 5, -5, 0), polygon(0, -5, 4.5, 3.5, -4.5, 3.5), new Ellipse2D.Double(-2.5, -2.5, 5, 5),
        polygon(-4, -4, 4, 4, 0, 0, 4, -4, -4, 4, 0, 0)};
    private static final Shape DOWN = polygon(-5, -3, 5, -3, 0, 5);
    private static final Shape UP = polygon(-5, 3, 5, 3, 0, -5);

    private UtilityPlot() {
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int k = 2; k < xy.length; k += 2) {
            p.lineTo(xy[k], xy[k + 1]);
        }
        p.closePath();
        return p;
    }

    /**
     * @param curves the strategies' figures, at most six
     * @param target N_i*, marked by a vertical line
     * @param title the chart's title
     * @param simulation how the simulated figures were made, for the legend (e.g. samples, seed and level)
     * @return the chart
     */
    static JFreeChart chart(List<Curve> curves, int target, String title, String simulation) {
        double[] range = range(curves);
        XYPlot plot = Chart.plot(Chart.axis("n, points collected", true),
                Chart.axis("worst-case utility u_i = inf over mu of E[payment - c_i n]  (7)", false));
        int maxN = curves.get(0).figures().size() - 1;
        plot.getDomainAxis().setRange(-0.5, maxN + 0.5);
        plot.getRangeAxis().setRange(range[0], range[1]);
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        DeviationRenderer simulated = new DeviationRenderer(true, true);
        simulated.setAlpha(0.18f);
        XYSeriesCollection exact = new XYSeriesCollection();
        XYLineAndShapeRenderer exactLines = new XYLineAndShapeRenderer(true, true);
        XYSeriesCollection edges = new XYSeriesCollection();
        XYLineAndShapeRenderer edgeMarks = new XYLineAndShapeRenderer(false, true);
        LegendItemCollection legend = new LegendItemCollection();
        boolean[] seen = new boolean[3];
        for (int c = 0; c < curves.size(); c++) {
            Curve curve = curves.get(c);
            Color color = COLORS[c];
            float width = 1.2f + 0.9f * (curves.size() - 1 - c);
            XYSeries line = new XYSeries(curve.label(), false, true);
            XYSeries below = new XYSeries(curve.label() + " below", false, true);
            XYSeries above = new XYSeries(curve.label() + " above", false, true);
            YIntervalSeries run = null;
            for (int n = 0; n <= maxN; n++) {
                UtilityFigure f = curve.figures().get(n);
                Place place = place(f, range);
                line.add(n, place == Place.EXACT ? Double.valueOf(f.point()) : null);
                if (place == Place.BELOW) {
                    below.add(n, range[0]);
                } else if (place == Place.ABOVE) {
                    above.add(n, range[1]);
                }
                if (place == Place.SIMULATED) {
                    if (run == null) {
                        run = new YIntervalSeries(curve.label() + " simulated " + n, false, true);
                        joinExact(run, curve, n - 1, range);
                    }
                    run.add(n, f.point(), f.lower(), f.upper());
                } else if (run != null) {
                    joinExact(run, curve, n, range);
                    addRun(bands, simulated, run, color, width, c);
                    run = null;
                }
            }
            if (run != null) {
                addRun(bands, simulated, run, color, width, c);
            }
            int s = exact.getSeriesCount();
            exact.addSeries(line);
            exactLines.setSeriesPaint(s, color);
            exactLines.setSeriesStroke(s, Chart.stroke(width, false));
            exactLines.setSeriesShape(s, SHAPES[c]);
            exactLines.setSeriesShapesFilled(s, false);
            for (XYSeries edge : List.of(below, above)) {
                if (!edge.isEmpty()) {
                    int e = edges.getSeriesCount();
                    edges.addSeries(edge);
                    edgeMarks.setSeriesPaint(e, color);
                    edgeMarks.setSeriesShape(e, edge == below ? DOWN : UP);
                }
            }
            seen[0] |= bands.getSeriesCount() > 0;
            seen[1] |= !below.isEmpty();
            seen[2] |= !above.isEmpty();
            legend.add(Chart.legendItem(curve.label(), SHAPES[c], color, Chart.stroke(2f, false)));
        }
        // exact lines first: a thin dashed curve must not vanish under a wide solid one it coincides with
        plot.setDataset(0, exact);
        plot.setRenderer(0, exactLines);
        plot.setDataset(1, bands);
        plot.setRenderer(1, simulated);
        plot.setDataset(2, edges);
        plot.setRenderer(2, edgeMarks);
        plot.addDomainMarker(Chart.verticalLine(target, "N_i* = " + target, GREY, true));
        legend.add(Chart.legendItem("solid: exact", null, GREY, Chart.stroke(2f, false)));
        if (seen[0]) {
            legend.add(Chart.legendItem("dashed, shaded: " + simulation, null, GREY, Chart.stroke(2f, true)));
        }
        if (seen[1]) {
            legend.add(Chart.legendItem("lower edge: unbounded below, no lower bound found, or below the axis", DOWN,
                    GREY, null));
        }
        if (seen[2]) {
            legend.add(Chart.legendItem("upper edge: above the axis", UP, GREY, null));
        }
        return Chart.chart(title, plot, legend);
    }

    /** Where a figure is drawn. */
    private enum Place { EXACT, SIMULATED, BELOW, ABOVE }

    private static Place place(UtilityFigure f, double[] range) {
        if (f.kind() == UtilityFigure.Kind.UPPER_BOUND || !Double.isFinite(f.point()) || f.point() < range[0]) {
            return Place.BELOW;
        }
        if (f.point() > range[1]) {
            return Place.ABOVE;
        }
        return f.isExact() ? Place.EXACT : Place.SIMULATED;
    }

    /** Joins a dashed run to the exact point at {@code n} (a band of width zero), so the curve has no break. */
    private static void joinExact(YIntervalSeries run, Curve curve, int n, double[] range) {
        if (n >= 0 && n < curve.figures().size() && place(curve.figures().get(n), range) == Place.EXACT) {
            double v = curve.figures().get(n).point();
            run.add(n, v, v, v);
        }
    }

    private static void addRun(YIntervalSeriesCollection bands, DeviationRenderer r, YIntervalSeries run, Color color,
            float width, int curve) {
        int s = bands.getSeriesCount();
        bands.addSeries(run);
        r.setSeriesPaint(s, color);
        r.setSeriesFillPaint(s, color);
        r.setSeriesStroke(s, Chart.stroke(width, true));
        r.setSeriesShape(s, SHAPES[curve]);
        r.setSeriesShapesFilled(s, false);
    }

    /**
     * @param curves the strategies' figures
     * @return the vertical range: the union over curves of their 10%-90% quantile ranges, widened
     *     by its span on either side but not past the extreme finite values (points and band limits),
     *     plus a 6% margin
     */
    static double[] range(List<Curve> curves) {
        double coreLo = Double.POSITIVE_INFINITY;
        double coreHi = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Curve c : curves) {
            double[] points = c.figures().stream().filter(f -> f.kind() != UtilityFigure.Kind.UPPER_BOUND)
                    .mapToDouble(UtilityFigure::point).filter(Double::isFinite).sorted().toArray();
            if (points.length == 0) {
                continue;
            }
            coreLo = Math.min(coreLo, points[(int) Math.floor(0.1 * (points.length - 1))]);
            coreHi = Math.max(coreHi, points[(int) Math.ceil(0.9 * (points.length - 1))]);
            for (UtilityFigure f : c.figures()) {
                if (f.kind() != UtilityFigure.Kind.UPPER_BOUND && Double.isFinite(f.point())) {
                    min = Math.min(min, f.lower());
                    max = Math.max(max, f.upper());
                }
            }
        }
        if (coreLo > coreHi) {
            return new double[] {-1, 1};
        }
        double span = coreHi - coreLo;
        double lo = Math.max(min, coreLo - span);
        double hi = Math.min(max, coreHi + span);
        double pad = hi > lo ? 0.06 * (hi - lo) : Math.max(1, Math.abs(lo)) * 0.5;
        return new double[] {lo - pad, hi + pad};
    }

    /**
     * @param curves the strategies' figures
     * @param level the band's label, e.g. {@code 95%}
     * @return one row per n: n, then per curve four columns: the plotted value (a decimal, the
     *     double drawn), its exact value as a fraction {@code p/q} when exact, and the band's low
     *     and high limits when simulated; specs/cli.md states which cells are empty when
     */
    static DataTable data(List<Curve> curves, String level) {
        List<String> header = new ArrayList<>(List.of("n"));
        for (Curve c : curves) {
            header.addAll(List.of(c.label(), c.label() + " [exact]", c.label() + " [" + level + " low]",
                    c.label() + " [" + level + " high]"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int n = 0; n < curves.get(0).figures().size(); n++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(n)));
            for (Curve c : curves) {
                row.addAll(Arrays.asList(cells(c.figures().get(n))));
            }
            rows.add(row);
        }
        return new DataTable(header, rows);
    }

    private static String[] cells(UtilityFigure f) {
        return switch (f.kind()) {
            case EXACT -> f.exactValue().isFinite()
                    ? new String[] {DataTable.number(f.point()), Decimals.fraction(f.exactValue().value()), "", ""}
                    : new String[] {"", "", "", ""};
            case INTERVAL -> new String[] {DataTable.number(f.point()), "", DataTable.number(f.lower()),
                DataTable.number(f.upper())};
            case UPPER_BOUND -> new String[] {"", "", "", DataTable.number(f.upper())};
        };
    }

}
