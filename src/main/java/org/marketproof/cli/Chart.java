package org.marketproof.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The chart set-up both plots share (JFreeChart): size, fonts, axes with standard 1-2-5 tick units
 * whose labels are formatted in {@link Locale#ROOT} (JFreeChart's own tick formats follow the
 * default locale, which would print Arabic-Indic digits under {@code ar-EG}), strokes and a legend
 * built from explicit items, so what the legend says is exactly what the plot draws.
 */
final class Chart {

    /** Width of every plot, in pixels (PNG) or user units (SVG). */
    static final int WIDTH = 900;
    /** Height of every plot. */
    static final int HEIGHT = 560;

    private static final String FONT = Font.SANS_SERIF;

    private Chart() {
    }

    /**
     * @param label the axis label: the quantity and its unit
     * @param integers whether ticks fall on whole numbers only (counts)
     * @return a number axis whose ticks are 1, 2 or 5 times a power of ten, labelled in {@link Locale#ROOT}
     */
    static NumberAxis axis(String label, boolean integers) {
        NumberAxis axis = new NumberAxis(label);
        TickUnits units = new TickUnits();
        DecimalFormatSymbols root = DecimalFormatSymbols.getInstance(Locale.ROOT);
        for (int power = integers ? 0 : -9; power <= 12; power++) {
            DecimalFormat format = new DecimalFormat(power < 0 ? "0." + "0".repeat(-power) : "0", root);
            for (int factor : new int[] {1, 2, 5}) {
                units.add(new NumberTickUnit(factor * Math.pow(10, power), format, factor == 2 ? 4 : 5));
            }
        }
        axis.setStandardTickUnits(units);
        axis.setAutoRangeIncludesZero(false);
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 13));
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        axis.setMinorTickMarksVisible(true);
        return axis;
    }

    /**
     * @param x the horizontal axis
     * @param y the vertical axis
     * @return an empty plot on white with light grid lines, datasets drawn in the order they are
     *     added (so later ones lie on top)
     */
    static XYPlot plot(NumberAxis x, NumberAxis y) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(215, 215, 215));
        plot.setRangeGridlinePaint(new Color(215, 215, 215));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return plot;
    }

    /**
     * @param title the chart's title
     * @param plot the plot
     * @param legend the legend's items, in order
     * @return the chart, legend below the plot
     */
    static JFreeChart chart(String title, XYPlot plot, LegendItemCollection legend) {
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle box = chart.getLegend();
        box.setItemFont(new Font(FONT, Font.PLAIN, 12));
        box.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    /**
     * @param width the line width
     * @param dashed whether dashed (simulated figures) or solid (exact ones)
     * @return the stroke
     */
    static Stroke stroke(float width, boolean dashed) {
        return dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {7, 4}, 0)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * @param label the legend text
     * @param shape the marker shown, or null for a line only
     * @param paint the colour of line and marker
     * @param stroke the line shown, or null for the marker only
     * @return a legend item drawing a short line and/or an unfilled marker
     */
    static LegendItem legendItem(String label, Shape shape, Paint paint, Stroke stroke) {
        return new LegendItem(label, null, null, null, shape != null, shape != null ? shape : new Line2D.Double(), false,
                paint, shape != null, paint, new BasicStroke(1.2f), stroke != null, new Line2D.Double(-12, 0, 12, 0),
                stroke != null ? stroke : new BasicStroke(1), paint);
    }

    /**
     * @param x where, on the horizontal axis
     * @param label the text beside the line
     * @param paint its colour
     * @param dashed whether dashed
     * @return a vertical line across the plot, labelled at the top
     */
    static ValueMarker verticalLine(double x, String label, Color paint, boolean dashed) {
        ValueMarker m = new ValueMarker(x, paint, stroke(1.5f, dashed));
        m.setLabel(label);
        m.setLabelFont(new Font(FONT, Font.PLAIN, 12));
        m.setLabelPaint(paint);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return m;
    }
}
