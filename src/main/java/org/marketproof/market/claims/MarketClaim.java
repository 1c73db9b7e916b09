package org.marketproof.market.claims;

import java.util.List;
import org.marketproof.claims.Hypothesis;
import org.marketproof.claims.StatedClaim;
import org.marketproof.claims.Verdict;

/** A claim of paper 000, checked on one mechanism and instance ({@link MarketContext}). */
abstract class MarketClaim extends StatedClaim<MarketContext> {

    MarketClaim(String id, String source, String statement, List<Hypothesis<MarketContext>> hypotheses) {
        super(id, "paper 000, " + source, statement, hypotheses);
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
        return c.subject(info().id());
    }
}
