package org.marketproof.competition;

import static org.marketproof.competition.VerdictAssertions.applicable;
import static org.marketproof.competition.VerdictAssertions.assertConfirmed;
import static org.marketproof.competition.VerdictAssertions.check;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marketproof.claims.Verdict;
import org.marketproof.testing.CompetitionArbitraries;

/** Section III-F, Lemma 1, Lemma 3 and the sign of xi: the sampled and the exact claims about single sources. */
class SourceClaimsProperties {

    @Provide
    Arbitrary<CompetitionInstance> anyMarket() {
        return Arbitraries.oneOf(CompetitionArbitraries.instances(CompetitionArbitraries.THEOREM1_AS_STATED), CompetitionArbitraries.instances(CompetitionArbitraries.BOUNDED),
                CompetitionArbitraries.instances(CompetitionArbitraries.PARTIAL));
    }

    @Property(tries = 25)
    void eachSourcesBestEffortIsTheSameWhateverTheOthersDoAndIsUnique(@ForAll("anyMarket") CompetitionInstance market,
            @ForAll long seed) {
        assertConfirmed(check("p003.sources.dominant-unique", market, seed));
    }

    @Property(tries = 40)
    void bestEffortIsContinuousAndStrictlyIncreasingOnItsRange(@ForAll("anyMarket") CompetitionInstance market,
            @ForAll long seed) {
        assertConfirmed(check("p003.lemma1.mu-increasing", market, seed));
    }

    /** Generated markets have gamma^b_s > 0 for the buyers; under full sharing for every pair. */
    @Property(tries = 30)
    void socialCostHasAUniqueMinimiser(@ForAll("anyMarket") CompetitionInstance market, @ForAll long seed) {
        Verdict v = check("p003.lemma3.unique-optimum", market, seed);
        applicable(v, 50);
        if (v.kind() != Verdict.Kind.NOT_APPLICABLE) {
            assertConfirmed(v);
        }
    }

    @Property(tries = 30)
    void everyCouplingIsNonNegative(@ForAll("anyMarket") CompetitionInstance market, @ForAll long seed) {
        VerdictAssertions.assertHolds(check("p003.model.xi-nonnegative", market, seed));
    }
}
