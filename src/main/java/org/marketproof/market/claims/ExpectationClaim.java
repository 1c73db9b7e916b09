package org.marketproof.market.claims;

import java.util.List;
import java.util.function.ToIntFunction;
import org.marketproof.claims.Hypothesis;
import org.marketproof.claims.Recheck;
import org.marketproof.claims.Verdict;
import org.marketproof.market.claims.ExpectationCertificate.Quantity;
import org.marketproof.market.claims.ExpectationCertificate.Test;

/**
 * A statement about expected prices, payments or profit at s*, checked exactly for every party with
 * {@link ExpectationCertificate}'s predicate: (16), section 5's expected payment, section 3.1's
 * non-negative ex-ante amounts and mu-free price and profit. One instance per claim id (see
 * {@link MarketCatalog}).
 */
final class ExpectationClaim extends MarketClaim {

    private final List<Quantity> quantities;
    private final Test test;

    ExpectationClaim(String id, String source, String statement, List<Hypothesis<MarketContext>> hypotheses,
            List<Quantity> quantities, Test test) {
        super(id, source, statement, hypotheses);
        this.quantities = List.copyOf(quantities);
        this.test = test;
    }

    @Override
    public Verdict check(MarketContext c) {
        if (!c.exact()) {
            return undeclared("E_mu at s* as a function of mu");
        }
        StringBuilder ev = new StringBuilder();
        for (Quantity q : quantities) {
            ToIntFunction<MarketContext> parties = switch (q) {
                case PRICE -> x -> x.instance().buyers().size();
                case PAYMENT -> MarketContext::contributors;
                case PROFIT -> x -> 1;
            };
            for (int p = 0; p < parties.applyAsInt(c); p++) {
                ExpectationCertificate ce = new ExpectationCertificate(subject(c), c.star(), q, p, test);
                Recheck r = ce.recheck();
                if (r.violates()) {
                    return Verdict.certify(ce, r.describe());
                }
                String shown = test == Test.NON_NEGATIVE ? "inf over mu" : "E_mu at mu = 0";
                ev.append(r.figures().get("quantity")).append(": ").append(shown).append(" = ")
                        .append(r.figures().get(shown)).append("; ");
            }
        }
        return Verdict.exact("at s*, exactly: " + ev);
    }
}
