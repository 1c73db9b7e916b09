package org.marketproof.competition;

import static org.marketproof.competition.VerdictAssertions.applicable;
import static org.marketproof.competition.VerdictAssertions.assertConfirmedUnlessNotApplicable;
import static org.marketproof.competition.VerdictAssertions.assertConfirmed;
import static org.marketproof.competition.VerdictAssertions.assertConfirmedUnlessFalsifiedBy;
import static org.marketproof.competition.VerdictAssertions.assertFalsified;
import static org.marketproof.competition.VerdictAssertions.assertNotFalsified;
import static org.marketproof.competition.VerdictAssertions.assertNotFalsifiedExceptBy;
import static org.marketproof.competition.VerdictAssertions.check;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.marketproof.Falsified;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.claims.CompetitionCertificate;
import org.marketproof.testing.CompetitionArbitraries;

/** Theorem 1 (unbounded effort, full sharing) and Theorem 4 (partial sharing) on generated markets. */
class Theorem1Properties {

    @Provide
    Arbitrary<CompetitionInstance> theorem1() {
        return Arbitraries.oneOf(CompetitionArbitraries.instances(CompetitionArbitraries.THEOREM1), CompetitionArbitraries.instances(CompetitionArbitraries.NEAR_THRESHOLD),
                CompetitionArbitraries.instances(CompetitionArbitraries.NEAR_RHO_ONE));
    }

    @Provide
    Arbitrary<CompetitionInstance> belowOne() {
        return Arbitraries.oneOf(CompetitionArbitraries.instances(CompetitionArbitraries.THEOREM1_BELOW_ONE), CompetitionArbitraries.instances(CompetitionArbitraries.NEAR_THRESHOLD));
    }

    @Provide
    Arbitrary<CompetitionInstance> nearOne() {
        return CompetitionArbitraries.instances(CompetitionArbitraries.NEAR_RHO_ONE);
    }

    @Provide
    Arbitrary<CompetitionInstance> theorem1AsStated() {
        return CompetitionArbitraries.instances(CompetitionArbitraries.THEOREM1_AS_STATED);
    }

    @Provide
    Arbitrary<CompetitionInstance> partial() {
        return CompetitionArbitraries.instances(CompetitionArbitraries.PARTIAL);
    }

    /**
     * Decided exactly on both sides of rho = 1, also within 1e-4 of it: HOLDS below; above, a search
     * that found nothing, or a kinked equilibrium (finding C9) certified.
     */
    @Property(tries = 20)
    void anEquilibriumExistsExactlyWhenTheSpectralRadiusIsBelowOne(@ForAll("theorem1") CompetitionInstance market,
            @ForAll long seed) {
        Verdict v = check("p003.theorem1.existence-iff-rho", market, seed);
        applicable(v, 90);
        if (v.kind() != Verdict.Kind.NOT_APPLICABLE) {
            assertConfirmedUnlessFalsifiedBy(v, CompetitionCertificate.Kind.GNE_DESPITE_RHO);
        }
    }

    /** Finding C9: with rho(Xi) >= 1 an equilibrium at a kink can still exist, so existence is not "iff rho < 1". */
    @Falsified("C9")
    @Property(tries = 40, seed = "20240609", shrinking = ShrinkingMode.OFF)
    void noEquilibriumExistsWhenTheSpectralRadiusIsAtLeastOne(@ForAll("nearOne") CompetitionInstance market,
            @ForAll long seed) {
        Verdict v = check("p003.theorem1.existence-iff-rho", market, seed);
        assertNotFalsifiedExceptBy(v, CompetitionCertificate.Kind.GNE_DESPITE_RHO);
    }

    /** Theorem 1's first sentence with its hypotheses as stated: one aggregator has exactly one equilibrium (C1). */
    @Falsified("C1")
    @Property(tries = 40, seed = "20240601", shrinking = ShrinkingMode.OFF)
    void thereIsNoEquilibriumOrInfinitelyMany(@ForAll("theorem1AsStated") CompetitionInstance market, @ForAll long seed) {
        assertNotFalsified(check("p003.theorem1.none-or-infinitely-many", market, seed));
    }

    /** With at least two aggregators the dichotomy is confirmed (exactly, where an equilibrium exists). */
    @Property(tries = 15)
    void withTwoOrMoreAggregatorsThereIsNoEquilibriumOrInfinitelyMany(@ForAll("theorem1") CompetitionInstance market,
            @ForAll long seed) {
        Verdict v = check("p003.theorem1.none-or-infinitely-many", market, seed);
        applicable(v, 90);
        assertConfirmedUnlessNotApplicable(v);
    }

    /**
     * Finding C6: the coefficients are not the same in every equilibrium. An aggregator that pays
     * nothing for a source is at a best response above (25); the certificate is exact.
     */
    @Falsified("C6")
    @Property(tries = 20, seed = "20240607", shrinking = ShrinkingMode.OFF)
    void everyEquilibriumHasTheCoefficientsOfTwentySix(@ForAll("theorem1") CompetitionInstance market,
            @ForAll long seed) {
        Verdict v = check("p003.theorem1.unique-a", market, seed);
        assertNotFalsifiedExceptBy(v, CompetitionCertificate.Kind.OTHER_COEFFICIENTS);
    }

    /** Finding C6 under partial sharing (Theorem 4 items 1-2). */
    @Falsified("C6")
    @Property(tries = 20, seed = "20240608", shrinking = ShrinkingMode.OFF)
    void underPartialSharingEveryEquilibriumHasTheSameEfforts(@ForAll("partial") CompetitionInstance market,
            @ForAll long seed) {
        Verdict v = check("p003.theorem4.unique-effort", market, seed);
        assertNotFalsifiedExceptBy(v, CompetitionCertificate.Kind.OTHER_EFFORTS);
    }

    /**
     * Theorem 1 item 1, the other direction: every charge-polytope point of (26) is an equilibrium.
     * Only a kinked equilibrium (C6) may falsify it, and then with that certificate.
     */
    @Property(tries = 10)
    void thePolytopeOfTwentySixConsistsOfEquilibria(@ForAll("belowOne") CompetitionInstance market, @ForAll long seed) {
        Verdict v = check("p003.theorem1.polytope-is-gne", market, seed);
        applicable(v, 90);
        if (v.kind() == Verdict.Kind.FALSIFIED) {
            assertFalsified(v, CompetitionCertificate.Kind.POLYTOPE_NOT_GNE);
        } else if (v.kind() != Verdict.Kind.NOT_APPLICABLE) {
            assertConfirmed(v);
        }
    }
}
