package org.marketproof.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.CompetitionFile;
import org.marketproof.competition.CompetitionInstance;
import org.marketproof.competition.claims.CompetitionCatalog;
import org.marketproof.gate.GatePolicy;
import org.marketproof.market.claims.MarketCatalog;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.pricing.ExactPricer;

/**
 * The JUnit 5 integration run as a team would run it (through the JUnit Platform): one test per
 * claim x instance named by the claim's id, failing exactly on the FALSIFIED verdicts and skipped on
 * the unchecked ones; and the jqwik domain supplying both papers' instances.
 */
class ClaimTestsTest {

    private static final String M3 = "specs/findings/m3-instance.json";
    private static final String SINGLE_OLS = "src/test/resources/findings/single-ols-aggregator.json";

    /** The paper's Algorithm 2 with the exact pricer, as a user's mechanism class (no-argument constructor). */
    public static final class ExactAlgorithm2 extends ForwardingMechanism {
        public ExactAlgorithm2() {
            super(Algorithm2.withPricer(new ExactPricer()));
        }
    }

    /** Run through the test kit only (Surefire skips nested classes). */
    static class AuditFixture {
        @AuditMechanism(value = ExactAlgorithm2.class, files = M3)
        void paper000(ClaimResult result) {
            assertEquals("m3-instance.json", result.instance());
        }
    }

    /** Run through the test kit only. */
    static class FactoryFixture {
        @TestFactory
        Stream<DynamicNode> paper003() {
            return ClaimTests.competition(Map.of("single-ols-aggregator.json", CompetitionFile.read(Path.of(SINGLE_OLS))), 1);
        }
    }

    /** Finding M3: on an instance with W < 0 the paper's mechanism falsifies IRC; the audit fails that test and no other. */
    @Test
    void theAnnotationAuditsAMechanismClassWithOneTestPerClaimNamedByItsId() {
        List<ClaimResult> expected = MarketCatalog.check(new ExactAlgorithm2(), ClaimTests.marketFiles(Path.of(M3))
                .get("m3-instance.json"), "m3-instance.json", 1);
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(AuditFixture.class)).execute().testEvents();
        assertEquals(MarketCatalog.claims().size(), tests.started().count());
        Set<String> failed = names(tests.failed());
        assertTrue(failed.contains("p000.irc [m3-instance.json / paper]"), failed::toString);
        assertEquals(names(expected, r -> r.verdict() instanceof Verdict.Falsified), failed);
        assertEquals(names(expected, GatePolicy::unchecked), names(tests.aborted()));
        assertEquals(expected.size() - failed.size() - tests.aborted().count(), tests.succeeded().count());
        String message = tests.failed().stream().map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .orElseThrow().getThrowable().orElseThrow().getMessage()).findFirst().orElseThrow();
        assertTrue(message.contains("certificate:") && message.contains("\"format\" : \"marketproof-counterexample/2\""),
                message);
    }

    @Test
    void theFactoryGivesEachCompetitionClaimItsOwnTest() {
        List<ClaimResult> expected = CompetitionCatalog.check(CompetitionFile.read(Path.of(SINGLE_OLS)),
                "single-ols-aggregator.json", 1);
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(FactoryFixture.class)).execute().testEvents();
        assertEquals(CompetitionCatalog.claims().size(), tests.started().count());
        Set<String> failed = tests.failed().stream().map(e -> e.getTestDescriptor().getDisplayName())
                .collect(Collectors.toSet());
        assertFalse(failed.isEmpty());
        assertEquals(expected.stream().filter(r -> r.verdict().failsGate()).map(r -> r.id().value())
                .collect(Collectors.toSet()), failed);
    }

    @Property(tries = 15)
    @Domain(MarketProofDomain.class)
    void theDomainSuppliesBothPapersInstances(@ForAll MarketInstance market, @ForAll CompetitionInstance competition) {
        assertTrue(market.contributors().size() >= 2 && !market.buyers().isEmpty());
        assertFalse(competition.aggregators().isEmpty());
        assertTrue(CompetitionArbitraries.wellPosed(competition));
    }

    private static Set<String> names(Events events) {
        return events.stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).collect(Collectors.toSet());
    }

    private static Set<String> names(List<ClaimResult> results, java.util.function.Predicate<ClaimResult> which) {
        return results.stream().filter(which).map(r -> r.id() + " [" + r.subject() + "]").collect(Collectors.toSet());
    }
}
