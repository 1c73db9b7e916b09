package org.marketproof.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marketproof.io.JsonOutput;

/** Machine-readable output of a document built as a tree: field names are documented in {@code specs/cli.md}. */
final class JsonOut {

    private JsonOut() {
    }

    static String pretty(ObjectNode node) {
        return JsonOutput.text(node);
    }
}
