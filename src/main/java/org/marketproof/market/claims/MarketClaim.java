package org.marketproof.market.claims;

import java.util.List;
import org.marketproof.claims.Claim;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.ClaimInfo;
import org.marketproof.claims.Hypothesis;
import org.marketproof.claims.Verdict;

/** A claim of paper 000, checked on one mechanism and instance ({@link MarketContext}). */
abstract class MarketClaim implements Claim<MarketContext> {

    private final ClaimInfo info;
    private final List<Hypothesis<MarketContext>> hypotheses;

    MarketClaim(String id, String source, String statement, List<Hypothesis<MarketContext>> hypotheses) {
        this.info = new ClaimInfo(ClaimId.of(id), "paper 000, " + source, statement);
        this.hypotheses = List.copyOf(hypotheses);
    }

    @Override
    public final ClaimInfo info() {
        return info;
    }

    @Override
    public final List<Hypothesis<MarketContext>> hypotheses() {
        return hypotheses;
    }

    /**
     * @return the honest verdict when a claim needs exact expectations the mechanism does not
     *     offer: it does not declare {@code dependsOnlyOnSizesAndMeans}
     */
    static Verdict undeclared(String what) {
        return new Verdict.Inconclusive("needs exact expectations over mu, and the mechanism does not declare "
                + "dependsOnlyOnSizesAndMeans (prices and payments quadratic in the submitted means): " + what);
    }

    /** @return the subject of this claim's certificates about the context's mechanism */
    final Subject subject(MarketContext c) {
        return c.subject(info.id());
    }
}
