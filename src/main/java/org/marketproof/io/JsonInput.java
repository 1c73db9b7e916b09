package org.marketproof.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.marketproof.InvalidInputException;

/**
 * Parsing JSON input documents strictly: no NaN or Infinity tokens (JSON has none), no duplicate
 * keys, nothing after the document, and no document larger than {@link #MAX_DOCUMENT_BYTES}.
 * Every problem is one {@link InvalidInputException} naming the file, or the key as the user wrote
 * it. Fields are then read through {@link JsonValue}.
 */
public final class JsonInput {

    /**
     * Largest input document read whole (16 MiB): far beyond any instance the checkers can decide
     * in reasonable time, and small enough that its tree fits in the default heap. Submitted
     * datasets, which may be larger, are streamed with their own limit.
     */
    public static final int MAX_DOCUMENT_BYTES = 16 << 20;

    /** Duplicate keys are refused by the parser itself, so that the key's path can be named. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    /** Floats are kept as written (BigDecimal), so that an out-of-range number is reported as given. */
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonInput() {
    }

    /** @return the shared mapper (strict parsing as above; also used to write JSON) */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** @return the shared parser factory, for streaming readers */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /**
     * @param file a JSON document
     * @return the top-level value of the document in {@code file}, named by the file in messages
     * @throws InvalidInputException naming the file as {@link #read} does
     */
    public static JsonValue document(Path file) {
        return JsonValue.root(read(file), file.toString());
    }

    /**
     * Parses a file into a tree.
     *
     * @param file a JSON document of at most {@link #MAX_DOCUMENT_BYTES} bytes
     * @return the parsed tree
     * @throws InvalidInputException naming the file if it cannot be read, is too large or is not
     *     valid JSON
     */
    public static JsonNode read(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > MAX_DOCUMENT_BYTES) {
                throw new InvalidInputException(name, "larger than " + (MAX_DOCUMENT_BYTES >> 20)
                        + " MiB, the limit for an input document");
            }
            return parse(bytes, name);
        } catch (IOException e) {
            throw problem(e, name);
        }
    }

    /**
     * Parses the bytes of a document (UTF-8, or another Unicode encoding with its byte-order mark).
     *
     * @param bytes the document's bytes
     * @param source the name used in messages
     * @return the parsed tree
     * @throws InvalidInputException naming {@code source} if the bytes are empty or not valid JSON
     *     (duplicate keys included)
     */
    public static JsonNode parse(byte[] bytes, String source) {
        try {
            return tree(MAPPER.readTree(bytes), source);
        } catch (IOException e) {
            throw problem(e, source);
        }
    }

    /**
     * Parses text into a tree.
     *
     * @param text the document's text
     * @param source the name used in messages
     * @return the parsed tree
     * @throws InvalidInputException naming {@code source} if the text is empty or not valid JSON
     *     (duplicate keys included)
     */
    public static JsonNode parse(String text, String source) {
        try {
            return tree(MAPPER.readTree(text), source);
        } catch (IOException e) {
            throw problem(e, source);
        }
    }

    private static JsonNode tree(JsonNode node, String source) {
        if (node == null || node.isMissingNode()) {
            throw new InvalidInputException(source, "empty file, expected a JSON document");
        }
        return node;
    }

    /**
     * @param e a failure to open, read or parse {@code source}
     * @param source the name used in messages
     * @return the one-line problem: a missing or unreadable file, a duplicate key named by its
     *     path, or the malformed place
     */
    public static InvalidInputException problem(IOException e, String source) {
        if (e instanceof NoSuchFileException) {
            return new InvalidInputException(source, "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new InvalidInputException(source, "permission denied");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return new InvalidInputException(source, "cannot be read: " + f.getReason().toLowerCase(Locale.ROOT));
        }
        if (!(e instanceof JsonProcessingException p)) {
            return new InvalidInputException(source, "cannot be read (" + e.getMessage() + ")");
        }
        String first = p.getOriginalMessage().lines().findFirst().orElse("");
        if (p instanceof JsonParseException pe && pe.getProcessor() != null && first.startsWith("Duplicate field")) {
            return new InvalidInputException(path(pe.getProcessor().getParsingContext(), source), "duplicate key");
        }
        String inside = p instanceof JsonParseException pe && pe.getProcessor() != null
                ? path(pe.getProcessor().getParsingContext(), "") : "";
        String where = (p.getLocation() == null ? "" : " at line " + p.getLocation().getLineNr() + ", column "
                + p.getLocation().getColumnNr()) + (inside.isEmpty() ? "" : " (in " + inside + ")");
        return new InvalidInputException(source, "malformed JSON" + where + ": " + plain(first));
    }

    /** @return the parser's description of a problem, without its advice on parser settings and sources */
    private static String plain(String problem) {
        return problem
                .replaceFirst(": enable .*$", " (not a JSON number)")
                .replaceFirst("^Trailing token .*$", "content after the end of the document")
                .replaceFirst("^Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*$",
                        "nested more than $2 levels deep")
                .replaceFirst("^Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*$",
                        "a number of more than $2 digits")
                .replaceFirst(" \\(start marker at .*$", "")
                .replaceFirst(" \\(not recognized as one since .*$", "");
    }

    /** @return the path of the parser's current place, as {@code buyers[1].name} */
    private static String path(JsonStreamContext context, String source) {
        StringBuilder b = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String step = c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName() == null ? ""
                    : (c.getParent() == null || c.getParent().inRoot() ? "" : ".") + JsonValue.key(c.getCurrentName());
            b.insert(0, step);
        }
        return b.length() == 0 ? source : b.toString();
    }
}
