package org.marketproof.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.io.Decimals;
import org.marketproof.io.JsonInput;

/** Machine-readable output: field names are documented in {@code specs/cli.md}. */
final class JsonOut {

    private JsonOut() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** @return an exact number as {@code {"decimal": "...", "exact": "p/q"}} */
    static ObjectNode exact(BigFraction x) {
        ObjectNode n = object();
        n.put("decimal", Decimals.decimal(x));
        n.put("exact", Decimals.fraction(x));
        return n;
    }

    static String pretty(ObjectNode node) {
        try {
            return JsonInput.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
