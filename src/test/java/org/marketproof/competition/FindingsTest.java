package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counterexamples recorded in specs/competition.md, reproduced from their instance files (seed 1). */
class FindingsTest {

    private static CompetitionClaims claims(String file) {
        return new CompetitionClaims(CompetitionFile.read(Path.of("src/test/resources/findings/" + file)), 1L);
    }

    /** F1: Theorem 1's "no GN equilibrium or infinitely many" fails with one aggregator. */
    @Test
    void oneAggregatorHasExactlyOneEquilibrium() {
        CompetitionClaims c = claims("single-ols-aggregator.json");
        assertTrue(c.analysis().hypotheses().theorem1());
        ClaimVerdict v = c.noneOrInfinitelyMany();
        assertTrue(v.applicable());
        assertFalse(v.holds(), v.evidence());
        assertTrue(c.polytopeIsEquilibrium().holds());
    }

    /** F2 and F3: Theorem 3 and Corollary 1 fail with one least-squares aggregator (PoA = 1, xi > 0). */
    @Test
    void oneLeastSquaresAggregatorIsEfficientDespiteCoupling() {
        CompetitionClaims c = claims("single-ols-aggregator.json");
        assertFalse(c.offDiagonalCouplingZero());
        ClaimVerdict t3 = c.poaOneIffUncoupled();
        ClaimVerdict c1 = c.leastSquaresInefficient();
        assertTrue(t3.applicable() && c1.applicable());
        assertFalse(t3.holds(), t3.evidence());
        assertFalse(c1.holds(), c1.evidence());
    }

    /**
     * F4: below the lower threshold (gamma_s < underline a_s, Theorem 1's hypothesis dropped, as
     * Theorem 3 drops it) there are several equilibria with different a, all accepted by the
     * oracle, all with zero effort and PoA = 1 although every off-diagonal xi is positive.
     */
    @Test
    void tinyDemandGivesSeveralZeroEffortEquilibriaWithPriceOfAnarchyOne() {
        CompetitionClaims c = claims("tiny-demand-two-means.json");
        List<Equilibrium> found = c.analysis().equilibria();
        assertFalse(c.analysis().hypotheses().demandAboveThreshold());
        assertTrue(found.size() >= 2, "found " + found.size());
        assertTrue(EquilibriumSolver.distance(found.get(0).a(), found.get(1).a()) > 1e-3);
        assertTrue(c.polytopeIsEquilibrium().holds(), c.polytopeIsEquilibrium().evidence());
        for (Equilibrium e : found) {
            for (double effort : e.efforts()) {
                assertEquals(0, effort);
            }
        }
        ClaimVerdict t3 = c.poaOneIffUncoupled();
        assertTrue(t3.applicable());
        assertFalse(t3.holds(), t3.evidence());
    }
}
