package org.marketproof.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.marketproof.competition.PoaCurve;

/** Draws a {@link PoaCurve} with Java2D into an image (headless). */
public final class PoaPlot {
    private static final int W = 900;
    private static final int H = 560;
    private static final int LEFT = 100;
    private static final int RIGHT = 40;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;

    private PoaPlot() {}

    /** @return a tick spacing of 1, 2 or 5 times a power of ten giving about five ticks over {@code range} */
    static double niceStep(double range) {
        double raw = range / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / power;
        return power * (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10);
    }

    /** @return the plot, with a title naming the instance */
    public static BufferedImage render(PoaCurve curve, String title) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        double xMax = Double.isFinite(curve.limit()) ? curve.limit() : curve.alphas()[curve.alphas().length - 1];
        double highest = 1;
        for (double[] p : curve.poa()) {
            for (double v : p) {
                highest = Math.max(highest, v);
            }
        }
        double yStep = niceStep((highest - 1) * 1.05 + 1e-3);
        double yMin = 1;
        double yMax = 1 + yStep * Math.ceil(((highest - 1) * 1.05 + 1e-3) / yStep);
        double xStep = niceStep(xMax);
        int pw = W - LEFT - RIGHT;
        int ph = H - TOP - BOTTOM;
        java.util.function.DoubleUnaryOperator px = x -> LEFT + x / xMax * pw;
        java.util.function.DoubleUnaryOperator py = y -> TOP + (yMax - y) / (yMax - yMin) * ph;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(new Color(230, 230, 230));
        for (double yv = yMin; yv <= yMax + yStep / 2; yv += yStep) {
            int y = (int) py.applyAsDouble(yv);
            g.drawLine(LEFT, y, LEFT + pw, y);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, pw, ph);
        for (double yv = yMin; yv <= yMax + yStep / 2; yv += yStep) {
            int y = (int) py.applyAsDouble(yv);
            g.drawLine(LEFT - 5, y, LEFT, y);
            String label = String.format(Locale.ROOT, "%.4g", yv);
            g.drawString(label, LEFT - 10 - g.getFontMetrics().stringWidth(label), y + 5);
        }
        for (double xv = 0; xv <= xMax * (1 + 1e-9); xv += xStep) {
            int x = (int) px.applyAsDouble(xv);
            g.drawLine(x, TOP + ph, x, TOP + ph + 5);
            String label = String.format(Locale.ROOT, "%.3g", xv);
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, TOP + ph + 22);
        }
        double lastFound = -1;
        for (int i = 0; i < curve.alphas().length; i++) {
            if (curve.poa().get(i).length > 0) {
                lastFound = curve.alphas()[i];
            }
        }
        if (lastFound < curve.alphas()[curve.alphas().length - 1]) {
            int from = (int) px.applyAsDouble(Math.max(0, lastFound));
            g.setColor(new Color(242, 242, 242));
            g.fillRect(from + 1, TOP + 1, LEFT + pw - from - 1, ph - 1);
            g.setColor(new Color(110, 110, 110));
            g.drawString("no equilibrium found", from + 8, TOP + ph / 2);
            g.setColor(Color.BLACK);
        }
        g.drawString("coupling scale alpha (Xi replaced by alpha Xi)", LEFT + pw / 2 - 150, H - 20);
        g.setColor(new Color(30, 90, 200));
        g.drawString("dots: every equilibrium found; line: the first one", LEFT + pw - 320, TOP - 8);
        g.setColor(Color.BLACK);
        Graphics2D rot = (Graphics2D) g.create();
        rot.rotate(-Math.PI / 2);
        rot.drawString("price of anarchy", -(TOP + ph / 2 + 50), 18);
        rot.dispose();
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, LEFT, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        if (curve.alphas()[0] <= 1 && 1 <= xMax) {
            g.setColor(new Color(120, 120, 120));
            int x1 = (int) px.applyAsDouble(1);
            g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 4}, 0));
            g.drawLine(x1, TOP, x1, TOP + ph);
            g.drawString("alpha = 1 (the instance)", x1 + 4, TOP + 15);
        }
        if (Double.isFinite(curve.limit())) {
            g.setColor(new Color(200, 40, 40));
            int xl = (int) px.applyAsDouble(curve.limit());
            g.setStroke(new BasicStroke(2));
            g.drawLine(xl, TOP, xl, TOP + ph);
            g.drawString("1/rho(Xi): no GNE beyond", xl - 170, TOP + 35);
        }
        g.setColor(new Color(30, 90, 200));
        g.setStroke(new BasicStroke(2));
        int prevX = -1;
        int prevY = -1;
        for (int i = 0; i < curve.alphas().length; i++) {
            double[] p = curve.poa().get(i);
            int x = (int) px.applyAsDouble(curve.alphas()[i]);
            for (double v : p) {
                int y = (int) py.applyAsDouble(v);
                g.fillOval(x - 3, y - 3, 6, 6);
            }
            if (p.length > 0) {
                int y = (int) py.applyAsDouble(p[0]);
                if (prevX >= 0) {
                    g.drawLine(prevX, prevY, x, y);
                }
                prevX = x;
                prevY = y;
            } else {
                prevX = -1;
            }
        }
        g.dispose();
        return img;
    }
}
