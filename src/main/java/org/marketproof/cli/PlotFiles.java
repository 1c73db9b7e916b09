package org.marketproof.cli;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.marketproof.InvalidInputException;
import org.marketproof.io.OutputFiles;
import picocli.CommandLine.Option;

/**
 * The files of a plot command: {@code --out}, the image in the format its extension names (PNG or
 * SVG), and {@code --data}, the plotted numbers as CSV ({@link DataTable}). Both are checked before
 * the plot is computed and written whole through {@link OutputFiles}, so an unwritable path is bad
 * input (exit 2) and a failed run leaves no half-written file.
 *
 * <p>Both formats are byte-for-byte reproducible: the PNG is encoded by ImageIO, which writes no
 * time stamp, and the SVG's definition ids get a fixed prefix instead of JFreeSVG's default
 * {@code System.nanoTime()}.
 */
final class PlotFiles {

    /** The image file; its extension names the format. */
    @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.svg",
            description = "the image to write: PNG or SVG, by the file's extension")
    Path out;

    /** The CSV file of the plotted numbers, or null for none. */
    @Option(names = "--data", paramLabel = "FILE.csv",
            description = "also write the plotted numbers as CSV (format in specs/cli.md)")
    Path data;

    /** Refuses an unknown image format or a path that could not be written, before any work is done. */
    void check() {
        String name = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw new InvalidInputException("--out", "the image format comes from the extension, .png or .svg; found \""
                    + out.getFileName() + "\"");
        }
        OutputFiles.checkWritable(out, "--out");
        if (data != null) {
            if (data.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new InvalidInputException("--data", "the same file as --out");
            }
            OutputFiles.checkWritable(data, "--data");
        }
    }

    /**
     * Writes the image, then the data file if one was asked for.
     *
     * @param chart the chart, drawn at {@link Chart#WIDTH} x {@link Chart#HEIGHT}
     * @param table the plotted numbers
     * @return what was written, for the command's report line
     */
    String write(JFreeChart chart, DataTable table) {
        boolean svg = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".svg");
        OutputFiles.write(out, svg ? svg(chart) : png(chart), "--out");
        if (data == null) {
            return "wrote " + out;
        }
        OutputFiles.write(data, table.csv(), "--data");
        return "wrote " + out + " and " + data;
    }

    private static byte[] png(JFreeChart chart) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(chart.createBufferedImage(Chart.WIDTH, Chart.HEIGHT), "png", bytes)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(Chart.WIDTH, Chart.HEIGHT);
        g.setDefsKeyPrefix("marketproof");
        chart.draw(g, new Rectangle2D.Double(0, 0, Chart.WIDTH, Chart.HEIGHT));
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }
}
