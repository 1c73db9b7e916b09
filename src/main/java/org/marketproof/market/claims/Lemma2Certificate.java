package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.claims.Recheck;
import org.marketproof.market.pricing.Algorithm1;

/**
 * An instance on which every N Algorithm 1 may return loses more than the allowance: for every N
 * in {1, ..., floor(|B|/c_1)}, profit_N &lt;= sum_j v_j(N) - c_1 N &lt; 0 - allowance &lt;= OPT - allowance,
 * whatever the pricer. Refutes Lemma 2 (finding PR2: OPT may be at N = 0).
 *
 * @param subject the claim and instance (no mechanism)
 * @param allowance |B| O(epsilon)
 */
public record Lemma2Certificate(Subject subject, BigFraction allowance) implements MarketCertificate {

    static final String KIND = "algorithm1-range";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Recheck recheck() {
        OptBounds opt = OptBounds.of(subject.instance());
        Map<String, String> fig = new LinkedHashMap<>();
        fig.put("floor(|B|/c_1)", Algorithm1.searchLimit(subject.instance().buyerCount(), subject.instance().cost(0))
                .toPlainString());
        fig.put("max over N >= 1 of profit_N <=", Rechecks.exact(opt.collectingUpper()));
        fig.put("OPT >=", "0 (N = 0, sell nothing)");
        fig.put("allowance |B| O(eps)", Rechecks.exact(allowance));
        return new Recheck(FractionOrder.compare(opt.collectingUpper(), allowance.negate()) < 0, "exact (IRB bound "
                + "sum_j v_j(N) - c_1 N on every N of Algorithm 1's range)", fig);
    }

    @Override
    public void writeBody(ObjectNode o) {
        CertificateJson.writeFraction(o, "allowance", allowance);
    }
}
