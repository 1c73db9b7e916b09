package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
        ClaimVerdict v = new CompetitionClaims(market, seed).sourcesDominantAndUnique();
        assertTrue(v.holds(), v.evidence());
    }

    @Property(tries = 40)
    void bestEffortIsContinuousAndStrictlyIncreasingOnItsRange(@ForAll("anyMarket") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).bestEffortIncreasing();
        assertTrue(v.holds(), v.evidence());
    }
}
