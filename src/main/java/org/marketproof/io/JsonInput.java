package org.marketproof.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.marketproof.InvalidInputException;

/**
 * Reading JSON input files with one clear message per problem.
 *
 * <p>Every accessor takes the path of the field being read (for example
 * {@code buyers[2].valuation.scale}) and throws {@link InvalidInputException} naming it when the
 * field is missing, has the wrong type, or is out of range. JSON itself has no NaN or Infinity; a
 * number too large for a double is reported as too large rather than read as Infinity.
 */
public final class JsonInput {

    /** Floats are kept as written (BigDecimal), so that an out-of-range number is reported as given. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private JsonInput() {
    }

    /** @return the shared mapper, configured to reject trailing tokens and duplicate keys */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Parses a file into a tree.
     *
     * @throws InvalidInputException naming the file if it cannot be read or is not valid JSON
     */
    public static JsonNode read(Path file) {
        String name = file.toString();
        try {
            return parse(Files.readString(file), name);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Parses text into a tree.
     *
     * @param source the name used in messages
     */
    public static JsonNode parse(String text, String source) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new InvalidInputException(source, "empty file, expected a JSON document");
            }
            return node;
        } catch (JsonParseException e) {
            throw new InvalidInputException(source, "malformed JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + ": " + parserProblem(e));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source, "malformed JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * @return the parser's description of the problem, first line only, without its advice on
     *     parser settings (JSON has no NaN or Infinity, and this tool does not accept them)
     */
    public static String parserProblem(JsonParseException e) {
        String first = e.getOriginalMessage().lines().findFirst().orElse("");
        int advice = first.indexOf(": enable ");
        return advice < 0 ? first : first.substring(0, advice) + " (not a JSON number)";
    }

    /** @return the object at {@code path} */
    public static JsonNode object(JsonNode node, String path) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new InvalidInputException(path, "missing");
        }
        if (!node.isObject()) {
            throw new InvalidInputException(path, "expected an object");
        }
        return node;
    }

    /** @return the array at {@code path}, which may be empty */
    public static JsonNode array(JsonNode node, String path) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new InvalidInputException(path, "missing");
        }
        if (!node.isArray()) {
            throw new InvalidInputException(path, "expected an array");
        }
        return node;
    }

    /** @return the non-empty array at {@code path} */
    public static JsonNode nonEmptyArray(JsonNode node, String path) {
        array(node, path);
        if (node.isEmpty()) {
            throw new InvalidInputException(path, "must not be empty");
        }
        return node;
    }

    /** @return the non-blank string field {@code name} of {@code parent} */
    public static String string(JsonNode parent, String name, String path) {
        return string(parent.get(name), path);
    }

    /** @return the non-blank string at {@code node} (for example an array element) */
    public static String string(JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new InvalidInputException(path, "missing");
        }
        if (!node.isTextual()) {
            throw new InvalidInputException(path, "expected a string");
        }
        if (node.asText().isBlank()) {
            throw new InvalidInputException(path, "must not be blank");
        }
        return node.asText();
    }

    /** @return the finite number at {@code node} */
    public static double number(JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new InvalidInputException(path, "missing");
        }
        if (!node.isNumber()) {
            throw new InvalidInputException(path, "expected a number, found " + node.getNodeType().toString().toLowerCase());
        }
        double x = node.doubleValue();
        if (!Double.isFinite(x)) {
            throw new InvalidInputException(path, "number too large to handle: " + node.asText());
        }
        return x;
    }

    /**
     * @return the finite number field {@code name} of {@code parent}, or {@code absent} if the field
     *     is not there; an explicit {@code null} is rejected rather than read as absent
     */
    public static double number(JsonNode parent, String name, String path, double absent) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return absent;
        }
        if (node.isNull()) {
            throw new InvalidInputException(path, "expected a number, found null (omit the field for the default)");
        }
        return number(node, path);
    }

    /** @return the number field {@code name}, which must be finite and strictly positive */
    public static double positive(JsonNode parent, String name, String path) {
        double x = number(parent.get(name), path);
        if (!(x > 0)) {
            throw new InvalidInputException(path, "must be > 0, found " + parent.get(name).asText());
        }
        return x;
    }

    /** @return the integer field {@code name} in {@code [min, max]}, or {@code absent} if missing */
    public static long integer(JsonNode parent, String name, String path, long min, long max, long absent) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return absent;
        }
        if (!node.isIntegralNumber() && !(node.isNumber() && node.doubleValue() == Math.rint(node.doubleValue()))) {
            throw new InvalidInputException(path, "expected a whole number, found " + node.asText());
        }
        if (!node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
            throw new InvalidInputException(path, "must be between " + min + " and " + max + ", found " + node.asText());
        }
        return node.asLong();
    }

    /** Rejects fields of {@code node} not in {@code allowed}, so that a misspelt key is not ignored. */
    public static void onlyFields(JsonNode node, String path, String... allowed) {
        Set<String> ok = new HashSet<>(java.util.List.of(allowed));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ok.contains(f)) {
                throw new InvalidInputException(path.isEmpty() ? f : path + "." + f,
                        "unknown field (expected one of " + String.join(", ", allowed) + ")");
            }
        }
    }
}
