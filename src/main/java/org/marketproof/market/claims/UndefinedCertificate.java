package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketproof.claims.Recheck;
import org.marketproof.io.JsonObject;
import org.marketproof.market.mechanism.Design;

/**
 * An input of a valid instance that the mechanism cannot serve: its design fails on the instance,
 * or its settlement fails on the recorded datasets. Refutes {@code p000.defined} (section 3.1: a
 * mechanism gives N_i and m_j for the instance and prices p_j, payments pi_i on every tuple of
 * datasets in X^|C|; finding M1 for Algorithm 2 at N+ = 1).
 *
 * @param subject the claim, mechanism and instance
 * @param submissions the datasets settle fails on, or null when the design fails
 */
public record UndefinedCertificate(Subject subject, List<double[]> submissions) implements MarketCertificate {

    static final String KIND = "undefined";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Recheck recheck() {
        Map<String, String> fig = new LinkedHashMap<>();
        fig.put("stage", submissions == null ? "design" : "settle");
        try {
            Design d = subject.mechanism().design(subject.instance());
            if (submissions != null) {
                fig.put("sizes", CertificateJson.sizes(submissions));
                subject.mechanism().settle(d, submissions);
            }
            fig.put("outcome", "served: no failure");
            return new Recheck(false, "exact (re-run)", fig);
        } catch (MechanismFailure f) {
            fig.put("outcome", f.getMessage());
            return new Recheck(f.stage().equals(fig.get("stage")), "exact (re-run)", fig);
        }
    }

    @Override
    public void writeBody(ObjectNode o) {
        if (submissions != null) {
            CertificateJson.write(o, "submissions", submissions);
        }
    }

    static UndefinedCertificate read(Subject s, JsonObject root) {
        return new UndefinedCertificate(s, root.has("submissions") ? CertificateJson.read(root, "submissions", s.instance()) : null);
    }
}
