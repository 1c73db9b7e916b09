package org.marketproof.market.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Claims;
import org.marketproof.claims.Verdict;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.market.strategy.DeviationSearch;
import org.marketproof.market.strategy.Generators;
import org.marketproof.market.strategy.Progress;
import org.marketproof.market.strategy.Scenarios;
import org.marketproof.market.strategy.SimulationEvaluator;

/**
 * The catalog on generated instances. Each property that can meet NotApplicable verdicts reports
 * their share (jqwik statistics) and fails when fewer tries than stated were applicable.
 */
class CatalogProperties {

    private static final MarketCheckOptions LIGHT = MarketCheckOptions.defaults().withSearch(new DeviationSearch(
            new SimulationEvaluator(200, 0.999), new SimulationEvaluator(4000, 1 - 1e-6), 10, 2, Progress.NONE));

    @Provide
    Arbitrary<Scenarios> catalogScenarios() {
        return Generators.scenariosForTheCatalog();
    }

    @Provide
    Arbitrary<Scenarios> nonNegativeW() {
        return Generators.scenariosWithNonNegativeW();
    }

    @Provide
    Arbitrary<String> flawed() {
        return Arbitraries.of(MechanismCatalog.names().stream().filter(n -> !n.equals("paper") && !n.equals("nothing-sold"))
                .toList());
    }

    @Provide
    Arbitrary<String> instructing() {
        return Arbitraries.of(MechanismCatalog.names().stream().filter(n -> !n.equals("nothing-sold")).toList());
    }

    /** Every broken mechanism falsifies some claim, with a certificate that re-checks after a JSON round trip. */
    @Property(tries = 30)
    void everyBrokenMechanismIsCaught(@ForAll("flawed") String name, @ForAll("catalogScenarios") Scenarios sc,
            @ForAll long seed) {
        Mechanism m = MechanismCatalog.named(name, sc.pricing());
        List<ClaimResult> results = MarketCatalog.check(m, sc.instance(), "generated", seed, LIGHT);
        List<ClaimResult> falsified = results.stream().filter(r -> r.verdict().failsGate()).toList();
        assertTrue(!falsified.isEmpty(), () -> name + " not caught: " + results);
        falsified.forEach(r -> CatalogTest.assertReplays((Verdict.Falsified) r.verdict(), sc));
        Statistics.label("first falsified").collect(falsified.get(0).id().value());
    }

    /**
     * The paper's mechanism with W >= 0 falsifies nothing. The generated scenarios give Algorithm 1's
     * output, so PO and Lemma 2 are NotApplicable by design (no optimality guarantee); of the other
     * verdicts at most 15% may be NotApplicable over the run.
     */
    @Property(tries = 25)
    void thePaperMechanismWithNonNegativeWFalsifiesNothing(@ForAll("nonNegativeW") Scenarios sc, @ForAll long seed) {
        List<ClaimResult> results = MarketCatalog.check(sc.paper(), sc.instance(), "generated", seed, LIGHT);
        for (ClaimResult r : results) {
            assertTrue(!r.verdict().failsGate(), () -> r.id() + " falsified: " + r.verdict().evidence());
            if (List.of("p000.po", "p000.lemma2").contains(r.id().value())) {
                assertEquals(Verdict.Kind.NOT_APPLICABLE, r.verdict().kind(), r.verdict().evidence());
                continue;
            }
            Statistics.label("verdict").collect(r.verdict().kind() == Verdict.Kind.NOT_APPLICABLE ? "not applicable"
                    : "applicable");
        }
        Statistics.label("verdict").coverage(c -> c.check("not applicable").percentage(p -> p <= 15));
    }

    /**
     * Theorem 3: for the paper's mechanism and every catalog variant that serves the instance, a
     * witness against the dominance of s* is certified exactly. At least 80% of the tries must be
     * served (off-by-one-N1 needs N+ >= 3).
     */
    @Property(tries = 30)
    void truthfulPlayIsNeverDominant(@ForAll("instructing") String name, @ForAll("catalogScenarios") Scenarios sc,
            @ForAll long seed) {
        Mechanism m = MechanismCatalog.named(name, sc.pricing());
        MarketContext c = new MarketContext(m, sc.instance(), seed, LIGHT);
        Statistics.label("served").collect(c.design().isPresent());
        Statistics.label("served").coverage(k -> k.check(true).percentage(p -> p >= 80));
        if (c.design().isEmpty()) {
            return;
        }
        Verdict v = Claims.evaluate(new Theorem3Claim(), c);
        assertEquals(Verdict.Kind.HOLDS, v.kind(), () -> name + ": " + v.evidence());
    }
}
