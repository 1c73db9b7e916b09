package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Lemma 3, Theorem 3, Corollaries 1 and 2. */
class EfficiencyProperties {

    @Provide
    Arbitrary<CompetitionInstance> theorem3AsStated() {
        return Markets.instances(Markets.THEOREM3_AS_STATED);
    }

    @Provide
    Arbitrary<CompetitionInstance> theorem3() {
        return Arbitraries.oneOf(Markets.instances(Markets.THEOREM3),
                Markets.instances(Markets.THEOREM3).map(i -> i.withCouplingScale(0)));
    }

    @Provide
    Arbitrary<CompetitionInstance> leastSquares() {
        return Markets.instances(Markets.PAPER_COUPLING).map(EfficiencyProperties::allOls).filter(Markets::wellPosed);
    }

    @Provide
    Arbitrary<CompetitionInstance> leastSquaresAsStated() {
        return Markets.instances(Markets.PAPER_COUPLING_AS_STATED).map(EfficiencyProperties::allOls)
                .filter(Markets::wellPosed);
    }

    @Provide
    Arbitrary<CompetitionInstance> partial() {
        return Arbitraries.oneOf(Markets.instances(Markets.PARTIAL), Markets.instances(Markets.THEOREM1));
    }

    @Property(tries = 40)
    void socialCostHasAUniqueMinimiser(@ForAll("theorem3") CompetitionInstance market, @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).uniqueOptimum();
        assertTrue(v.holds(), v.evidence());
    }

    /** Theorem 3 with its hypotheses as stated (gamma > 0 only); see findings F2 and F3. */
    @Falsified("F2")
    @Property(tries = 60, seed = "20240602")
    void anEfficientEquilibriumExistsIffNoOffDiagonalCoupling(@ForAll("theorem3AsStated") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).poaOneIffUncoupled();
        assertTrue(v.holds(), v.evidence());
    }

    /** Theorem 3 with the hypotheses it needs: |B| >= 2 and gamma_s above the lower threshold. */
    @Property(tries = 20)
    void withTwoAggregatorsAndDemandAboveThresholdEfficiencyIffUncoupled(@ForAll("theorem3") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).poaOneIffUncoupled();
        assertTrue(v.applicable() && v.holds(), v.evidence());
    }

    /** Corollary 1 as stated; see finding F3. */
    @Falsified("F3")
    @Property(tries = 60, seed = "20240603")
    void withLeastSquaresNoEquilibriumIsEfficient(@ForAll("leastSquaresAsStated") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).leastSquaresInefficient();
        assertTrue(v.holds(), v.evidence());
    }

    @Property(tries = 20)
    void withLeastSquaresAndTwoAggregatorsThePriceOfAnarchyExceedsOne(@ForAll("leastSquares") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).leastSquaresInefficient();
        assertTrue(v.holds(), v.evidence());
    }

    @Property(tries = 15)
    void equilibriumIsUniqueIffEverySourceSellsToExactlyOneAggregator(@ForAll("partial") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).uniqueIffSingleBuyer();
        assertTrue(v.holds(), v.evidence());
    }

    static CompetitionInstance allOls(CompetitionInstance i) {
        var aggs = i.aggregators().stream().map(a -> new Aggregator(a.name(), EstimatorKind.OLS, a.queries(), a.eta(),
                a.competition(), a.buys())).toList();
        return new CompetitionInstance(i.sources(), aggs, i.couplingScale());
    }
}
