package org.marketproof.market.settlement;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marketproof.InvalidInputException;
import org.marketproof.claims.Progress;
import org.marketproof.io.DocumentKind;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonValue;
import org.marketproof.market.instance.MarketInstance;

/**
 * Reads submitted datasets, {@code {"lab-a": [x1, x2, ...], "lab-b": [...]}}, keyed by contributor
 * name. A contributor left out submitted nothing (an empty dataset).
 *
 * <p>The file is streamed: ten million points are read without building a JSON tree. At most
 * {@link #MAX_POINTS} points are read in all, so that a huge file is refused before it exhausts
 * memory.
 */
public final class SubmissionsReader {

    /** Most points read from a submissions file, in all: 160 MB of doubles. */
    public static final int MAX_POINTS = 20_000_000;

    /** Points between two progress reports. */
    private static final int REPORT_EVERY = 1 << 16;

    private SubmissionsReader() {
    }

    /**
     * @param file a submissions file
     * @param instance the instance whose contributors submitted
     * @return Y_i for every contributor of {@code instance}, in its cost order
     * @throws org.marketproof.InvalidInputException naming the field if the file cannot be read,
     *     is malformed, names unknown contributors, or holds more than {@link #MAX_POINTS} points
     */
    public static List<double[]> read(Path file, MarketInstance instance) {
        return read(file, instance, Progress.NONE);
    }

    /**
     * @param file a submissions file
     * @param instance the instance whose contributors submitted
     * @param progress told the bytes of the file read so far, of its size, every {@value #REPORT_EVERY} points
     * @return Y_i for every contributor of {@code instance}, in its cost order
     * @throws org.marketproof.InvalidInputException as {@link #read(Path, MarketInstance)} does
     */
    public static List<double[]> read(Path file, MarketInstance instance, Progress progress) {
        String name = file.toString();
        try (JsonParser p = JsonInput.factory().createParser(Files.newInputStream(file))) {
            long size = Files.size(file);
            List<double[]> out = read(p, instance, name, progress, size);
            progress.report(size, size, "read");
            return out;
        } catch (IOException e) {
            throw JsonInput.problem(e, name);
        }
    }

    /**
     * Parses submissions from text (for tests and library use).
     *
     * @param json the text of a submissions file
     * @param instance the instance whose contributors submitted
     * @return Y_i for every contributor of {@code instance}, in its cost order
     * @throws org.marketproof.InvalidInputException naming the field as {@link #read} does
     */
    public static List<double[]> parse(String json, MarketInstance instance) {
        return parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), instance);
    }

    /**
     * Parses submissions from the bytes of a file.
     *
     * @param json the bytes of a submissions file
     * @param instance the instance whose contributors submitted
     * @return Y_i for every contributor of {@code instance}, in its cost order
     * @throws org.marketproof.InvalidInputException naming the field as {@link #read} does
     */
    public static List<double[]> parse(byte[] json, MarketInstance instance) {
        try (JsonParser p = JsonInput.factory().createParser(json)) {
            return read(p, instance, "submissions", Progress.NONE, json.length);
        } catch (IOException e) {
            throw JsonInput.problem(e, "submissions");
        }
    }

    private static List<double[]> read(JsonParser p, MarketInstance instance, String source, Progress progress,
            long bytes) throws IOException {
        int n = instance.contributors().size();
        double[][] data = new double[n][];
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new InvalidInputException(source, "expected an object mapping contributor names to arrays of numbers");
        }
        long total = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = JsonValue.key(p.currentName());
            int i = indexOf(instance, p.currentName());
            if (i < 0) {
                throw new InvalidInputException(key, DocumentKind.marked(p.currentName())
                        .map(k -> "not a contributor of the instance (" + source + " looks like " + k.description()
                                + ", expected " + DocumentKind.SUBMISSIONS.description() + ")")
                        .orElse("not a contributor of the instance"));
            }
            data[i] = points(p, key, MAX_POINTS - total, progress, bytes);
            total += data[i].length;
        }
        if (p.nextToken() != null) {
            throw new InvalidInputException(source, "unexpected content after the submissions object");
        }
        List<double[]> out = new ArrayList<>();
        for (double[] d : data) {
            out.add(d == null ? new double[0] : d);
        }
        return out;
    }

    /** @return the array of numbers at {@code key}, of at most {@code room} points */
    private static double[] points(JsonParser p, String key, long room, Progress progress, long bytes)
            throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new InvalidInputException(key, "expected an array of numbers");
        }
        double[] buf = new double[16];
        int size = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
                throw new InvalidInputException(key + "[" + size + "]", "expected a number, found "
                        + (t == JsonToken.START_ARRAY ? "an array" : t == JsonToken.START_OBJECT ? "an object" : p.getText()));
            }
            double x = p.getDoubleValue();
            if (!Double.isFinite(x)) {
                throw new InvalidInputException(key + "[" + size + "]", "number too large to handle: " + p.getText());
            }
            if (size == room) {
                throw new InvalidInputException(key, "more than " + MAX_POINTS + " points in all (the limit)");
            }
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(MAX_POINTS, 2L * size));
            }
            buf[size++] = x;
            if (size % REPORT_EVERY == 0) {
                progress.report(p.currentLocation().getByteOffset(), bytes, key + ": " + size + " points");
            }
        }
        return Arrays.copyOf(buf, size);
    }
    private static int indexOf(MarketInstance instance, String name) {
        for (int i = 0; i < instance.contributors().size(); i++) {
            if (instance.contributors().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
