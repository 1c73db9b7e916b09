package org.marketproof.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of input document, told apart by their top-level fields (formats in {@code specs/},
 * schemas in {@code specs/schemas/}), so that a file given to the wrong command is refused as
 * the wrong kind of file rather than by its first missing field.
 */
public enum DocumentKind {
    /** A market instance (paper 000): {@code variance}, {@code contributors}, {@code buyers}. */
    MARKET_INSTANCE("a market instance file", "variance", "contributors", "buyers"),
    /** An instance with a given Algorithm 1 output: {@code instance}, {@code pricing}. */
    SCENARIO("a scenario file", "instance", "pricing"),
    /** A competitive market (paper 003): {@code sources}, {@code aggregators}. */
    COMPETITION("a competition file", "sources", "aggregators", "couplingScale"),
    /** A certificate of either paper: {@code format}. */
    CERTIFICATE("a certificate file", "format"),
    /** Accepted findings of {@code verify --baseline}: {@code accepted}. */
    BASELINE("a baseline file", "accepted"),
    /** Submitted datasets, keyed by contributor names (no fixed fields). */
    SUBMISSIONS("a submissions file");

    private final String description;
    private final List<String> markers;

    DocumentKind(String description, String... markers) {
        this.description = description;
        this.markers = List.of(markers);
    }

    /** @return for example "a market instance file" */
    public String description() {
        return description;
    }

    /**
     * @param field the name of a top-level field
     * @return the kind a top-level field marks, if it marks one
     */
    public static Optional<DocumentKind> marked(String field) {
        return Arrays.stream(values()).filter(k -> k.markers.contains(field)).findFirst();
    }

    /**
     * @param root the parsed document; anything but an object has no kind
     * @return the kind of the document: a certificate if it has a {@code format}, else a scenario if
     *     it has an {@code instance}, else the kind any other top-level field marks
     */
    public static Optional<DocumentKind> of(JsonNode root) {
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        for (DocumentKind k : List.of(CERTIFICATE, SCENARIO, COMPETITION, MARKET_INSTANCE, BASELINE)) {
            if (k.markers.stream().anyMatch(root::has)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a document that is recognisably of another kind than those {@code accepted}.
     *
     * @param document the document's top-level value
     * @param accepted the kinds the caller reads
     * @return the document's kind, one of {@code accepted}, or empty when it is not recognisable
     *     (its fields are then checked one by one)
     * @throws org.marketproof.InvalidInputException naming the document if it is of another kind
     */
    public static Optional<DocumentKind> expect(JsonValue document, DocumentKind... accepted) {
        Optional<DocumentKind> kind = of(document.node());
        if (kind.isPresent() && !Arrays.asList(accepted).contains(kind.get())) {
            throw document.problem("is " + kind.get().description + ", expected "
                    + Words.or(Arrays.stream(accepted).map(DocumentKind::description).toList()));
        }
        return kind;
    }
}
