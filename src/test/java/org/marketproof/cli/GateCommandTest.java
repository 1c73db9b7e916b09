package org.marketproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketproof.io.JsonInput;
import org.marketproof.report.ReportDirectory;
import org.marketproof.report.Schemas;

/**
 * {@code verify} as a CI gate end to end, on one falsified instance of each paper: the report files
 * are schema-valid, every replay file reproduces with {@code replay}, a baseline turns the run green
 * until a new finding appears, strict mode fails on unchecked claims.
 */
class GateCommandTest {

    private static final String MARKET = "specs/findings/m3-instance.json";
    private static final String COMPETITION = "src/test/resources/findings/single-ols-aggregator.json";

    @TempDir
    Path dir;

    @Test
    void reportFilesAreValidAndEveryReplayFileReproduces() throws IOException {
        Path reports = dir.resolve("reports");
        CliRun r = CliRun.of("verify", MARKET, COMPETITION, "--exact", "--report-dir", reports.toString());
        assertEquals(Main.EXIT_CLAIM_FALSIFIED, r.exit(), r.out() + r.err());

        String xml = Files.readString(reports.resolve(ReportDirectory.JUNIT));
        Schemas.assertJunitXml(xml);
        JsonNode sarif = JsonInput.read(reports.resolve(ReportDirectory.SARIF));
        Schemas.assertSarif(sarif);
        JsonNode verdicts = JsonInput.read(reports.resolve(ReportDirectory.VERDICTS));
        Schemas.assertSpec("verify", verdicts);

        int falsified = verdicts.at("/summary/falsified").asInt();
        assertTrue(falsified >= 2, verdicts.get("summary").toString());
        assertEquals(falsified, sarif.at("/runs/0/results").size());
        assertEquals(verdicts.at("/summary/verdicts").asInt(), xml.split("<testcase ").length - 1);
        assertTrue(xml.contains("<testcase name=\"p000.irc\" classname=\"m3-instance.json / paper\""), xml);
        assertEquals(MARKET, sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());

        List<Path> replay;
        try (Stream<Path> files = Files.list(reports.resolve("replay"))) {
            replay = files.sorted().toList();
        }
        assertEquals(falsified, replay.size());
        assertTrue(replay.stream().anyMatch(f -> f.getFileName().toString().startsWith("p000.")), replay::toString);
        assertTrue(replay.stream().anyMatch(f -> f.getFileName().toString().startsWith("p003.")), replay::toString);
        for (Path f : replay) {
            CliRun again = CliRun.of("replay", f.toString());
            assertEquals(Main.EXIT_CLAIM_FALSIFIED, again.exit(), f + ": " + again.out() + again.err());
            assertTrue(again.out().contains("REPRODUCES"), again.out());
        }
    }

    @Test
    void aBaselineAcceptsKnownFindingsAndStrictModeCountsUncheckedClaims() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        CliRun first = CliRun.of("verify", COMPETITION, "--write-baseline", baseline.toString());
        assertEquals(Main.EXIT_CLAIM_FALSIFIED, first.exit(), first.out() + first.err());
        assertTrue(first.err().contains("baseline: " + baseline), first.err());

        CliRun accepted = CliRun.of("verify", COMPETITION, "--baseline", baseline.toString(), "--json");
        assertEquals(0, accepted.exit(), accepted.out() + accepted.err());
        JsonNode doc = JsonInput.parse(accepted.out(), "out");
        Schemas.assertSpec("verify", doc);
        assertEquals("PASSED", doc.at("/gate/outcome").asText());
        assertEquals(0, doc.at("/gate/newFalsified").asInt());
        assertTrue(doc.at("/gate/accepted").asInt() > 0, doc.get("gate").toString());

        long unchecked = doc.at("/gate/unchecked").asLong();
        long total = doc.at("/summary/verdicts").asLong();
        assertTrue(unchecked > 0 && unchecked < total, doc.get("gate").toString());
        CliRun strict = CliRun.of("verify", COMPETITION, "--baseline", baseline.toString(), "--strict",
                "--max-unchecked-share", "0");
        assertEquals(Main.EXIT_TOO_MANY_UNCHECKED, strict.exit(), strict.out() + strict.err());
        assertTrue(strict.out().contains("TOO_MANY_UNCHECKED"), strict.out());
        CliRun lenient = CliRun.of("verify", COMPETITION, "--baseline", baseline.toString(), "--strict",
                "--max-unchecked-share", "1");
        assertEquals(0, lenient.exit(), lenient.out() + lenient.err());

        // a finding the baseline does not list fails the gate again
        Files.writeString(baseline, "{\"accepted\": []}");
        assertEquals(Main.EXIT_CLAIM_FALSIFIED, CliRun.of("verify", COMPETITION, "--baseline", baseline.toString()).exit());
    }

    @Test
    void gateOptionsRefuseBadInputInOneLine() throws IOException {
        assertTrue(CliRun.of("verify", COMPETITION, "--strict", "--max-unchecked-share", "1.5")
                .isCleanBadInput("--max-unchecked-share"));
        assertTrue(CliRun.of("verify", COMPETITION, "--baseline", dir.resolve("none.json").toString())
                .isCleanBadInput("none.json"));
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"accepted\": [{\"claim\": \"bb\", \"instance\": \"x\"}]}");
        assertTrue(CliRun.of("verify", COMPETITION, "--baseline", bad.toString()).isCleanBadInput("accepted[0].claim"));
    }

    @Test
    void mistypedCommandsAndOptionsGetSuggestionsAndTheVersionComesFromTheBuild() {
        CliRun typo = CliRun.of("verfy");
        assertEquals(Main.EXIT_BAD_INPUT, typo.exit());
        assertTrue(typo.err().contains("did you mean 'verify'"), typo.err());
        CliRun option = CliRun.of("verify", "--repot-dir", "x");
        assertEquals(Main.EXIT_BAD_INPUT, option.exit());
        assertTrue(option.err().contains("'--report-dir'"), option.err());
        assertFalse(option.err().contains("Exception"), option.err());

        CliRun version = CliRun.of("--version");
        assertTrue(version.out().matches("marketproof \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), version.out());
        assertEquals(version.out(), CliRun.of("verify", "--version").out());

        String help = CliRun.of("verify", "--help").out();
        assertTrue(help.contains("Exit codes:") && help.contains("4   verify --strict"), help);
    }
}
