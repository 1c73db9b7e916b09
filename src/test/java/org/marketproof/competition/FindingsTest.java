package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marketproof.competition.VerdictAssertions.assertConfirmed;
import static org.marketproof.competition.VerdictAssertions.assertFalsified;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketproof.verify.ClaimVerdict;

/** The counterexamples recorded in specs/competition.md, reproduced from their instance files (seed 1). */
class FindingsTest {

    private static CompetitionClaims claims(String file) {
        return new CompetitionClaims(CompetitionFile.read(Path.of("src/test/resources/findings/" + file)), file, 1L);
    }

    /** C1: Theorem 1's "no GN equilibrium or infinitely many" fails with one aggregator. */
    @Test
    void oneAggregatorHasExactlyOneEquilibrium() {
        CompetitionClaims c = claims("single-ols-aggregator.json");
        assertTrue(c.analysis().hypotheses().theorem1());
        assertFalsified(c.noneOrInfinitelyMany());
        assertConfirmed(c.polytopeIsEquilibrium());
    }

    /** C2 and C3: Theorem 3 and Corollary 1 fail with one least-squares aggregator (PoA = 1, xi > 0). */
    @Test
    void oneLeastSquaresAggregatorIsEfficientDespiteCoupling() {
        CompetitionClaims c = claims("single-ols-aggregator.json");
        assertFalse(c.offDiagonalCouplingZero());
        assertFalsified(c.poaOneIffUncoupled());
        assertFalsified(c.leastSquaresInefficient());
    }

    /**
     * C4: below the lower threshold (gamma_s < underline a_s, Theorem 1's hypothesis dropped, as
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
        assertConfirmed(c.polytopeIsEquilibrium());
        for (Equilibrium e : found) {
            for (double effort : e.efforts()) {
                assertEquals(0, effort);
            }
        }
        ClaimVerdict t3 = c.poaOneIffUncoupled();
        assertFalsified(t3);
    }

    /**
     * C5: under partial sharing the coupling in aggregator {@code b}'s first-order condition runs
     * over the sources {@code l in S_j ∩ S_b} only (derivation 5 of the spec). The literal reading
     * of (25) for Section V, {@code l in S_j}, gives a profile that is not a best response: the
     * oracle (which uses neither (25) nor (28)) finds an improvement far above its tolerance, while
     * the solution of the derived system is accepted.
     */
    @Test
    void literalReadingOfTwentyFiveUnderPartialSharingIsNotABestResponse() {
        CompetitionClaims c = claims("partial-sharing-two-means.json");
        Market m = c.market();
        assertTrue(c.analysis().hypotheses().theorem1(), "Theorem 4's hypotheses");
        assertFalse(c.analysis().hypotheses().fullSharing());
        double[][] derived = c.analysis().equilibria().get(0).a();
        double[][] literal = literalPartialSharingSolution(m);
        assertTrue(EquilibriumSolver.distance(derived, literal) > 1e-3, "the two readings must differ here");
        var rng = org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
        DeviationOracle oracle = new DeviationOracle(m, CompetitionClaims.ORACLE_STARTS);
        OracleReport atDerived = oracle.check(new ChargePolytope(m, derived).randomPoint(rng), derived, rng);
        assertTrue(atDerived.equilibrium(), atDerived.summary());
        OracleReport atLiteral = oracle.check(new ChargePolytope(m, literal).randomPoint(rng), literal, rng);
        assertFalse(atLiteral.equilibrium(), atLiteral.summary());
        Deviation worst = atLiteral.deviations().stream().max(java.util.Comparator.comparingDouble(Deviation::improvement))
                .orElseThrow();
        assertTrue(worst.feasible() && worst.improvement() > 1000 * worst.tolerance(), atLiteral.summary());
    }

    /**
     * {@code a = gamma + Xi_lit a} with {@code (Xi_lit a)^b_s = sum_{j in B_s, j != b} sum_{l in S_j,
     * l != s} a^j_l xi^j_{l,s}} (the literal reading), by fixed-point iteration from {@code gamma}.
     */
    private static double[][] literalPartialSharingSolution(Market m) {
        double[][] a = m.zeroProfile();
        for (int step = 0; step < 10_000; step++) {
            double[][] next = m.zeroProfile();
            for (int b = 0; b < m.aggregatorCount(); b++) {
                for (int s : m.members(b)) {
                    double v = m.demand(b, s);
                    for (int j : m.buyers(s)) {
                        if (j != b) {
                            for (int l : m.members(j)) {
                                if (l != s) {
                                    v += a[j][l] * m.xi(j, l, s);
                                }
                            }
                        }
                    }
                    next[b][s] = v;
                }
            }
            double change = EquilibriumSolver.distance(a, next);
            a = next;
            if (change <= 1e-15 * (1 + maxAbs(a))) {
                return a;
            }
        }
        throw new AssertionError("the literal system did not converge");
    }

    private static double maxAbs(double[][] a) {
        double max = 0;
        for (double[] row : a) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }
}
