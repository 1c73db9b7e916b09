package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Theorem 1 (unbounded effort), Theorem 4 (partial sharing) and Lemma 2. */
class Theorem1Properties {

    @Provide
    Arbitrary<CompetitionInstance> theorem1() {
        return Arbitraries.oneOf(Markets.instances(Markets.THEOREM1), Markets.instances(Markets.NEAR_THRESHOLD),
                Markets.instances(Markets.NEAR_RHO_ONE), Markets.instances(Markets.PARTIAL));
    }

    @Provide
    Arbitrary<CompetitionInstance> theorem1AsStated() {
        return Markets.instances(Markets.THEOREM1_AS_STATED);
    }

    @Property(tries = 15)
    void equilibriumExistsExactlyWhenSpectralRadiusBelowOne(@ForAll("theorem1") CompetitionInstance market,
            @ForAll long seed) {
        CompetitionClaims claims = new CompetitionClaims(market, seed);
        assertEquals(claims.analysis().rho().belowOne(), claims.analysis().exists());
        ClaimVerdict v = claims.existenceIffSpectralRadius();
        assertTrue(v.applicable() && v.holds(), v.evidence());
    }

    @Property(tries = 12)
    void returnedPointAndEveryPolytopePointAreEquilibria(@ForAll("theorem1") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).polytopeIsEquilibrium();
        assertTrue(v.holds(), v.evidence());
    }

    @Property(tries = 12)
    void pointsJustOutsideThePolytopeAreNotEquilibria(@ForAll("theorem1") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).outsidePolytopeIsNot();
        assertTrue(v.holds(), v.evidence());
    }

    @Property(tries = 12)
    void noEquilibriumHasDifferentCoefficients(@ForAll("theorem1") CompetitionInstance market, @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).uniqueCoefficients();
        assertTrue(v.holds(), v.evidence());
    }

    @Property(tries = 12)
    void atEveryEquilibriumTheParticipationConstraintBinds(@ForAll("theorem1") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).irBinds();
        assertTrue(v.holds(), v.evidence());
    }

    /** Theorem 1's first sentence with its hypotheses exactly as stated; see finding F1. */
    @Falsified("F1")
    @Property(tries = 40, seed = "20240601")
    void thereIsNoEquilibriumOrInfinitelyMany(@ForAll("theorem1AsStated") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).noneOrInfinitelyMany();
        assertTrue(v.holds(), v.evidence());
    }

    /** The same claim with the hypothesis the paper needs, at least two aggregators. */
    @Property(tries = 12)
    void withTwoOrMoreAggregatorsThereIsNoEquilibriumOrInfinitelyMany(@ForAll("theorem1") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).noneOrInfinitelyMany();
        assertTrue(v.holds(), v.evidence());
    }
}
