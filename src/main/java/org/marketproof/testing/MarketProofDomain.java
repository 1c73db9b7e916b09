package org.marketproof.testing;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.marketproof.competition.CompetitionInstance;
import org.marketproof.market.instance.MarketInstance;

/**
 * A jqwik domain that supplies both papers' instances to {@code @ForAll} parameters by type:
 *
 * <pre>{@code
 * @Property
 * @Domain(MarketProofDomain.class)
 * void myMechanismIsBudgetBalanced(@ForAll MarketInstance market) { ... }
 * }</pre>
 *
 * Market instances come from {@link MarketArbitraries#small()}; competition instances from
 * {@link CompetitionArbitraries#instances} with Theorem 1's hypotheses as stated.
 */
public class MarketProofDomain extends DomainContextBase {

    /** @return {@link MarketArbitraries#small()} */
    @Provide
    Arbitrary<MarketInstance> marketInstances() {
        return MarketArbitraries.small();
    }

    /** @return competition instances under Theorem 1's stated hypotheses */
    @Provide
    Arbitrary<CompetitionInstance> competitionInstances() {
        return CompetitionArbitraries.instances(CompetitionArbitraries.THEOREM1_AS_STATED);
    }
}
