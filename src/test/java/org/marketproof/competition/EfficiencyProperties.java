package org.marketproof.competition;

import org.marketproof.Falsified;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marketproof.competition.VerdictAssertions.assertConfirmed;
import static org.marketproof.competition.VerdictAssertions.assertConfirmedUnlessNotApplicable;
import static org.marketproof.competition.VerdictAssertions.assertNotFalsified;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marketproof.verify.ClaimVerdict;

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
    Arbitrary<CompetitionInstance> theorem6() {
        return Arbitraries.oneOf(Markets.instances(Markets.THEOREM6),
                Markets.instances(Markets.THEOREM6).map(i -> i.withCouplingScale(0)));
    }

    @Provide
    Arbitrary<CompetitionInstance> theorem6AsStated() {
        return Markets.instances(Markets.THEOREM6_AS_STATED);
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
        ClaimVerdict v = new CompetitionClaims(market, "generated", seed).uniqueOptimum();
        assertConfirmedUnlessNotApplicable(v);
    }

    /** Theorem 3 with its hypotheses as stated (gamma > 0 only); see findings C2 and C3. */
    @Falsified("C2")
    @Property(tries = 60, seed = "20240602")
    void anEfficientEquilibriumExistsIffNoOffDiagonalCoupling(@ForAll("theorem3AsStated") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, "generated", seed).poaOneIffUncoupled();
        assertNotFalsified(v);
    }

    /** Theorem 3 with the hypotheses it needs: |B| >= 2 and gamma_s above the lower threshold. */
    @Property(tries = 20)
    void withTwoAggregatorsAndDemandAboveThresholdEfficiencyIffUncoupled(@ForAll("theorem3") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, "generated", seed).poaOneIffUncoupled();
        assertConfirmed(v);
    }

    /**
     * Theorem 6 (Theorem 3 for bounded effort, {@code gamma_s in [underline a_s, bar a_s)}) with
     * its hypotheses as stated: one aggregator has {@code Xi = 0}, so {@code a = gamma} inside
     * {@code A_s} and {@code PoA = 1} despite off-diagonal {@code xi > 0}; see finding C2.
     */
    @Falsified("C2")
    @Property(tries = 60, seed = "20240606")
    void withBoundedEffortAnEfficientEquilibriumExistsIffNoOffDiagonalCoupling(
            @ForAll("theorem6AsStated") CompetitionInstance market, @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, "generated", seed).poaOneIffUncoupled();
        assertNotFalsified(v);
    }

    /** Theorem 6 with the hypothesis it needs, {@code |B| >= 2}, with zero and with generic coupling. */
    @Property(tries = 20)
    void withBoundedEffortAndTwoAggregatorsEfficiencyIffUncoupled(@ForAll("theorem6") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, "generated", seed).poaOneIffUncoupled();
        assertConfirmed(v);
    }

    /** Corollary 1 as stated; see finding C3. */
    @Falsified("C3")
    @Property(tries = 60, seed = "20240603")
    void withLeastSquaresNoEquilibriumIsEfficient(@ForAll("leastSquaresAsStated") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, "generated", seed).leastSquaresInefficient();
        assertNotFalsified(v);
    }

    @Property(tries = 20)
    void withLeastSquaresAndTwoAggregatorsThePriceOfAnarchyExceedsOne(@ForAll("leastSquares") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, "generated", seed).leastSquaresInefficient();
        assertConfirmedUnlessNotApplicable(v);
    }

    @Property(tries = 15)
    void equilibriumIsUniqueIffEverySourceSellsToExactlyOneAggregator(@ForAll("partial") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, "generated", seed).uniqueIffSingleBuyer();
        assertConfirmedUnlessNotApplicable(v);
    }

    static CompetitionInstance allOls(CompetitionInstance i) {
        var aggs = i.aggregators().stream().map(a -> new Aggregator(a.name(), EstimatorKind.OLS, a.queries(), a.eta(),
                a.competition(), a.buys())).toList();
        return new CompetitionInstance(i.sources(), aggs, i.couplingScale());
    }
}
