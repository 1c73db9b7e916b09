package org.marketproof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketproof.InvalidInputException;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.ClaimResult;
import org.marketproof.io.JsonInput;
import org.marketproof.report.ReportFixtures;
import org.marketproof.report.Schemas;

/** The gate's decision: new FALSIFIED verdicts fail it, accepted ones do not, strict mode counts unchecked claims exactly. */
class GatePolicyTest {

    @TempDir
    Path dir;

    @Test
    void aFalsifiedVerdictFailsTheLenientGateAndNothingElseDoes() {
        GateDecision d = GatePolicy.lenient().decide(ReportFixtures.everyKind());
        assertEquals(GateDecision.Outcome.FALSIFIED, d.outcome());
        assertEquals(List.of("p999.broken"), d.newFalsified().stream().map(r -> r.id().value()).toList());
        assertEquals(2, d.unchecked());

        List<ClaimResult> without = new ArrayList<>(ReportFixtures.everyKind());
        without.removeIf(r -> r.verdict().failsGate());
        assertEquals(GateDecision.Outcome.PASSED, GatePolicy.lenient().decide(without).outcome());
    }

    @Test
    void theBaselineAcceptsByClaimInstanceAndMechanismAndReportsStaleEntries() {
        AcceptedFinding broken = new AcceptedFinding(ClaimId.of("p999.broken"), "a.json", null, "finding X1");
        AcceptedFinding otherMechanism = new AcceptedFinding(ClaimId.of("p999.broken"), "a.json", "other", "");
        AcceptedFinding otherInstance = new AcceptedFinding(ClaimId.of("p999.broken"), "b.json", null, "");

        GateDecision accepted = new GatePolicy(new Baseline(List.of(broken)), null).decide(ReportFixtures.everyKind());
        assertEquals(GateDecision.Outcome.PASSED, accepted.outcome());
        assertEquals(1, accepted.accepted().size());
        assertEquals(List.of(), accepted.stale());

        for (AcceptedFinding miss : List.of(otherMechanism, otherInstance)) {
            GateDecision d = new GatePolicy(new Baseline(List.of(miss)), null).decide(ReportFixtures.everyKind());
            assertEquals(GateDecision.Outcome.FALSIFIED, d.outcome(), miss.describe());
            assertEquals(List.of(miss), d.stale());
            assertTrue(d.summary().contains("matched nothing"), d.summary());
        }
    }

    /** 2 of 6 verdicts are unchecked: a share of exactly 1/3 passes, anything below fails (compared exactly). */
    @Test
    void strictModeFailsAboveTheStatedShareExactly() {
        List<ClaimResult> checked = new ArrayList<>(ReportFixtures.everyKind());
        checked.removeIf(r -> r.verdict().failsGate());
        checked.add(ReportFixtures.everyKind().get(0));
        assertEquals(6, checked.size());
        assertEquals(GateDecision.Outcome.PASSED, strict("0.34").decide(checked).outcome());
        assertEquals(GateDecision.Outcome.TOO_MANY_UNCHECKED, strict("0.33").decide(checked).outcome());
        assertEquals(GateDecision.Outcome.TOO_MANY_UNCHECKED, strict("0.3333333333333333333333").decide(checked).outcome());
        assertEquals(GateDecision.Outcome.PASSED, strict("1").decide(checked).outcome());
        assertEquals(GateDecision.Outcome.PASSED, GatePolicy.lenient().decide(checked).outcome());
        // FALSIFIED wins over a strict failure
        assertEquals(GateDecision.Outcome.FALSIFIED, strict("0").decide(ReportFixtures.everyKind()).outcome());
        assertThrows(IllegalArgumentException.class, () -> strict("1.5"));
    }

    @Test
    void aWrittenBaselineReadsBackAndMatchesItsSchema() throws IOException {
        Path file = dir.resolve("baseline.json");
        Baseline written = Baseline.accepting(List.of(ReportFixtures.falsified("p999.broken", "a.json", "m"),
                ReportFixtures.falsified("p999.other", "b.json", "")), "finding X1");
        written.write(file);
        assertEquals(written, Baseline.read(file));
        Schemas.assertSpec("baseline", JsonInput.read(file));
        assertEquals(null, written.accepted().get(1).mechanism(), "a claim about no mechanism is accepted for any");
    }

    @Test
    void aMalformedBaselineNamesTheField() throws IOException {
        assertEquals("accepted[0].claim", badBaseline("{\"accepted\": [{\"claim\": \"BB\", \"instance\": \"a.json\"}]}"));
        assertEquals("accepted[0].instance", badBaseline("{\"accepted\": [{\"claim\": \"p000.bb\"}]}"));
        assertEquals("accepted[0].instanse", badBaseline("{\"accepted\": [{\"claim\": \"p000.bb\", \"instance\": \"a\", \"instanse\": \"a\"}]}"));
        assertEquals("version", badBaseline("{\"version\": 2, \"accepted\": []}"));
        assertEquals("accepted", badBaseline("{}"));
    }

    private String badBaseline(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), text);
        return assertThrows(InvalidInputException.class, () -> Baseline.read(file)).field();
    }

    private static GatePolicy strict(String share) {
        return new GatePolicy(Baseline.none(), new BigDecimal(share));
    }
}
