package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketproof.io.JsonInput;
import org.marketproof.verify.ClaimVerdict;
import org.marketproof.verify.Verdict;

/**
 * The {@code verify} battery's entry points on the bundled examples: {@link
 * CompetitionFile#fromJson} then {@link CompetitionClaims#check}. No claim is falsified there
 * (the CI gate), every claim is reported once, and a claim is not applicable exactly when a
 * hypothesis fails, which its evidence names.
 */
class BundledExamplesVerifyTest {

    @ParameterizedTest
    @ValueSource(strings = {"competition-example.json", "competition-bounded.json", "competition-theorem1.json"})
    void noClaimIsFalsifiedOnTheBundledExamples(String file) {
        List<ClaimVerdict> verdicts = CompetitionClaims.check(read(file), file, 1L);
        verdicts.forEach(v -> System.out.println(v.verdict() + " " + v.claim() + ": " + v.evidence()));
        assertEquals(verdicts.size(), verdicts.stream().map(ClaimVerdict::claim).distinct().count());
        for (ClaimVerdict v : verdicts) {
            assertEquals(file, v.subject());
            assertTrue(v.source().startsWith("paper 003, "), v.source());
            assertFalse(v.verdict().failsGate(), v.claim() + ": " + v.evidence());
            assertFalse(v.evidence().isBlank(), v.claim());
        }
        Map<Verdict, Long> counts = verdicts.stream().collect(Collectors.groupingBy(ClaimVerdict::verdict,
                Collectors.counting()));
        assertTrue(counts.getOrDefault(Verdict.NO_COUNTEREXAMPLE_FOUND, 0L)
                + counts.getOrDefault(Verdict.HOLDS, 0L) >= 5, counts.toString());
    }

    /**
     * {@code competition-theorem1.json}: two least-squares aggregators (zeta = 0.05 each way), five
     * sources on x = 0..4 all sold to both, unbounded effort, lower thresholds {@code 1/64} against
     * demands {@code gamma_s} of 0.076-0.114, {@code rho(Xi) = 0.7704}. Theorem 1's hypotheses hold
     * with margin, so every claim applies except Theorem 2 (bounded effort only), and Theorem 3 and
     * Corollary 1 are decided exactly on the unique {@code a} of (26).
     */
    @Test
    void theTheoremOneExampleSatisfiesTheoremOneWithMargin() {
        String file = "competition-theorem1.json";
        CompetitionInstance instance = read(file);
        Market market = new Market(instance);
        EquilibriumAnalysis analysis = new EquilibriumSolver(market).analyze();
        Hypotheses h = analysis.hypotheses();
        assertTrue(h.theorem1() && h.fullSharing() && h.aggregators() == 2, h.toString());
        assertTrue(analysis.rho().upper() < 0.8, analysis.rho().toString());
        assertEquals(1, analysis.equilibria().size());
        for (int s = 0; s < market.sourceCount(); s++) {
            assertTrue(market.totalDemand(s) > 4 * market.effort(s).lowerThreshold(), "source " + s);
            for (int b = 0; b < market.aggregatorCount(); b++) {
                assertTrue(market.demand(b, s) > 0.01, "gamma^" + b + "_" + s + " = " + market.demand(b, s));
            }
        }

        List<ClaimVerdict> verdicts = CompetitionClaims.check(instance, file, 1L);
        Map<String, ClaimVerdict> byClaim = verdicts.stream().collect(Collectors.toMap(ClaimVerdict::claim, v -> v));
        List<ClaimVerdict> notApplicable = verdicts.stream().filter(v -> v.verdict() == Verdict.NOT_APPLICABLE).toList();
        System.out.println(file + ": NOT_APPLICABLE " + notApplicable.size() + " of " + verdicts.size());
        notApplicable.forEach(v -> System.out.println("  " + v.claim() + ": " + v.evidence()));
        assertEquals(Set.of("theorem2.existence"),
                notApplicable.stream().map(ClaimVerdict::claim).collect(Collectors.toSet()));
        assertTrue(byClaim.get("theorem2.existence").evidence().contains("needs bounded effort"));
        for (ClaimVerdict v : verdicts) {
            assertFalse(v.verdict().failsGate(), v.claim() + ": " + v.evidence());
            assertFalse(v.evidence().startsWith(CompetitionClaims.INCONCLUSIVE), v.claim() + ": " + v.evidence());
        }
        for (String exact : List.of("theorem3.poa-one-iff-uncoupled", "corollary1.ols-poa-above-one")) {
            assertEquals(Verdict.HOLDS, byClaim.get(exact).verdict(), byClaim.get(exact).evidence());
        }
        for (String sampled : List.of("theorem1.existence-iff-rho", "theorem1.unique-a",
                "theorem1.none-or-infinitely-many", "corollary2.unique-iff-single-buyer")) {
            assertEquals(Verdict.NO_COUNTEREXAMPLE_FOUND, byClaim.get(sampled).verdict(), byClaim.get(sampled).evidence());
        }
    }

    private static CompetitionInstance read(String file) {
        return CompetitionFile.fromJson(JsonInput.read(Path.of("src/main/resources/examples/" + file)));
    }
}
