package org.marketproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketproof.io.JsonInput;
import org.marketproof.market.claims.BatteryTest;
import org.marketproof.market.claims.MarketCatalog;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;

/** {@code marketproof verify} as a CI gate: one verdict per claim, passes on the bundled examples, fails on falsified claims. */
class VerifyCommandTest {

    @TempDir
    Path dir;

    /**
     * The bundled examples: the paper-000 example passes the gate; every bundled example gets one
     * verdict per claim (the competition examples' verdicts are specs/competition.md's business).
     */
    @Test
    void verifyPassesOnTheBundledMarketExample() throws IOException {
        CliRun market = CliRun.of("verify", CliRun.bundled(dir, "market-example.json").toString());
        assertEquals(0, market.exit(), market.out() + market.err());
        assertTrue(market.out().contains("0 falsified"), market.out());
        CliRun all = CliRun.of("verify");
        assertTrue(all.exit() == 0 || all.exit() == Main.EXIT_CLAIM_FALSIFIED, all.err());
        assertFalse(all.out().lines().anyMatch(l -> l.contains(" p000.") && l.contains("FALSIFIED")), all.out());
    }

    /** Issue 8: BB, IRB, IRC and Theorem 4 were printed twice; now one verdict per claim, instance and mechanism. */
    @Test
    void exactlyOneVerdictPerClaimInstanceAndMechanismWithTheIdsOfSpecs() throws IOException {
        Path file = CliRun.bundled(dir, "market-example.json");
        CliRun r = CliRun.of("verify", file.toString(), "--json");
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode verdicts = JsonInput.parse(r.out(), "out").get("verdicts");
        Set<String> seen = new HashSet<>();
        for (JsonNode v : verdicts) {
            assertTrue(seen.add(v.get("claim").asText() + " @ " + v.get("instance").asText() + " / "
                    + v.path("mechanism").asText()), v.toString());
        }
        assertEquals(MarketCatalog.claims().size(), verdicts.size());
        String spec = Files.readString(Path.of("specs/market.md"));
        MarketCatalog.claims().forEach(c -> assertTrue(spec.contains("`" + c.id() + "`"), c.id() + " missing from specs"));
        assertFalse(r.out().contains("NaN") || r.out().contains("Infinity"), r.out());
    }

    /** An instance whose Algorithm 1 profit is below c_2 - c_1: W < 0, so IRC fails and verify exits 1. */
    @Test
    void verifyGatesOnAFalsifiedClaim() throws IOException {
        Path file = dir.resolve("negative-w.json");
        Files.writeString(file, """
                {"variance": 1.0,
                 "contributors": [{"name": "a", "cost": 0.1}, {"name": "b", "cost": 0.9}],
                 "buyers": [{"name": "x", "valuation": {"kind": "table", "values": [0.0, 0.1, 0.5]}}]}
                """);
        CliRun r = CliRun.of("verify", file.toString(), "--exact");
        assertEquals(Main.EXIT_CLAIM_FALSIFIED, r.exit(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("p000.irc") && l.contains("FALSIFIED")), r.out());
    }

    /** M1: Algorithm 2 at N+ = 1 is FALSIFIED on p000.defined (exit 1), not NOT_APPLICABLE with exit 0. */
    @Test
    void verifyFalsifiesTheUndefinedMechanismOfFindingM1() {
        CliRun r = CliRun.of("verify", "specs/findings/m1-instance.json");
        assertEquals(Main.EXIT_CLAIM_FALSIFIED, r.exit(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("p000.defined") && l.contains("FALSIFIED")), r.out());
        assertTrue(r.out().contains("1 falsified"), r.out());
    }

    /** Every broken mechanism of the catalog fails the gate on the bundled market example. */
    @ParameterizedTest
    @ValueSource(strings = {"no-price-correction", "price-ignores-discrepancy", "no-payment-correction",
        "payment-ignores-discrepancy", "comparison-with-pooled-mean", "d-uses-other-N", "off-by-one-N1",
        "single-collector", "overstated-variance"})
    void verifyFailsTheGateOnEveryBrokenMechanism(String name) throws IOException {
        assertTrue(MechanismCatalog.names().contains(name), name);
        Path file = CliRun.bundled(dir, "market-example.json");
        CliRun r = CliRun.of("verify", file.toString(), "--mechanism", name);
        assertEquals(Main.EXIT_CLAIM_FALSIFIED, r.exit(), r.out() + r.err());
    }

    /** A user's mechanism, named on the command line and loaded from a class directory, is audited. */
    @Test
    void verifyAuditsAUserMechanismClass() throws Exception {
        CliRun r = user(BatteryTest.FlatFeeMechanism.class);
        assertEquals(Main.EXIT_CLAIM_FALSIFIED, r.exit(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("flat-fee") && l.contains("p000.icc") && l.contains("FALSIFIED")),
                r.out());
    }

    /** Issue 8: a user's mechanism that throws on an empty submission is FALSIFIED (exit 1), never exit 3. */
    @Test
    void aUserMechanismThatThrowsIsFalsifiedNotAnInternalError() throws Exception {
        CliRun r = user(BatteryTest.ThrowsOnEmptyMechanism.class);
        assertEquals(Main.EXIT_CLAIM_FALSIFIED, r.exit(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("p000.defined") && l.contains("FALSIFIED")), r.out());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    /** The report directory holds each falsified claim's certificate, and replay re-checks it (exit 1). */
    @Test
    void writtenCertificatesReplay() throws Exception {
        Path reports = dir.resolve("reports");
        CliRun r = CliRun.of("verify", "specs/findings/pr2-instance.json", "--report-dir", reports.toString());
        assertEquals(Main.EXIT_CLAIM_FALSIFIED, r.exit(), r.out() + r.err());
        try (Stream<Path> files = Files.list(reports.resolve("replay"))) {
            List<Path> all = files.toList();
            assertTrue(all.stream().anyMatch(f -> JsonInput.read(f).get("claim").asText().equals("p000.po")),
                    all::toString);
            for (Path f : all) {
                CliRun replay = CliRun.of("replay", f.toString());
                assertEquals(Main.EXIT_CLAIM_FALSIFIED, replay.exit(), f + ": " + replay.out() + replay.err());
            }
        }
    }

    /**
     * A user's mechanism: each replay file records its class, so replay needs only the class path to
     * reproduce it (exit 1); a recorded class that is not on the class path is refused, naming
     * --classpath (exit 2).
     */
    @Test
    void replayFilesOfAUserMechanismNeedOnlyItsClassPath() throws Exception {
        Class<?> mechanism = BatteryTest.FlatFeeMechanism.class;
        Path classes = Path.of(mechanism.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path reports = dir.resolve("user-reports");
        CliRun r = CliRun.of("verify", CliRun.bundled(dir, "market-example.json").toString(), "--mechanism-class",
                mechanism.getName(), "--classpath", classes.toString(), "--report-dir", reports.toString());
        assertEquals(Main.EXIT_CLAIM_FALSIFIED, r.exit(), r.out() + r.err());
        try (Stream<Path> files = Files.list(reports.resolve("replay"))) {
            List<Path> all = files.toList();
            assertFalse(all.isEmpty());
            for (Path f : all) {
                assertEquals(mechanism.getName(), JsonInput.read(f).get("mechanismClass").asText(), f.toString());
                CliRun replay = CliRun.of("replay", f.toString(), "--classpath", classes.toString());
                assertEquals(Main.EXIT_CLAIM_FALSIFIED, replay.exit(), f + ": " + replay.out() + replay.err());
                Path moved = dir.resolve("moved-" + f.getFileName());
                Files.writeString(moved, Files.readString(f).replace(mechanism.getName(), "com.example.NotThere"));
                assertTrue(CliRun.of("replay", moved.toString(), "--classpath", classes.toString())
                        .isCleanBadInput("--classpath"), moved.toString());
            }
        }
    }

    @Test
    void verifyRefusesAnUnknownMechanism() throws IOException {
        Path file = CliRun.bundled(dir, "market-example.json");
        assertTrue(CliRun.of("verify", file.toString(), "--mechanism", "nonesuch").isCleanBadInput("mechanism"));
    }

    private CliRun user(Class<?> mechanism) throws Exception {
        Path file = CliRun.bundled(dir, "market-example.json");
        Path classes = Path.of(mechanism.getProtectionDomain().getCodeSource().getLocation().toURI());
        return CliRun.of("verify", file.toString(), "--mechanism-class", mechanism.getName(), "--classpath",
                classes.toString());
    }
}
