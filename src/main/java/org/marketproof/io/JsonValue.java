package org.marketproof.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.marketproof.InvalidInputException;

/**
 * One value of a JSON input document, together with the path by which the user wrote it (for
 * example {@code buyers[2].valuation.scale}). Every accessor either returns a value that passed
 * its check or throws one {@link InvalidInputException} naming that path; there are no defaults
 * here: optional fields are {@link JsonObject#optional}, so that a reader says which fields may be
 * left out.
 *
 * <p>Numbers are kept as written (floats are read as {@link BigDecimal}), so a number too large
 * for a double is refused as written instead of becoming Infinity, and an integer field accepts
 * {@code 3.0} or {@code 1e3} but not {@code 2.5}.
 */
public final class JsonValue {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_+-]+");

    private final JsonNode node;
    private final String path;
    private final String document;

    private JsonValue(JsonNode node, String path, String document) {
        this.node = node;
        this.path = path;
        this.document = document;
    }

    /**
     * @param node a parsed document
     * @param document names the whole document in messages about its top level (a file name)
     * @return the document's top-level value
     */
    public static JsonValue root(JsonNode node, String document) {
        return new JsonValue(node, "", document);
    }

    JsonValue child(String name) {
        return new JsonValue(node.get(name), path.isEmpty() ? key(name) : path + "." + key(name), document);
    }

    /**
     * @param name an object key
     * @return {@code name} as a step of a path: as written when it is a plain word ({@code lab-a},
     *     {@code s1}), else JSON-quoted ({@code ""}, {@code "lab a"}), so that every path names one place
     */
    public static String key(String name) {
        return PLAIN.matcher(name).matches() ? name : JsonNodeFactory.instance.textNode(name).toString();
    }

    private JsonValue element(int index) {
        return new JsonValue(node.get(index), path + "[" + index + "]", document);
    }

    /** @return the path of this value as the user wrote it, or the document's name at the top level */
    public String path() {
        return path.isEmpty() ? document : path;
    }

    /**
     * @param relative a path relative to this value, as a domain check names it ({@code x[0]})
     * @return the path of that place as the user wrote it ({@code sources[2].x[0]})
     */
    public String below(String relative) {
        return path.isEmpty() ? relative : path + (relative.startsWith("[") ? "" : ".") + relative;
    }

    /** @return the parsed value (never null or JSON null: {@link #present()} is checked first) */
    public JsonNode node() {
        present();
        return node;
    }

    /**
     * @param problem what is wrong, phrased to complete "path: ..."
     * @return a problem with this value, for the caller to throw
     */
    public InvalidInputException problem(String problem) {
        return new InvalidInputException(path(), problem);
    }

    /**
     * Checks a rule about this value.
     *
     * @param holds whether the rule holds
     * @param rule phrased to complete "path: ...", for example {@code "must be in (0, 1]"}; the
     *     value as written is appended
     * @throws InvalidInputException naming this value's path unless {@code holds}
     */
    public void check(boolean holds, String rule) {
        if (!holds) {
            throw problem(rule + ", found " + written());
        }
    }

    /** @return the value as written in the file, for messages */
    public String written() {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return node.isTextual() ? "\"" + node.asText() + "\"" : node.toString();
    }

    private JsonValue present() {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw problem("missing");
        }
        return this;
    }

    private String type() {
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    private void expect(Predicate<JsonNode> holds, String what) {
        present();
        if (!holds.test(node)) {
            throw problem("expected " + what + ", found " + type());
        }
    }

    /** @return the non-blank string */
    public String string() {
        expect(JsonNode::isTextual, "a string");
        if (node.asText().isBlank()) {
            throw problem("must not be blank");
        }
        return node.asText();
    }

    /**
     * @param allowed the accepted strings
     * @return the string, which must be one of {@code allowed}
     */
    public String oneOf(List<String> allowed) {
        return oneOf(allowed, Function.identity());
    }

    /**
     * @param <E> the options' type
     * @param options the accepted options
     * @param written each option's name as written in the document
     * @return the option whose written name is this string
     */
    public <E> E oneOf(List<E> options, Function<E, String> written) {
        String s = string();
        List<String> names = options.stream().map(written).toList();
        int i = names.indexOf(s);
        if (i < 0) {
            throw problem("unknown value " + written() + " (expected " + Words.or(names) + ")");
        }
        return options.get(i);
    }

    /** @return the finite number */
    public double number() {
        expect(JsonNode::isNumber, "a number");
        double x = node.doubleValue();
        if (!Double.isFinite(x)) {
            throw problem("number too large to handle: " + node.asText());
        }
        return x;
    }

    /** @return the number, which must be {@code > 0} */
    public double positive() {
        double x = number();
        check(x > 0, "must be > 0");
        return x;
    }

    /**
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @return the number, which must lie in {@code [min, max]}
     */
    public double within(double min, double max) {
        double x = number();
        check(x >= min && x <= max, "must be in [" + Words.number(min) + ", " + Words.number(max) + "]");
        return x;
    }

    /**
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @return the whole number, which must lie in {@code [min, max]} ({@code 3.0} is whole,
     *     {@code 3.5} is refused)
     */
    public long integer(long min, long max) {
        expect(JsonNode::isNumber, "a whole number");
        BigDecimal x = node.decimalValue();
        check(x.signum() == 0 || x.stripTrailingZeros().scale() <= 0, "must be a whole number");
        check(x.compareTo(BigDecimal.valueOf(min)) >= 0 && x.compareTo(BigDecimal.valueOf(max)) <= 0,
                "must be between " + min + " and " + max);
        return x.longValueExact();
    }

    /**
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @return the whole number, which must lie in {@code [min, max]}
     */
    public int integer(int min, int max) {
        return (int) integer((long) min, (long) max);
    }

    /** @return any whole number that fits in 64 bits, such as a seed */
    public long anyLong() {
        return integer(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** @return the elements of the array, which may be empty */
    public List<JsonValue> elements() {
        expect(JsonNode::isArray, "an array");
        List<JsonValue> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(element(i));
        }
        return out;
    }

    /** @return the elements of the array, which must have at least one */
    public List<JsonValue> nonEmptyElements() {
        List<JsonValue> out = elements();
        if (out.isEmpty()) {
            throw problem("must not be empty");
        }
        return out;
    }

    /** @return the array of finite numbers, which may be empty */
    public double[] numbers() {
        List<JsonValue> e = elements();
        double[] x = new double[e.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = e.get(i).number();
        }
        return x;
    }

    /**
     * Reads this value as an object: {@code read} asks for its fields, required or optional, and
     * every field it did not ask for is refused afterwards as unknown, so a misspelt key is
     * never ignored.
     *
     * @param <T> what the object is read into
     * @param read builds the result from the object's fields
     * @return what {@code read} builds from the object
     */
    public <T> T object(Function<JsonObject, T> read) {
        expect(JsonNode::isObject, "an object");
        JsonObject o = new JsonObject(this);
        T result = read.apply(o);
        o.refuseUnknown();
        return result;
    }

    /**
     * @param name the field's key
     * @return the field {@code name} of this object, to decide how to read the object (such as its
     *     format); the object itself is then read with {@link #object}, which checks its fields
     */
    public JsonValue peek(String name) {
        expect(JsonNode::isObject, "an object");
        return child(name);
    }

    /** @return whether this value is absent from its object */
    boolean absent() {
        return node == null;
    }

    /** @return whether this value is written as JSON null */
    boolean isNull() {
        return node != null && node.isNull();
    }
}
