package org.marketproof.competition;

import static org.marketproof.competition.VerdictAssertions.applicable;
import static org.marketproof.competition.VerdictAssertions.assertConfirmed;
import static org.marketproof.competition.VerdictAssertions.assertFalsified;
import static org.marketproof.competition.VerdictAssertions.assertHolds;
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

/** Theorem 3, Theorem 6, Corollaries 1 and 2 and the efficiency remarks of Sections I and V. */
class EfficiencyProperties {

    @Provide
    Arbitrary<CompetitionInstance> theorem3AsStated() {
        return CompetitionArbitraries.instances(CompetitionArbitraries.THEOREM3_AS_STATED);
    }

    /** Theorem 3 with |B| >= 2 and every gamma_s above its threshold, coupled or not (scale 0). */
    @Provide
    Arbitrary<CompetitionInstance> theorem3() {
        return Arbitraries.oneOf(CompetitionArbitraries.instances(CompetitionArbitraries.THEOREM3),
                CompetitionArbitraries.instances(CompetitionArbitraries.THEOREM3).map(i -> i.withCouplingScale(0)));
    }

    @Provide
    Arbitrary<CompetitionInstance> theorem6() {
        return Arbitraries.oneOf(CompetitionArbitraries.instances(CompetitionArbitraries.THEOREM6),
                CompetitionArbitraries.instances(CompetitionArbitraries.THEOREM6).map(i -> i.withCouplingScale(0)));
    }

    @Provide
    Arbitrary<CompetitionInstance> theorem6AsStated() {
        return CompetitionArbitraries.instances(CompetitionArbitraries.THEOREM6_AS_STATED);
    }

    @Provide
    Arbitrary<CompetitionInstance> leastSquares() {
        return CompetitionArbitraries.instances(CompetitionArbitraries.PAPER_COUPLING).map(EfficiencyProperties::allOls).filter(CompetitionArbitraries::wellPosed);
    }

    @Provide
    Arbitrary<CompetitionInstance> leastSquaresAsStated() {
        return CompetitionArbitraries.instances(CompetitionArbitraries.PAPER_COUPLING_AS_STATED).map(EfficiencyProperties::allOls)
                .filter(CompetitionArbitraries::wellPosed);
    }

    @Provide
    Arbitrary<CompetitionInstance> partial() {
        return CompetitionArbitraries.instances(CompetitionArbitraries.PARTIAL);
    }

    /** Theorem 3 as stated (gamma > 0 only): one aggregator, or tiny demands, give an efficient coupled equilibrium (C2, C4). */
    @Falsified("C2")
    @Property(tries = 40, seed = "20240602", shrinking = ShrinkingMode.OFF)
    void anEfficientEquilibriumExistsIffNoOffDiagonalCoupling(@ForAll("theorem3AsStated") CompetitionInstance market,
            @ForAll long seed) {
        Verdict v = check("p003.theorem3.poa-one-iff-uncoupled", market, seed);
        assertNotFalsifiedExceptBy(v, CompetitionCertificate.Kind.EFFICIENT_GNE);
    }

    /** Decided exactly: an efficient equilibrium when uncoupled, derivation 9 when coupled; never from a rounded PoA. */
    @Property(tries = 20)
    void withTwoAggregatorsAndDemandAboveThresholdEfficiencyIffUncoupled(@ForAll("theorem3") CompetitionInstance market,
            @ForAll long seed) {
        Verdict v = check("p003.theorem3.poa-one-iff-uncoupled", market, seed);
        applicable(v, 100);
        assertHolds(v);
    }

    /** Theorem 6 as stated: one aggregator has Xi = 0 and a = gamma inside A_s, PoA = 1 despite xi > 0 (C2). */
    @Falsified("C2")
    @Property(tries = 40, seed = "20240606", shrinking = ShrinkingMode.OFF)
    void withBoundedEffortAnEfficientEquilibriumExistsIffNoOffDiagonalCoupling(
            @ForAll("theorem6AsStated") CompetitionInstance market, @ForAll long seed) {
        Verdict v = check("p003.theorem6.poa-one-iff-uncoupled", market, seed);
        assertNotFalsifiedExceptBy(v, CompetitionCertificate.Kind.EFFICIENT_GNE);
    }

    @Property(tries = 20)
    void withBoundedEffortAndTwoAggregatorsEfficiencyIffUncoupled(@ForAll("theorem6") CompetitionInstance market,
            @ForAll long seed) {
        Verdict v = check("p003.theorem6.poa-one-iff-uncoupled", market, seed);
        applicable(v, 100);
        assertHolds(v);
    }

    /** Corollary 1 as stated: one least-squares aggregator is efficient (C3). */
    @Falsified("C3")
    @Property(tries = 40, seed = "20240603", shrinking = ShrinkingMode.OFF)
    void withLeastSquaresNoEquilibriumIsEfficient(@ForAll("leastSquaresAsStated") CompetitionInstance market,
            @ForAll long seed) {
        Verdict v = check("p003.corollary1.ols-poa-above-one", market, seed);
        assertNotFalsifiedExceptBy(v, CompetitionCertificate.Kind.EFFICIENT_GNE);
    }

    @Property(tries = 10)
    void withLeastSquaresAndTwoAggregatorsThePriceOfAnarchyExceedsOne(@ForAll("leastSquares") CompetitionInstance market,
            @ForAll long seed) {
        Verdict v = check("p003.corollary1.ols-poa-above-one", market, seed);
        applicable(v, 100);
        assertHolds(v);
        assertHolds(check("p003.corollary1.ols-coupled", market, seed));
    }

    /** Corollary 2 item 2 and the Section V remark on generated partial-sharing markets. */
    @Property(tries = 15)
    void underPartialSharingASharedSourceGivesInfinitelyManyEquilibria(@ForAll("partial") CompetitionInstance market,
            @ForAll long seed) {
        Verdict v = check("p003.corollary2.infinitely-many-if-shared", market, seed);
        applicable(v, 80);
        if (v.kind() != Verdict.Kind.NOT_APPLICABLE) {
            assertConfirmed(v);
        }
        Verdict poa = check("p003.section5.poa-one-iff-uncoupled", market, seed);
        if (poa.kind() == Verdict.Kind.FALSIFIED) {
            assertFalsified(poa, CompetitionCertificate.Kind.EFFICIENT_GNE);
        }
    }

    static CompetitionInstance allOls(CompetitionInstance i) {
        var aggs = i.aggregators().stream().map(a -> new Aggregator(a.name(), EstimatorKind.OLS, a.queries(), a.eta(),
                a.competition(), a.buys())).toList();
        return new CompetitionInstance(i.sources(), aggs, i.couplingScale());
    }
}
