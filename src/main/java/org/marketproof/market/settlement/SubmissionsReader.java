package org.marketproof.market.settlement;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marketproof.InvalidInputException;
import org.marketproof.io.JsonInput;
import org.marketproof.market.instance.MarketInstance;

/**
 * Reads submitted datasets, {@code {"lab-a": [x1, x2, ...], "lab-b": [...]}}, keyed by contributor
 * name. A contributor left out submitted nothing (an empty dataset).
 *
 * <p>The file is streamed: ten million points are read without building a JSON tree.
 */
public final class SubmissionsReader {

    /** Jackson's fast double parser is correctly rounded, like Double.parseDouble, and much faster. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

    private SubmissionsReader() {
    }

    /** @return Y_i for every contributor of {@code instance}, in its cost order */
    public static List<double[]> read(Path file, MarketInstance instance) {
        String name = file.toString();
        try (JsonParser p = FACTORY.createParser(Files.newInputStream(file))) {
            return read(p, instance, name);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, "no such file");
        } catch (JsonParseException e) {
            throw new InvalidInputException(name, "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + JsonInput.parserProblem(e));
        } catch (IOException e) {
            throw new InvalidInputException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Parses submissions from text (for tests and library use). */
    public static List<double[]> parse(String json, MarketInstance instance) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return read(p, instance, "submissions");
        } catch (JsonParseException e) {
            throw new InvalidInputException("submissions", "malformed JSON: " + JsonInput.parserProblem(e));
        } catch (IOException e) {
            throw new InvalidInputException("submissions", "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static List<double[]> read(JsonParser p, MarketInstance instance, String source) throws IOException {
        int n = instance.contributors().size();
        double[][] data = new double[n][];
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new InvalidInputException(source, "expected an object mapping contributor names to arrays of numbers");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int i = indexOf(instance, key);
            if (i < 0) {
                throw new InvalidInputException(key, "not a contributor of the instance");
            }
            if (data[i] != null) {
                throw new InvalidInputException(key, "submitted twice");
            }
            data[i] = points(p, key);
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

    private static double[] points(JsonParser p, String key) throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new InvalidInputException(key, "expected an array of numbers");
        }
        double[] buf = new double[16];
        int size = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
                throw new InvalidInputException(key + "[" + size + "]", "expected a number, found " + p.getText());
            }
            double x = p.getDoubleValue();
            if (!Double.isFinite(x)) {
                throw new InvalidInputException(key + "[" + size + "]", "number too large to handle: " + p.getText());
            }
            if (size == buf.length) {
                if (size == Integer.MAX_VALUE - 8) {
                    throw new InvalidInputException(key, "too many points");
                }
                buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8L, 2L * size));
            }
            buf[size++] = x;
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
