package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marketproof.claims.Recheck;
import org.marketproof.io.JsonObject;
import org.marketproof.market.mechanism.Design;

/**
 * A buyer type promised more points than the instructed, sold submissions hold: m_j > sum over
 * sold contributors of N_i, so under s* the random subset of size m_j of line 11 of Algorithm 2
 * (section 3.1, step 4) does not exist. Refutes {@code p000.subsets}.
 *
 * @param subject the claim, mechanism and instance
 * @param buyerType j
 */
public record AllocationCertificate(Subject subject, int buyerType) implements MarketCertificate {

    static final String KIND = "allocation";

    @Override
    public String kind() {
        return KIND;
    }

    /** @return sum over sold contributors of N_i: the pool |Y| under s* */
    static long pool(Design d) {
        long pool = 0;
        for (int i = 0; i < d.instance().contributors().size(); i++) {
            pool += d.sold(i) ? d.instruction(i) : 0;
        }
        return pool;
    }

    @Override
    public Recheck recheck() {
        Design d = subject.mechanism().design(subject.instance());
        Map<String, String> fig = new LinkedHashMap<>();
        fig.put("buyer", subject.instance().buyers().get(buyerType).name());
        fig.put("m_j", Integer.toString(d.allocation(buyerType)));
        fig.put("|Y| under s* (sold, instructed)", Long.toString(pool(d)));
        return new Recheck(d.allocation(buyerType) > pool(d), "exact", fig);
    }

    @Override
    public void writeBody(ObjectNode o) {
        o.put("buyerType", buyerType);
    }

    static AllocationCertificate read(Subject s, JsonObject root) {
        return new AllocationCertificate(s, CertificateJson.readIndex(root, "buyerType", s.instance().buyers().size()));
    }
}
