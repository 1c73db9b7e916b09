package org.marketproof.io;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON object being read by {@link JsonValue#object}: the reader asks for each field as
 * {@link #required} or {@link #optional}, and the fields it asked for are the object's whole
 * vocabulary; anything else in the file is refused as an unknown field once the reader is done.
 * So the rules live in one place, the reader, and cannot drift from a separate list of names.
 */
public final class JsonObject {

    private final JsonValue self;
    private final Set<String> asked = new LinkedHashSet<>();
    private boolean open;

    JsonObject(JsonValue self) {
        this.self = self;
    }

    /** @return the object itself, for rules about several of its fields */
    public JsonValue self() {
        return self;
    }

    /**
     * @param name the field's key
     * @return the field {@code name}, which must be present and not null
     * @throws org.marketproof.InvalidInputException naming the field if it is missing or null (with
     *     a "did you mean" for a near-miss key)
     */
    public JsonValue required(String name) {
        asked.add(name);
        JsonValue v = self.child(name);
        if (v.absent() || v.isNull()) {
            throw v.problem("missing" + misspelling(name));
        }
        return v;
    }

    /**
     * @param name the field's key
     * @return the field {@code name}, or empty when it is left out; an explicit {@code null} is
     *     refused rather than read as left out
     */
    public Optional<JsonValue> optional(String name) {
        asked.add(name);
        JsonValue v = self.child(name);
        if (v.isNull()) {
            throw v.problem("must not be null (leave the field out for its default)");
        }
        return v.absent() ? Optional.empty() : Optional.of(v);
    }

    /**
     * @param name the field's key
     * @return whether the optional field {@code name} is given (an explicit {@code null} is refused)
     */
    public boolean has(String name) {
        return optional(name).isPresent();
    }

    /**
     * @return every field, for an object whose keys are names chosen by the user (such as
     *     contributors or aggregators); no field of it is unknown
     */
    public List<Map.Entry<String, JsonValue>> entries() {
        open = true;
        List<Map.Entry<String, JsonValue>> out = new ArrayList<>();
        for (Iterator<String> it = self.node().fieldNames(); it.hasNext(); ) {
            String name = it.next();
            out.add(Map.entry(name, self.child(name)));
        }
        return out;
    }

    void refuseUnknown() {
        if (open) {
            return;
        }
        for (Iterator<String> it = self.node().fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!asked.contains(name)) {
                throw self.child(name).problem("unknown field (expected " + (asked.isEmpty() ? "no fields"
                        : asked.size() == 1 ? "only " + asked.iterator().next() : "one of " + String.join(", ", asked))
                        + ")");
            }
        }
    }

    /** @return a hint naming a field of the file that looks like a misspelling of {@code name} */
    private String misspelling(String name) {
        for (Iterator<String> it = self.node().fieldNames(); it.hasNext(); ) {
            String given = it.next();
            if (!asked.contains(given) && close(given.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT))) {
                return " (the file has \"" + given + "\": misspelt?)";
            }
        }
        return "";
    }

    /** @return whether the two names are at most two edits apart (Levenshtein distance) */
    private static boolean close(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()] <= 2;
    }
}
