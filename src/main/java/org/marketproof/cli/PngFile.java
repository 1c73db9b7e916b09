package org.marketproof.cli;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.marketproof.io.OutputFiles;

/**
 * The PNG file of a plot command's {@code --out}: checked before the plot is computed, encoded in
 * memory, then written whole through {@link OutputFiles}, so an unwritable path is bad input
 * (exit 2) and a failed run leaves no half-written image.
 */
final class PngFile {

    private PngFile() {
    }

    /** Refuses an {@code --out} path that could not be written, before any work is done. */
    static void checkWritable(Path out) {
        OutputFiles.checkWritable(out, "--out");
    }

    /** Writes {@code image} to {@code out}. */
    static void write(RenderedImage image, Path out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OutputFiles.write(out, bytes.toByteArray(), "--out");
    }
}
