package org.marketproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The published SARIF 2.1.0 schema as a test oracle (src/test/resources/schemas/sarif-schema-2.1.0.json;
 * its source is in the README there).
 */
final class SarifSchema {

    private static final JsonSchema SCHEMA = load();

    private SarifSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<ValidationMessage> violations(JsonNode sarif) {
        return SCHEMA.validate(sarif);
    }

    static void assertValid(JsonNode sarif) {
        assertEquals(Set.of(), violations(sarif), "SARIF 2.1.0 schema violations");
    }
}
