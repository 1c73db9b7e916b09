package org.marketproof.market.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Verdict;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonValue;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.Flaw;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.strategy.Scenarios;

/**
 * Every broken mechanism of the catalog is caught by {@link MarketCatalog}: the claim its flaw is
 * designed to break is FALSIFIED, with a certificate that re-checks, also after a JSON round trip.
 * The time to the first certified counterexample is measured over several seeds and printed.
 */
class CatalogTest {

    private static final List<Scenarios> SCENARIOS = List.of(Scenarios.ordinary(), Scenarios.lowMargin());
    /** Seeds per flaw; raise with -Dmarketproof.catalog.seeds=5 to measure the median (specs/strategies.md). */
    private static final int SEEDS = Integer.getInteger("marketproof.catalog.seeds", 1);

    /** @return the claim id of a flaw's designated claim, e.g. {@code Lemma 9} -> {@code p000.lemma9} */
    static String id(Flaw f) {
        return "p000." + f.breaks().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    @Test
    void everyFlawIsCaughtWithTheClaimItBreaks() {
        StringBuilder table = new StringBuilder("flaw | claim broken | median seconds to counterexample (" + SEEDS
                + " seeds)\n");
        for (Flaw flaw : Flaw.values()) {
            List<Double> times = new ArrayList<>();
            for (long seed = 1; seed <= SEEDS; seed++) {
                long start = System.nanoTime();
                Optional<ClaimResult> found = Optional.empty();
                for (Scenarios sc : SCENARIOS) {
                    Mechanism m = MechanismCatalog.named(flaw.label(), sc.pricing());
                    found = MarketCatalog.check(m, sc.instance(), "scenario", seed).stream()
                            .filter(r -> r.id().value().equals(id(flaw)) && r.verdict().failsGate()).findFirst();
                    if (found.isPresent()) {
                        assertReplays((Verdict.Falsified) found.get().verdict(), sc);
                        break;
                    }
                }
                times.add((System.nanoTime() - start) / 1e9);
                assertTrue(found.isPresent(), flaw.label() + " was not caught breaking " + id(flaw));
            }
            Collections.sort(times);
            table.append(String.format(Locale.ROOT, "%s | %s | %.2f%n", flaw.label(), id(flaw), times.get(SEEDS / 2)));
        }
        System.out.print(table);
    }

    @Test
    void thePaperMechanismFalsifiesNothingOnOrdinaryScenarios() {
        for (Scenarios sc : SCENARIOS) {
            List<ClaimResult> results = MarketCatalog.check(sc.paper(), sc.instance(), "scenario", 7);
            assertTrue(results.stream().noneMatch(r -> r.verdict().failsGate()), results::toString);
            assertEquals(Verdict.Kind.HOLDS, results.stream().filter(r -> r.id().value().equals("p000.theorem3"))
                    .findFirst().orElseThrow().verdict().kind(), "a witness against dominance must be found");
        }
    }

    /** The certificate re-checks, and so does the one read back from its JSON with the mechanism rebuilt by name. */
    static void assertReplays(Verdict.Falsified f, Scenarios sc) {
        MarketCertificate ce = (MarketCertificate) f.certificate();
        assertTrue(ce.recheck().violates(), () -> "does not re-check: " + ce.toJsonText());
        MarketCertificate back = MarketCertificate.read(JsonValue.root(JsonInput.parse(ce.toJsonText(), "certificate"), "certificate"),
                MechanismSource.catalog(new GridPricer(0.01)));
        assertTrue(back.recheck().violates(), () -> "does not re-check after a JSON round trip: " + ce.toJsonText());
    }
}
