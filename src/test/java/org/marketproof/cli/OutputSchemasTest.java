package org.marketproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonOutput;

/**
 * Every command's {@code --json} output is valid under its schema in {@code specs/schemas/}
 * (COMMAND.schema.json) and carries the output format's version, and exact figures in it agree
 * with each other exactly.
 */
class OutputSchemasTest {

    private static final Path SCHEMAS = Path.of("specs/schemas");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("https://marketproof.org/schemas/", SCHEMAS.toUri().toString())));
    private static final String EXAMPLES = "src/main/resources/examples/";

    /** Runs {@code args} with {@code --json} and returns its document, valid under its command's schema. */
    private static JsonNode validDocument(int expectedExit, String... args) {
        return validDocument(Set.of(expectedExit), args);
    }

    private static JsonNode validDocument(Set<Integer> expectedExits, String... args) {
        String[] withJson = java.util.Arrays.copyOf(args, args.length + 1);
        withJson[args.length] = "--json";
        CliRun run = CliRun.of(withJson);
        assertTrue(expectedExits.contains(run.exit()), run.exit() + " " + run.err());
        JsonNode doc = JsonInput.parse(run.out(), "stdout");
        assertValid(args[0], doc);
        return doc;
    }

    /** Asserts that {@code doc} is a valid {@code command --json} document of the current version. */
    static void assertValid(String command, JsonNode doc) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("https://marketproof.org/schemas/" + command + ".schema.json"));
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), () -> errors + "\n" + doc.toPrettyString());
        assertEquals(command, doc.get("command").asText());
        assertEquals(JsonOutput.VERSION, doc.get("version").asInt());
    }

    @ParameterizedTest
    @CsvSource({"competition-theorem1.json", "competition-example.json", "competition-bounded.json"})
    void equilibrium(String example) {
        JsonNode doc = validDocument(0, "equilibrium", EXAMPLES + example);
        assertFalse(doc.has("seed"), "the seed is printed only when the oracle drew random points");
        for (JsonNode e : doc.get("equilibria")) {
            // The exact coefficients are the doubles' exact source: they round to them.
            e.path("aExact").fields().forEachRemaining(row -> row.getValue().fields().forEachRemaining(entry ->
                    assertEquals(CliRun.exact(entry.getValue()).doubleValue(),
                            e.get("a").get(row.getKey()).get(entry.getKey()).asDouble(), 0.0, entry.getKey())));
        }
    }

    @Test
    void equilibriumWithTheOracleCarriesItsSeed() {
        JsonNode doc = validDocument(0, "equilibrium", EXAMPLES + "competition-example.json", "--oracle", "--seed", "7");
        assertEquals(7, doc.get("seed").asLong());
        assertTrue(doc.get("equilibria").get(0).has("oracle"));
    }

    @Test
    void exploitCertifiedDeviationIsExactAndItsGainIsTheDifferenceOfTheUtilities() {
        JsonNode doc = validDocument(Main.EXIT_CLAIM_FALSIFIED, "exploit", EXAMPLES + "strategic-negative-w.json");
        JsonNode cheap = doc.get("contributors").get(0);
        assertTrue(cheap.get("certified").asBoolean());
        assertEquals(CliRun.exact(cheap.get("deviating").get("exact")).subtract(CliRun.exact(cheap.get("recommended").get("exact"))),
                CliRun.exact(cheap.get("gain").get("exact")));
        assertTrue(CliRun.exact(cheap.get("gain").get("exact")).signum() > 0);
    }

    @Test
    void exploitWithoutCertifiedDeviation() {
        JsonNode doc = validDocument(0, "exploit", EXAMPLES + "strategic-scenario.json", "--contributor", "c2");
        assertEquals(1, doc.get("contributors").size());
        assertFalse(doc.get("contributors").get(0).get("certified").asBoolean());
    }

    @Test
    void price() {
        JsonNode doc = validDocument(0, "price", EXAMPLES + "market-example.json", "--exact");
        assertEquals(CliRun.exact(doc.get("profitUpperBound")).subtract(CliRun.exact(doc.get("profit"))),
                CliRun.exact(doc.get("gap")));
    }

    @Test
    void design() {
        JsonNode doc = validDocument(0, "design", EXAMPLES + "market-example.json");
        assertEquals(CliRun.exact(doc.get("W")), CliRun.exact(doc.get("expectedProfit")));
    }

    @Test
    void verify() {
        // Exit 1 when a claim is FALSIFIED on the example: the document is the same format either way.
        validDocument(Set.of(0, 1), "verify", EXAMPLES + "competition-theorem1.json");
    }
}
