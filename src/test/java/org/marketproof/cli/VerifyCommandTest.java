package org.marketproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;

/** {@code marketproof verify} as a CI gate: passes on the bundled examples, fails on falsified claims. */
class VerifyCommandTest {

    @TempDir
    Path dir;

    @Test
    void verifyPassesOnTheBundledExamples() {
        CliRun r = CliRun.of("verify");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("0 falsified"), r.out());
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
        assertTrue(r.out().lines().anyMatch(l -> l.contains("IRC") && l.contains("FALSIFIED")), r.out());
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
        Path file = CliRun.bundled(dir, "market-example.json");
        Path classes = Path.of(org.marketproof.verify.BatteryTest.FlatFeeMechanism.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        CliRun r = CliRun.of("verify", file.toString(), "--mechanism-class",
                org.marketproof.verify.BatteryTest.FlatFeeMechanism.class.getName(), "--classpath", classes.toString());
        assertEquals(Main.EXIT_CLAIM_FALSIFIED, r.exit(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("flat-fee") && l.contains("ICC") && l.contains("FALSIFIED")),
                r.out());
    }

    @Test
    void verifyRefusesAnUnknownMechanism() throws IOException {
        Path file = CliRun.bundled(dir, "market-example.json");
        assertTrue(CliRun.of("verify", file.toString(), "--mechanism", "nonesuch").isCleanBadInput("mechanism"));
    }
}
