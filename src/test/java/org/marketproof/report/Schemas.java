package org.marketproof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.marketproof.io.JsonInput;
import org.xml.sax.SAXException;

/**
 * Validation against published schemas: SARIF 2.1.0 and Surefire's JUnit XML (test resources
 * {@code schemas/}), and this tool's own output schemas ({@code specs/schemas/}).
 */
public final class Schemas {

    private Schemas() {
    }

    /** Asserts that {@code sarif} is valid against the published SARIF 2.1.0 schema. */
    public static void assertSarif(JsonNode sarif) {
        assertValid(SpecVersion.VersionFlag.V4, resource("/schemas/sarif-schema-2.1.0.json"), sarif);
    }

    /** Asserts that {@code document} is valid against {@code specs/schemas/NAME.schema.json}. */
    public static void assertSpec(String name, JsonNode document) {
        try {
            assertValid(SpecVersion.VersionFlag.V202012, Files.readString(Path.of("specs/schemas/" + name + ".schema.json")),
                    document);
        } catch (IOException e) {
            throw new AssertionError("no schema specs/schemas/" + name + ".schema.json", e);
        }
    }

    /** Asserts that {@code xml} is valid against Surefire's {@code surefire-test-report-3.0.xsd}. */
    public static void assertJunitXml(String xml) {
        try (InputStream xsd = Schemas.class.getResourceAsStream("/schemas/surefire-test-report-3.0.xsd")) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(xsd))
                    .newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not valid against surefire-test-report-3.0.xsd: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static void assertValid(SpecVersion.VersionFlag version, String schemaText, JsonNode document) {
        JsonSchema schema = JsonSchemaFactory.getInstance(version).getSchema(JsonInput.parse(schemaText, "schema"));
        Set<ValidationMessage> errors = schema.validate(document);
        assertEquals(Set.of(), errors, () -> "schema violations in " + document.toPrettyString());
    }

    private static String resource(String path) {
        try (InputStream in = Schemas.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("missing test resource " + path, e);
        }
    }
}
