package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.claims.Recheck;
import org.marketproof.io.JsonObject;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.settlement.ExactSum;

/**
 * Two realizations at the instructed sizes where the one with the larger discrepancy between the
 * first two contributors' sample means does not charge a buyer less, exactly. Refutes section 5's
 * "if this difference is large, buyers pay less; if it is small, they pay more".
 *
 * @param subject the claim, mechanism and instance
 * @param near the datasets with the smaller |mu-hat(Y_1) - mu-hat(Y_2)|
 * @param far the datasets with the larger one
 * @param buyerType j, whose price does not fall
 */
public record DiscrepancyCertificate(Subject subject, List<double[]> near, List<double[]> far, int buyerType)
        implements MarketCertificate {

    static final String KIND = "discrepancy";

    @Override
    public String kind() {
        return KIND;
    }

    /** @return |mu-hat(Y_1) - mu-hat(Y_2)| */
    static BigFraction gap(List<double[]> submissions) {
        BigFraction g = ExactSum.meanOf(submissions.get(0)).subtract(ExactSum.meanOf(submissions.get(1)));
        return g.signum() < 0 ? g.negate() : g;
    }

    @Override
    public Recheck recheck() {
        Design d = subject.mechanism().design(subject.instance());
        Map<String, String> fig = new LinkedHashMap<>();
        if (!Algorithm2.sizesAsInstructed(d, near) || !Algorithm2.sizesAsInstructed(d, far)
                || FractionOrder.compare(gap(far), gap(near)) <= 0) {
            fig.put("problem", "the realizations are not at the instructed sizes with a larger discrepancy in 'far'");
            return new Recheck(false, "exact", fig);
        }
        BigFraction pNear = subject.mechanism().settle(d, near).prices().get(buyerType);
        BigFraction pFar = subject.mechanism().settle(d, far).prices().get(buyerType);
        fig.put("buyer", subject.instance().buyers().get(buyerType).name());
        fig.put("|mu-hat(Y_1) - mu-hat(Y_2)|", Rechecks.exact(gap(near)) + " vs " + Rechecks.exact(gap(far)));
        fig.put("price", Rechecks.exact(pNear) + " vs " + Rechecks.exact(pFar));
        return new Recheck(FractionOrder.compare(pFar, pNear) >= 0, "exact", fig);
    }

    @Override
    public void writeBody(ObjectNode o) {
        CertificateJson.write(o, "near", near);
        CertificateJson.write(o, "far", far);
        o.put("buyerType", buyerType);
    }

    static DiscrepancyCertificate read(Subject s, JsonObject root) {
        return new DiscrepancyCertificate(s, CertificateJson.read(root, "near", s.instance()), CertificateJson.read(root, "far", s.instance()),
                CertificateJson.readIndex(root, "buyerType", s.instance().buyers().size()));
    }
}
