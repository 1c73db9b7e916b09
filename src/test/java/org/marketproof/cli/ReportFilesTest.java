package org.marketproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 10, done-when: {@code verify --report-dir} on finding instances of both papers writes a
 * schema-valid SARIF log, JUnit XML whose counts match the verdicts, and replay files that all
 * reproduce with {@code replay} (exit 1).
 */
class ReportFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path report;
    static JsonNode verdicts;

    @BeforeAll
    static void verify() throws Exception {
        report = dir.resolve("report");
        CliRun r = CliRun.of("verify", "specs/findings/m1-instance.json", "specs/findings/pr2-instance.json",
                "src/test/resources/findings/kinked-two-means.json", "--report-dir", report.toString());
        assertEquals(Main.EXIT_CLAIM_FALSIFIED, r.exit(), r.err());
        verdicts = JSON.readTree(report.resolve("verdicts.json").toFile());
    }

    @Test
    void everyReplayFileOfBothPapersReproduces() throws Exception {
        Set<String> formats = new HashSet<>();
        int falsified = 0;
        for (JsonNode n : verdicts.get("verdicts")) {
            if (!n.get("verdict").asText().equals("FALSIFIED")) {
                continue;
            }
            falsified++;
            Path file = report.resolve(n.get("replayFile").asText());
            formats.add(JSON.readTree(file.toFile()).get("format").asText());
            CliRun replay = CliRun.of("replay", file.toString());
            assertEquals(Main.EXIT_CLAIM_FALSIFIED, replay.exit(), file + ": " + replay.out() + replay.err());
        }
        assertEquals(verdicts.at("/summary/falsified").asInt(), falsified);
        try (Stream<Path> files = Files.list(report.resolve("replay"))) {
            assertEquals(falsified, files.count(), "one replay file per certificate");
        }
        assertEquals(Set.of("marketproof-counterexample/2", "marketproof-competition-certificate/1"), formats);
    }

    @Test
    void junitXmlCountsMatchTheVerdicts() throws Exception {
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(report.resolve("TEST-marketproof.xml").toFile()).getDocumentElement();
        NodeList cases = suite.getElementsByTagName("testcase");
        JsonNode v = verdicts.get("verdicts");
        assertEquals(v.size(), cases.getLength());
        int failures = 0;
        int skipped = 0;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            failures += c.getElementsByTagName("failure").getLength();
            skipped += c.getElementsByTagName("skipped").getLength();
        }
        JsonNode s = verdicts.get("summary");
        assertTrue(failures > 0);
        assertEquals(s.get("falsified").asInt(), failures);
        assertEquals(s.get("notApplicable").asInt() + s.get("inconclusive").asInt(), skipped);
        assertEquals(String.valueOf(failures), suite.getAttribute("failures"));
        assertEquals(String.valueOf(skipped), suite.getAttribute("skipped"));
        assertEquals(String.valueOf(v.size()), suite.getAttribute("tests"));
    }

    @Test
    void sarifIsValidAgainstThePublishedSchemaWithOneResultPerFalsifiedVerdict() throws Exception {
        JsonNode sarif = JSON.readTree(report.resolve("marketproof.sarif").toFile());
        SarifSchema.assertValid(sarif);
        JsonNode results = sarif.at("/runs/0/results");
        assertEquals(verdicts.at("/summary/falsified").asInt(), results.size());
        for (JsonNode res : results) {
            String uri = res.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            assertFalse(uri.isEmpty(), res::toString);
        }
        // the oracle can fail: a level SARIF does not define is rejected
        ((ObjectNode) results.get(0)).put("level", "fatal");
        assertFalse(SarifSchema.violations(sarif).isEmpty());
    }

    /** The committed baseline accepts exactly the bundled examples' known paper findings (C6, C8). */
    @Test
    void theCommittedBaselinePassesTheBundledExamplesAndAcceptsEachEntry() throws Exception {
        CliRun r = CliRun.of("verify", "--baseline", "specs/findings/baseline.json", "--report-dir",
                dir.resolve("bundled").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode gate = JSON.readTree(dir.resolve("bundled/verdicts.json").toFile()).get("gate");
        assertEquals(JSON.readTree(Path.of("specs/findings/baseline.json").toFile()).get("accepted").size(),
                gate.get("accepted").asInt());
        assertEquals(0, gate.get("staleBaselineEntries").size());
    }
}
