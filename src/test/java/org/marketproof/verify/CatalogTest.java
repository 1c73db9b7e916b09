package org.marketproof.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marketproof.io.JsonInput;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.strategy.DeviationSearch;
import org.marketproof.market.strategy.Progress;
import org.marketproof.market.strategy.Scenarios;

/**
 * Every broken mechanism of the catalog is caught by the battery: the claim its flaw is designed to
 * break is FALSIFIED, with a counterexample that replays (also after a JSON round trip). The time
 * to the first certified counterexample is measured over several seeds and printed.
 */
class CatalogTest {

    private static final List<Scenarios> SCENARIOS = List.of(Scenarios.ordinary(), Scenarios.lowMargin());
    /** Seeds per flaw; raise with -Dmarketproof.catalog.seeds=5 to measure the median (specs/strategies.md). */
    private static final int SEEDS = Integer.getInteger("marketproof.catalog.seeds", 1);

    @Test
    void thePaperMechanismFalsifiesNothingOnOrdinaryScenarios() {
        for (Scenarios sc : SCENARIOS) {
            StrategicClaims.Report r = StrategicClaims.run(sc.paper(), sc.instance(), 7, DeviationSearch.standard(Progress.NONE));
            assertTrue(r.counterexamples().isEmpty(), () -> r.verdicts().toString());
            assertFalse(r.verdicts().stream().anyMatch(v -> v.verdict().failsGate()));
            assertEquals(Verdict.HOLDS, r.verdicts().stream().filter(v -> v.claim().equals("Theorem 3")).findFirst()
                    .orElseThrow().verdict(), "Lemma 5's witness must be found");
        }
    }

    static void assertReplays(Counterexample ce, Mechanism m) {
        assertTrue(Replay.check(ce, m).reproduces(), () -> "does not replay: " + ce.toJsonText());
        Counterexample back = Counterexample.read(JsonInput.parse(ce.toJsonText(), "counterexample"));
        Mechanism rebuilt = MechanismCatalog.named(back.mechanism(), new Scenario(back.instance(), back.pricing())
                .algorithm1(new GridPricer(0.01)));
        assertTrue(Replay.check(back, rebuilt).reproduces(), () -> "does not replay after a JSON round trip: "
                + ce.toJsonText());
    }
}
