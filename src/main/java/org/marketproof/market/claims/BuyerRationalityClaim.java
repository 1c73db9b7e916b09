package org.marketproof.market.claims;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.market.strategy.Extended;
import org.marketproof.market.strategy.SimulationEvaluator;
import org.marketproof.market.strategy.UtilityFigure;
import org.marketproof.market.valuation.TableValuation;

/**
 * p000.irb: u_j^b(M, s*) = v_j^d(m_j) - sup_mu E[p_j] >= 0 for every buyer (section 3.2, requirement
 * 1, with utility (9); Theorem 5.1, (17)). Exact on the rounded valuations for mechanisms that declare
 * their forms; otherwise a seeded simulation, whose upper confidence bound below 0 certifies a
 * violation.
 */
final class BuyerRationalityClaim extends MarketClaim {

    /** The simulation for mechanisms without declared forms. */
    static final SimulationEvaluator SIMULATION = new SimulationEvaluator(2_000, 1 - 1e-6);

    BuyerRationalityClaim() {
        super("p000.irb", "section 3.2 (IRB), utility (9), Theorem 5.1 and (17)",
                "Under s*, every buyer's utility v_j^d(m_j) - sup_mu E[p_j] is non-negative.",
                List.of(MarketHypotheses.SERVED, MarketHypotheses.FEASIBLE_OUTPUT));
    }

    @Override
    public Verdict check(MarketContext c) {
        int types = c.instance().buyers().size();
        StringBuilder ev = new StringBuilder();
        if (c.exact()) {
            for (int j = 0; j < types; j++) {
                Extended u = BuyerValues.utility(c.game(), c.star(), j, j).orElseThrow();
                ev.append(c.instance().buyers().get(j).name()).append(": ").append(u).append("; ");
                if (BuyerValues.less(u, Extended.of(BigFraction.ZERO))) {
                    return Verdict.certify(new BuyerCertificate(subject(c), c.star(), j, Sampling.EXACT),
                            "buyer utility (9) negative: " + ev);
                }
            }
            return Verdict.exact("u_j(M, s*) on the rounded valuations: " + ev);
        }
        StringBuilder tables = new StringBuilder();
        for (int j = 0; j < types; j++) {
            if (c.instance().buyers().get(j).valuation() instanceof TableValuation) {
                tables.append(tables.length() == 0 ? "" : ", ").append(c.instance().buyers().get(j).name());
                continue; // v^d only, no v^e to simulate the buyer's error with
            }
            long seed = c.seedFor(20 + j);
            UtilityFigure u = SIMULATION.buyerUtility(c.game(), c.star(), j, seed).orElseThrow();
            ev.append(c.instance().buyers().get(j).name()).append(": ").append(u).append("; ");
            if (u.upper() < 0) {
                return Verdict.certify(new BuyerCertificate(subject(c), c.star(), j, Sampling.of(u, seed)),
                        "buyer utility (9) below 0 at the simulation's confidence: " + ev);
            }
        }
        if (tables.length() > 0) {
            return undeclared("the simulation of (9) needs v^e, and buyer types " + tables + " have table valuations; "
                    + "simulated: " + ev);
        }
        return new Verdict.NoCounterexample(new Search(types, c.seedFor(20), "simulated buyer utilities (9) at s*, "
                + SIMULATION.name()), ev.toString());
    }
}
