package org.marketproof.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marketproof.InvalidInputException;

/**
 * The JSON Schemas of the input formats ({@code specs/schemas/}) say what the readers do: every
 * valid file the project ships is valid under its format's schema, and every file of the
 * bad-input corpus is invalid under it, except the files whose problem no schema can state
 * (listed in {@link #BEYOND_THE_SCHEMA} with the reason) — those are valid under it, so the list
 * stays exact.
 */
class InputSchemasTest {

    private static final Path SCHEMAS = Path.of("specs/schemas");
    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("https://marketproof.org/schemas/", SCHEMAS.toUri().toString())));

    /** The corpus folder of each format and its schema. */
    private static final Map<String, String> FOLDERS = Map.of("instance", "market-instance", "scenario", "scenario",
            "submissions", "submissions", "competition", "competition", "certificate", "market-certificate",
            "competition-certificate", "competition-certificate", "baseline", "baseline");

    /** Corpus files whose problem is beyond a schema: it relates values to each other or to the instance. */
    private static final Set<String> BEYOND_THE_SCHEMA = Set.of(
            "instance/duplicate-name.json", // names unique across contributors and buyers
            "instance/table-decreasing.json", // values non-decreasing
            "instance/too-many-buyers-in-all.json", // a sum of counts
            "instance/search-range-too-large.json", // floor(|B|/c_1), a quotient of two fields
            "instance/huge-variance.json", // a number too large for a double is still a JSON number
            "scenario/purchases-count.json", // one purchase per buyer type of the instance
            "scenario/purchase-above-nplus.json", // purchases at most nPlus
            "submissions/unknown-contributor.json", // keys are the instance's contributors
            "submissions/huge-point.json", // too large for a double
            "competition/weights-not-summing-to-one.json", // a sum
            "competition/mean-weights-not-summing-to-one.json", // a sum
            "competition/duplicate-source.json", // names unique
            "competition/buys-unknown-source.json", // names a source of the file
            "competition/dimension-mismatch.json", // all points of one length
            "certificate/contributor-out-of-range.json", // an index into the instance
            "certificate/profile-too-short.json", // one strategy per contributor of the instance
            "certificate/unknown-mechanism.json", // the catalog's names
            "certificate/duplicate-over-limit.json", // a product of collect and copies
            "certificate/pricing-for-other-instance.json", // one purchase per buyer type of the instance
            "competition-certificate/unknown-source-in-profile.json", // names a source of the instance
            "competition-certificate/embedded-weights.json", // a sum
            "competition/coupling-work-over-limit.json", // a product |S| |B|^2
            "competition/plot-work-over-limit.json", // a product with the --points option
            "scenario/instruction-over-search-limit.json"); // N_i*, derived by the design from N+ and the costs

    private static JsonSchema schema(String name) {
        return FACTORY.getSchema(SchemaLocation.of("https://marketproof.org/schemas/" + name + ".schema.json"));
    }

    private static Set<ValidationMessage> errors(String schema, Path file) throws IOException {
        return schema(schema).validate(JsonInput.parse(Files.readAllBytes(file), file.toString()));
    }

    @Test
    void everyShippedValidFileIsValidUnderItsSchema() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src/main/resources/examples", "specs/findings", "src/test/resources/findings",
                "src/test/resources/bad-input/valid")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/org/marketproof/fuzz/InputFuzzTestInputs"))) {
            s.filter(p -> p.toString().endsWith(".json") && !p.getParent().getFileName().toString().equals("strategy"))
                    .sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 30, files::toString);
        for (Path f : files) {
            String schema = f.toString().contains("submissions") ? "submissions" : schemaOf(f);
            assertEquals(Set.of(), errors(schema, f), f + " under " + schema);
        }
    }

    @Test
    void everyBadCorpusFileIsInvalidUnderItsSchemaUnlessItsProblemIsBeyondOne() throws IOException {
        Set<String> acceptedButListed = new TreeSet<>();
        Set<String> acceptedNotListed = new TreeSet<>();
        int checked = 0;
        for (Map.Entry<String, String> folder : FOLDERS.entrySet()) {
            List<Path> files;
            try (Stream<Path> s = Files.list(CORPUS.resolve(folder.getKey()))) {
                files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                String name = folder.getKey() + "/" + f.getFileName();
                Set<ValidationMessage> errors;
                try {
                    errors = errors(folder.getValue(), f);
                } catch (InvalidInputException notJson) {
                    continue; // not a JSON document at all: nothing for a schema to say
                }
                checked++;
                if (errors.isEmpty() && !BEYOND_THE_SCHEMA.contains(name)) {
                    acceptedNotListed.add(name);
                }
                if (!errors.isEmpty() && BEYOND_THE_SCHEMA.contains(name)) {
                    acceptedButListed.add(name + " " + errors);
                }
            }
        }
        assertEquals(Set.of(), acceptedNotListed, "bad files the schemas accept");
        assertEquals(Set.of(), acceptedButListed, "listed as beyond the schema, but the schema refuses them");
        assertTrue(checked >= 60, "checked " + checked);
    }

    /** @return the schema of a valid file, by its kind */
    private static String schemaOf(Path file) throws IOException {
        JsonNode root = JsonInput.parse(Files.readAllBytes(file), file.toString());
        return switch (DocumentKind.of(root).orElseThrow()) {
            case MARKET_INSTANCE -> "market-instance";
            case SCENARIO -> "scenario";
            case COMPETITION -> "competition";
            case BASELINE -> "baseline";
            case CERTIFICATE -> root.get("format").asText().startsWith("marketproof-counterexample")
                    ? "market-certificate" : "competition-certificate";
            case SUBMISSIONS -> "submissions";
        };
    }
}
