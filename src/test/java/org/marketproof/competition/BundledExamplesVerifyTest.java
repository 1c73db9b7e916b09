package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    @ValueSource(strings = {"competition-example.json", "competition-bounded.json"})
    void noClaimIsFalsifiedOnTheBundledExamples(String file) {
        CompetitionInstance instance = CompetitionFile.fromJson(
                JsonInput.read(Path.of("src/main/resources/examples/" + file)));
        List<ClaimVerdict> verdicts = CompetitionClaims.check(instance, file, 1L);
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
}
