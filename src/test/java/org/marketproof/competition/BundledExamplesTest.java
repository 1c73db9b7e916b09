package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketproof.claims.ClaimInfo;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.claims.CompetitionCatalog;

/**
 * The catalog on the bundled examples, through the entry points {@code verify} uses ({@link
 * CompetitionFile#fromJson}, {@link CompetitionCatalog#check}): one result per claim, in catalog
 * order, and the verdicts the findings predict.
 */
class BundledExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"competition-example.json", "competition-bounded.json", "competition-theorem1.json"})
    void everyClaimHasExactlyOneVerdictWithItsEvidence(String file) {
        List<ClaimResult> results = CompetitionCatalog.check(read(file), file, 1L);
        assertEquals(CompetitionCatalog.claims().stream().map(ClaimInfo::id).toList(),
                results.stream().map(ClaimResult::id).toList());
        for (ClaimResult r : results) {
            assertEquals(file, r.subject());
            assertTrue(r.claim().source().startsWith("paper 003, "), r.claim().source());
            String evidence = r.verdict().evidence();
            assertFalse(evidence.isBlank() || evidence.contains("NaN") || evidence.contains("Infinity"), r.id() + ": " + evidence);
        }
    }

    /** Every claim id of the catalog is documented in specs/competition.md, as {@code `id`}. */
    @Test
    void everyClaimIsInTheSpec() throws java.io.IOException {
        String spec = java.nio.file.Files.readString(Path.of("specs/competition.md"));
        for (ClaimInfo c : CompetitionCatalog.claims()) {
            assertTrue(spec.contains("`" + c.id() + "`"), c.id() + " missing from specs/competition.md");
        }
    }

    /** Neither example satisfies Theorem 1 or 4 (thresholds above demand, or bounded effort): nothing is falsified. */
    @ParameterizedTest
    @ValueSource(strings = {"competition-example.json", "competition-bounded.json"})
    void noClaimIsFalsifiedOnTheExamplesOutsideTheoremsOneAndFour(String file) {
        for (ClaimResult r : CompetitionCatalog.check(read(file), file, 1L)) {
            assertFalse(r.verdict().failsGate(), r.id() + ": " + r.verdict().evidence());
        }
    }

    /**
     * {@code competition-theorem1.json}: two least-squares aggregators, five sources on x = 0..4 sold
     * to both, unbounded effort, demands well above the thresholds, {@code rho(Xi) = 0.7704}. Theorem
     * 1's existence, dichotomy and efficiency claims hold exactly; its uniqueness claims are
     * falsified by a kinked equilibrium (C6), its dimension claims by the polytope's dimension 5
     * (C8); the bounded-effort and single-buyer claims do not apply.
     */
    @Test
    void theTheoremOneExampleExhibitsFindingsSixAndEight() {
        String file = "competition-theorem1.json";
        List<ClaimResult> results = CompetitionCatalog.check(read(file), file, 1L);
        assertEquals(Set.of("p003.theorem1.polytope-is-gne", "p003.theorem1.unique-a", "p003.theorem1.unique-effort",
                "p003.theorem1.polytope-dimension", "p003.theorem1.best-response-25", "p003.theorem4.polytope-is-gne",
                "p003.theorem4.unique-a", "p003.theorem4.unique-effort", "p003.theorem4.polytope-dimension"),
                ids(results, Verdict.Kind.FALSIFIED));
        assertEquals(Set.of("p003.theorem2.existence", "p003.theorem2.several-a", "p003.theorem2.polytope-is-gne",
                "p003.theorem2.best-response-28", "p003.theorem6.poa-one-iff-uncoupled",
                "p003.corollary2.unique-if-single-buyer", "p003.section5.single-buyer-efficient",
                "p003.intro.single-aggregator-efficient"), ids(results, Verdict.Kind.NOT_APPLICABLE));
        assertTrue(ids(results, Verdict.Kind.HOLDS).containsAll(Set.of("p003.theorem1.existence-iff-rho",
                "p003.theorem1.none-or-infinitely-many", "p003.theorem3.poa-one-iff-uncoupled",
                "p003.corollary1.ols-poa-above-one", "p003.lemma2.ir-binds")));
        assertEquals(Set.of(), ids(results, Verdict.Kind.INCONCLUSIVE));
    }

    private static Set<String> ids(List<ClaimResult> results, Verdict.Kind kind) {
        return results.stream().filter(r -> r.verdict().kind() == kind).map(r -> r.id().value()).collect(Collectors.toSet());
    }

    private static CompetitionInstance read(String file) {
        return CompetitionFile.read(Path.of("src/main/resources/examples/" + file));
    }
}
