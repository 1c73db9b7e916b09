package org.marketproof.market.claims;

import java.util.List;
import org.marketproof.claims.Verdict;
import org.marketproof.market.mechanism.Design;

/**
 * p000.subsets: each buyer receives a uniformly random subset of m_j points of the pooled
 * submissions (section 3.1, step 4; Algorithm 2, line 11), which exists under s* because the
 * mechanism "always chooses m_j <= sum_i N_i" (section 3.1, after (11)). Checked exactly on the
 * design, counting only the contributors whose data is sold (line 10 pools Y_1 and Y_2). Off s*, when
 * fewer points are submitted than m_j, the paper is silent (finding M4): the suite then gives the
 * buyer all |Y| points ({@code BuyerAllocation}), which no price or payment depends on.
 */
final class SubsetsClaim extends MarketClaim {

    SubsetsClaim() {
        super("p000.subsets", "section 3.1 (step 4, m_j <= sum_i N_i) and Algorithm 2 (lines 10-11)",
                "Under s*, the pooled submissions sold hold at least m_j points for every buyer, so her random subset "
                        + "of m_j points exists.",
                List.of(MarketHypotheses.SERVED));
    }

    @Override
    public Verdict check(MarketContext c) {
        Design d = c.design().orElseThrow();
        int largest = 0;
        for (int j = 0; j < c.instance().buyers().size(); j++) {
            AllocationCertificate ce = new AllocationCertificate(subject(c), j);
            if (ce.recheck().violates()) {
                return Verdict.certify(ce, "buyer type " + c.instance().buyers().get(j).name() + " is sold more points "
                        + "than s* pools");
            }
            largest = Math.max(largest, d.allocation(j));
        }
        return Verdict.exact("max_j m_j = " + largest + " <= |Y| = " + AllocationCertificate.pool(d) + " under s*; off s*"
                + " a contributor can submit fewer points than m_j, where the paper is silent (finding M4)");
    }
}
