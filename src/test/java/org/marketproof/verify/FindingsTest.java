package org.marketproof.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.marketproof.io.JsonInput;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Algorithm2Design;
import org.marketproof.market.pricing.ExactPricer;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.market.mechanism.catalog.NothingSold;
import org.marketproof.market.settlement.Settlement;
import org.marketproof.market.strategy.DeviationSearch;
import org.marketproof.market.strategy.Progress;

/** The findings of specs/strategies.md: each is found by the battery and its replay file reproduces. */
class FindingsTest {

    private static final Path EXAMPLES = Path.of("src/main/resources/examples");
    private static final GridPricer GRID = new GridPricer(0.01);

    private static StrategicClaims.Report battery(org.marketproof.market.mechanism.Mechanism m, Scenario s) {
        return StrategicClaims.run(m, s.instance(), 1, DeviationSearch.standard(Progress.NONE));
    }

    private static Verdict verdict(StrategicClaims.Report r, String claim) {
        return r.verdicts().stream().filter(v -> v.claim().equals(claim)).findFirst().orElseThrow().verdict();
    }

    /** S1: with W < 0 (Algorithm 1's profit below c_2 - c_1), ICC and IRC fail for the paper's mechanism. */
    @Test
    void s1NegativeWBreaksIccAndIrc() {
        Scenario s = Scenario.read(EXAMPLES.resolve("strategic-negative-w.json"));
        StrategicClaims.Report r = battery(s.mechanism("paper", GRID), s);
        assertEquals(Verdict.FALSIFIED, verdict(r, "ICC"));
        assertEquals(Verdict.FALSIFIED, verdict(r, "IRC"));
        Counterexample icc = r.counterexamples().stream().filter(c -> c.claim().equals("ICC")).findFirst().orElseThrow();
        assertEquals("0.00500000000 (exact)", icc.figures().get("gain"), "gain = -base_1 = -(W/2 + 3 c_1)");
    }

    /** S1 is not an artifact of a given pricing: Algorithm 1 with the exact pricer chooses N+ = 2 there too. */
    @Test
    void s1HappensWithTheRealAlgorithm1() {
        Scenario given = Scenario.read(EXAMPLES.resolve("strategic-negative-w.json"));
        Algorithm2 paper = Algorithm2.withPricer(new ExactPricer());
        assertEquals(2, paper.design(given.instance()).nPlus());
        StrategicClaims.Report r = StrategicClaims.run(paper, given.instance(), 1, DeviationSearch.standard(Progress.NONE));
        assertEquals(Verdict.FALSIFIED, verdict(r, "ICC"));
        assertEquals(Verdict.FALSIFIED, verdict(r, "IRC"));
    }

    /**
     * S2: budget balance holds at s* only: when exactly one contributor submits a wrongly sized
     * dataset, total prices - total payments = +-N_1* N_2* (c_2 - c_1)/N+, a deficit when it is
     * contributor 1.
     */
    @Test
    void s2BudgetUnbalancedWhenExactlyOneSizeIsWrong() {
        Scenario s = Scenario.read(EXAMPLES.resolve("strategic-scenario.json"));
        var m = s.mechanism("paper", GRID);
        Algorithm2Design d = (Algorithm2Design) m.design(s.instance());
        BigFraction expected = BigFraction.of(d.n1() * d.n2()).multiply(BigFraction.from(s.instance().cost(1))
                .subtract(BigFraction.from(s.instance().cost(0)))).divide(d.nPlus());
        for (int wrong = 0; wrong < 2; wrong++) {
            List<double[]> subs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                double[] y = new double[d.instruction(i) + (i == wrong ? 1 : 0)];
                Arrays.fill(y, 0.125 * i);
                subs.add(y);
            }
            Settlement st = m.settle(d, subs);
            assertEquals(wrong == 0 ? expected.negate() : expected, st.surplus(), "wrong size from contributor " + (wrong + 1));
        }
    }

    /** S3: Theorem 4 fails when OPT < c_2 - c_1: the mechanism that sells nothing has an equilibrium with profit 0. */
    @Test
    void s3TheoremFourNeedsOptAtLeastTheCostGap() {
        Scenario s = Scenario.read(EXAMPLES.resolve("strategic-theorem4.json"));
        StrategicClaims.Report r = battery(new NothingSold(), s);
        assertEquals(Verdict.FALSIFIED, verdict(r, "Theorem 4"));
        assertEquals(Verdict.NO_COUNTEREXAMPLE_FOUND, verdict(r, "ICC"), "nobody collecting must be an equilibrium");
    }

    @Test
    void everyStoredFindingReplays() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("specs/findings"))) {
            // this area's findings are s1, s2, ... (m*, pr*, c* belong to the other areas)
            List<Path> all = files.filter(f -> f.getFileName().toString().matches("s\\d+-.*\\.json")).toList();
            assertTrue(all.size() >= 5);
            for (Path f : all) {
                Counterexample ce = Counterexample.read(JsonInput.read(f));
                var m = MechanismCatalog.named(ce.mechanism(), new Scenario(ce.instance(), ce.pricing()).algorithm1(GRID));
                assertTrue(Replay.check(ce, m).reproduces(), f + " no longer reproduces");
            }
        }
    }
}
