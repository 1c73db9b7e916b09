package org.marketproof.cli;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.marketproof.competition.PoaCurve;

/**
 * The chart and the data of {@code plot-poa}: the price of anarchy of the equilibria found against
 * the coupling scale alpha ({@link PoaCurve}). Every figure is a deterministic computation (no
 * simulation), so the curve is drawn solid: a line through the first equilibrium found at each
 * alpha, an unfilled circle at every equilibrium (so several equilibria at one alpha all show),
 * alpha = 1 (the instance) and 1 / rho(Xi) (where equilibria stop existing under Theorem 1) as
 * vertical lines, and the range past the last alpha with an equilibrium shaded.
 */
final class PoaPlot {

    private static final Color CURVE = new Color(0, 114, 178);
    private static final Color LIMIT = new Color(200, 40, 40);
    private static final Color GREY = new Color(110, 110, 110);
    private static final Ellipse2D DOT = new Ellipse2D.Double(-3.5, -3.5, 7, 7);

    private PoaPlot() {
    }

    /**
     * @param curve the computed curve
     * @param title the chart's title
     * @return the chart
     */
    static JFreeChart chart(PoaCurve curve, String title) {
        double[] alphas = curve.alphas();
        double xMax = Double.isFinite(curve.limit()) ? curve.limit() : alphas[alphas.length - 1];
        XYSeries first = new XYSeries("first", false, true);
        XYSeries all = new XYSeries("all", false, true);
        double highest = 1;
        double lastFound = -1;
        for (int i = 0; i < alphas.length; i++) {
            double[] p = curve.poa().get(i);
            // a gap in the line where no equilibrium was found (JFreeChart skips a missing value)
            first.add(alphas[i], p.length > 0 ? Double.valueOf(p[0]) : null);
            for (double v : p) {
                all.add(alphas[i], v);
                highest = Math.max(highest, v);
            }
            lastFound = p.length > 0 ? alphas[i] : lastFound;
        }
        XYPlot plot = Chart.plot(Chart.axis("coupling scale alpha (Xi replaced by alpha Xi)", false),
                Chart.axis("price of anarchy (equilibrium social cost / optimum, >= 1)", false));
        plot.getDomainAxis().setRange(0, xMax);
        plot.getRangeAxis().setRange(1, 1 + Math.max((highest - 1) * 1.08, 1e-3));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, CURVE);
        line.setSeriesStroke(0, Chart.stroke(2f, false));
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, CURVE);
        dots.setSeriesShape(0, DOT);
        dots.setSeriesShapesFilled(0, false);
        plot.setDataset(0, new XYSeriesCollection(first));
        plot.setRenderer(0, line);
        plot.setDataset(1, new XYSeriesCollection(all));
        plot.setRenderer(1, dots);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(Chart.legendItem("price of anarchy, first equilibrium found", null, CURVE, Chart.stroke(2f, false)));
        legend.add(Chart.legendItem("every equilibrium found", DOT, CURVE, null));
        if (alphas[0] <= 1 && 1 <= xMax) {
            plot.addDomainMarker(Chart.verticalLine(1, "alpha = 1 (the instance)", GREY, true));
        }
        if (Double.isFinite(curve.limit())) {
            ValueMarker limit = Chart.verticalLine(curve.limit(), "1/rho(Xi)", LIMIT, false);
            // the line is the right edge of the plot: its label goes to the left of it, below alpha = 1's
            limit.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            limit.setLabelOffset(new RectangleInsets(20, 3, 3, 3));
            limit.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(limit);
            legend.add(Chart.legendItem("alpha = 1/rho(Xi): no equilibrium beyond (Theorem 1)", null, LIMIT,
                    Chart.stroke(1.5f, false)));
        }
        if (lastFound < alphas[alphas.length - 1]) {
            IntervalMarker none = new IntervalMarker(Math.max(0, lastFound), xMax, new Color(235, 235, 235));
            plot.addDomainMarker(none, Layer.BACKGROUND);
            legend.add(new LegendItem("shaded: no equilibrium found", new Color(215, 215, 215)));
        }
        return Chart.chart(title, plot, legend);
    }

    /**
     * @param curve the computed curve
     * @return one row per alpha: alpha, then the price of anarchy of each equilibrium found in the
     *     order found (column {@code PoA equilibrium k}; empty when fewer were found)
     */
    static DataTable data(PoaCurve curve) {
        int most = Math.max(1, curve.poa().stream().mapToInt(p -> p.length).max().orElse(0));
        List<String> header = new ArrayList<>(List.of("alpha"));
        for (int k = 1; k <= most; k++) {
            header.add("PoA equilibrium " + k);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < curve.alphas().length; i++) {
            List<String> row = new ArrayList<>(List.of(DataTable.number(curve.alphas()[i])));
            double[] p = curve.poa().get(i);
            for (int k = 0; k < most; k++) {
                row.add(k < p.length ? DataTable.number(p[k]) : "");
            }
            rows.add(row);
        }
        return new DataTable(header, rows);
    }
}
