package org.marketproof.market.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Claims;
import org.marketproof.claims.Verdict;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.market.mechanism.catalog.Mutant;
import org.marketproof.market.mechanism.catalog.Mutants;
import org.marketproof.market.strategy.DeviationSearch;
import org.marketproof.market.strategy.Generators;
import org.marketproof.claims.Progress;
import org.marketproof.market.strategy.Scenarios;
import org.marketproof.market.strategy.SimulationEvaluator;

/**
 * The catalog on generated instances. Each property that can meet NotApplicable verdicts reports
 * their share (jqwik statistics) and fails when fewer tries than stated were applicable.
 */
class CatalogProperties {

    private static final MarketCheckOptions LIGHT = MarketCheckOptions.defaults().withSearch(new DeviationSearch(
            new SimulationEvaluator(200, 0.999), new SimulationEvaluator(4000, 1 - 1e-6), 10, 2, Progress.NONE));

    private static final ClaimId DEFINED = ClaimId.of("p000.defined");

    @Provide
    Arbitrary<Scenarios> catalogScenarios() {
        return Generators.scenariosForTheCatalog();
    }

    @Provide
    Arbitrary<Scenarios> nonNegativeW() {
        return Generators.scenariosWithNonNegativeW();
    }

    @Provide
    Arbitrary<String> equivalents() {
        return Arbitraries.of(Mutants.equivalent().stream().map(Mutant::name).toList());
    }

    /**
     * The paper and the mutants whose checks are exact and which are defined on every input: Theorem 3
     * holds for every mechanism, so each must get its certified witness.
     */
    @Provide
    Arbitrary<String> instructing() {
        List<String> names = new ArrayList<>(List.of("paper"));
        Mutants.all().stream().filter(m -> m.quadraticInMeans() && m.breaks().filter(DEFINED::equals).isEmpty())
                .forEach(m -> names.add(m.name()));
        return Arbitraries.of(names);
    }

    /**
     * 0 false alarms beyond the benchmark instances: where the paper's mechanism falsifies nothing
     * (W >= 0, asserted below), no equivalent mutant falsifies anything.
     */
    @Property(tries = 20)
    void equivalentMutantsAreNeverFlagged(@ForAll("equivalents") String name, @ForAll("nonNegativeW") Scenarios sc,
            @ForAll long seed) {
        Mechanism m = MechanismCatalog.named(name, sc.pricing());
        List<ClaimResult> results = MarketCatalog.check(m, sc.instance(), "generated", seed, LIGHT);
        for (ClaimResult r : results) {
            assertTrue(!r.verdict().failsGate(), () -> name + ": " + r.id() + " falsified: " + r.verdict().evidence());
        }
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
     * Theorem 3: for the paper's mechanism and every mutant of {@link #instructing()} that serves the
     * instance, a witness against the dominance of s* is certified exactly. At least 80% of the tries
     * must be served.
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
