package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketproof.claims.Recheck;
import org.marketproof.io.JsonObject;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.settlement.Settlement;

/**
 * A realization at the instructed sizes whose total prices differ from total payments, exactly.
 * Refutes BB (section 3.2: sum_i pi_i = sum_j p_j for every realization of the data under s*).
 *
 * @param subject the claim, mechanism and instance
 * @param submissions the datasets, one per contributor, of the instructed sizes
 */
public record SettlementCertificate(Subject subject, List<double[]> submissions) implements MarketCertificate {

    static final String KIND = "settlement";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Recheck recheck() {
        Design design = subject.mechanism().design(subject.instance());
        Map<String, String> fig = new LinkedHashMap<>();
        fig.put("sizes", CertificateJson.sizes(submissions));
        boolean instructed = submissions.size() == subject.instance().contributors().size()
                && Algorithm2.sizesAsInstructed(design, submissions);
        if (!instructed) {
            fig.put("problem", "the sizes are not the instructed ones, where BB is claimed");
            return new Recheck(false, "exact", fig);
        }
        Settlement s = subject.mechanism().settle(design, submissions);
        fig.put("total prices", Rechecks.exact(s.totalPrices()));
        fig.put("total payments", Rechecks.exact(s.totalPayments()));
        fig.put("surplus", Rechecks.exact(s.surplus()));
        return new Recheck(!s.budgetBalanced(), "exact", fig);
    }

    @Override
    public void writeBody(ObjectNode o) {
        CertificateJson.write(o, "submissions", submissions);
    }

    static SettlementCertificate read(Subject s, JsonObject root) {
        return new SettlementCertificate(s, CertificateJson.read(root, "submissions", s.instance()));
    }
}
