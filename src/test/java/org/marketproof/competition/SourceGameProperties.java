package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marketproof.competition.VerdictAssertions.assertConfirmed;
import static org.marketproof.competition.VerdictAssertions.assertConfirmedUnlessNotApplicable;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marketproof.verify.ClaimVerdict;

/** Section III-F and Lemma 1: the sources' induced game. */
class SourceGameProperties {

    @Provide
    Arbitrary<CompetitionInstance> anyMarket() {
        return net.jqwik.api.Arbitraries.oneOf(Markets.instances(Markets.THEOREM1_AS_STATED),
                Markets.instances(Markets.BOUNDED), Markets.instances(Markets.PARTIAL));
    }

    @Property(tries = 25)
    void eachSourcesBestEffortIsTheSameWhateverTheOthersDoAndIsUnique(@ForAll("anyMarket") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, "generated", seed).sourcesDominantAndUnique();
        assertConfirmedUnlessNotApplicable(v);
    }

    @Property(tries = 40)
    void bestEffortIsContinuousAndStrictlyIncreasingOnItsRange(@ForAll("anyMarket") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, "generated", seed).bestEffortIncreasing();
        assertConfirmedUnlessNotApplicable(v);
    }
}
