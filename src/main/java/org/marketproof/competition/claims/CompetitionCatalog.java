package org.marketproof.competition.claims;

import java.util.List;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.ClaimInfo;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Claims;
import org.marketproof.claims.Progress;
import org.marketproof.competition.CompetitionInstance;

/**
 * Every claim of paper 003 (Westenbroek, Dong, Ratliff, Sastry), one verdict each per instance;
 * the ids, statements and checks are listed in {@code specs/competition.md}, "Claims".
 */
public final class CompetitionCatalog {
    private static final List<CompetitionClaim> CLAIMS = List.of(
            new SourcesDominantStrategy(),
            new BestEffortIncreasing(),
            new CouplingNonNegative(),
            new ParticipationBinds(),
            new ExistenceIffSpectralRadius(),
            new NoneOrInfinitelyMany(),
            new PolytopeIsEquilibrium("p003.theorem1.polytope-is-gne", "Theorem 1 item 1, (27)",
                    CompetitionHypotheses.theorem1()),
            new UniqueCoefficients("p003.theorem1.unique-a", "Theorem 1 items 1-2", CompetitionHypotheses.theorem1(),
                    false),
            new UniqueCoefficients("p003.theorem1.unique-effort", "Theorem 1 item 2", CompetitionHypotheses.theorem1(),
                    true),
            new PolytopeDimension(),
            new BestResponseIsFirstOrder("p003.theorem1.best-response-25", "proof of Theorem 1, (24)-(25)",
                    CompetitionHypotheses.theorem1()),
            new BoundedExistence(),
            new SeveralCoefficientProfiles(),
            new PolytopeIsEquilibrium("p003.theorem2.polytope-is-gne", "Theorem 2 item 2",
                    CompetitionHypotheses.theorem2()),
            new BestResponseIsFirstOrder("p003.theorem2.best-response-28", "proof of Theorem 2, (28)",
                    CompetitionHypotheses.theorem2()),
            new RunawayCoefficients(),
            new SocialOptimumUnique(),
            new EfficiencyIffUncoupled("p003.theorem3.poa-one-iff-uncoupled", "Theorem 3, (31)-(33)",
                    CompetitionHypotheses.theorem3()),
            new LeastSquaresCoupled(),
            new LeastSquaresInefficient(),
            new PolytopeIsEquilibrium("p003.theorem4.polytope-is-gne", "Theorem 4 item 1",
                    CompetitionHypotheses.theorem4()),
            new UniqueCoefficients("p003.theorem4.unique-a", "Theorem 4 items 1-2", CompetitionHypotheses.theorem4(),
                    false),
            new UniqueCoefficients("p003.theorem4.unique-effort", "Theorem 4 item 2", CompetitionHypotheses.theorem4(),
                    true),
            new SliceDimension(),
            new UniqueIfSingleBuyer(),
            new InfinitelyManyIfShared(),
            new DemandPointEfficiency("p003.section5.single-buyer-efficient", "Section V, remark after Corollary 2",
                    "If |B_s| = 1 for every source, the data market achieves a socially efficient outcome.",
                    CompetitionHypotheses.and(CompetitionHypotheses.theorem4(), CompetitionHypotheses.SINGLE_BUYER_EACH)),
            new EfficiencyIffUncoupled("p003.section5.poa-one-iff-uncoupled", "Section V, remark after Corollary 2",
                    CompetitionHypotheses.theorem4()),
            new EfficiencyIffUncoupled("p003.theorem6.poa-one-iff-uncoupled", "Theorem 6 (Appendix B)",
                    CompetitionHypotheses.theorem6()),
            new DemandPointEfficiency("p003.intro.single-aggregator-efficient", "Section I, Section VI, [17]",
                    "With a single aggregator the equilibrium is unique and socially efficient.",
                    java.util.List.of(CompetitionHypotheses.SINGLE_AGGREGATOR, CompetitionHypotheses.UNBOUNDED,
                            CompetitionHypotheses.POSITIVE_DEMAND)));

    private CompetitionCatalog() {}

    /**
     * Checks every claim of paper 003 on one instance.
     *
     * @param instance the competitive market
     * @param instanceName names the instance in the results and certificates
     * @param seed every random choice derives from it (and each claim's id)
     * @return one result per claim, in catalog order
     */
    public static List<ClaimResult> check(CompetitionInstance instance, String instanceName, long seed) {
        return check(instance, instanceName, seed, Progress.NONE);
    }

    /**
     * Checks every claim of paper 003 on one instance, telling {@code progress} after each.
     *
     * @param instance the market checked
     * @param instanceName names the instance in the results and certificates
     * @param seed every random choice derives from it (and each claim's id)
     * @param progress told the claims checked so far of {@link #claims()}'s size
     * @return one result per claim, in catalog order
     */
    public static List<ClaimResult> check(CompetitionInstance instance, String instanceName, long seed, Progress progress) {
        return Claims.evaluateAll(CLAIMS, new CompetitionContext(instance, instanceName, seed), instanceName, "", progress);
    }

    /**
     * Checks one claim of paper 003 on one instance (for the properties that check one claim on many
     * generated instances).
     *
     * @param claim the id of a claim of paper 003
     * @param instance the competitive market
     * @param instanceName names the instance in the result and certificate
     * @param seed every random choice derives from it (and the claim's id)
     * @return the claim's result
     * @throws IllegalArgumentException if {@code claim} is not in the catalog
     */
    public static ClaimResult check(ClaimId claim, CompetitionInstance instance, String instanceName, long seed) {
        CompetitionClaim c = CLAIMS.stream().filter(x -> x.info().id().equals(claim)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(claim + " is not a claim of paper 003"));
        return Claims.evaluateAll(List.of(c), new CompetitionContext(instance, instanceName, seed), instanceName, "")
                .get(0);
    }

    /** @return every claim's id, source and statement, in catalog order */
    public static List<ClaimInfo> claims() {
        return CLAIMS.stream().map(CompetitionClaim::info).toList();
    }

}
