package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.claims.Recheck;
import org.marketproof.io.JsonObject;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.Extended;
import org.marketproof.market.strategy.MuQuadratic;
import org.marketproof.market.strategy.Profile;

/**
 * A mechanism whose profit (12) at a profile is below OPT - (c_2 - c_1) - allowance, certified by a
 * lower bound on OPT: 0 (sell nothing) or a recorded envy-free, individually rational scheme,
 * re-checked on the rounded valuations. Refutes PO as Theorem 5.1 states it.
 *
 * @param subject the claim, mechanism and instance
 * @param profile the profile, s*
 * @param allowance |B| O(epsilon), the approximation allowed
 * @param scheme a feasible scheme witnessing OPT >= its profit, or null (OPT >= 0)
 */
public record ProfitCertificate(Subject subject, Profile profile, BigFraction allowance, GivenPricing scheme)
        implements MarketCertificate {

    static final String KIND = "profit";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Recheck recheck() {
        Optional<MuQuadratic> q = new ExactEvaluator().expectedProfit(subject.game(), profile);
        if (q.isEmpty()) {
            return Rechecks.unevaluable("no exact profit for this profile under the mechanism");
        }
        Extended profit = q.get().infimum();
        Map<String, String> fig = new LinkedHashMap<>();
        BigFraction opt = BigFraction.ZERO;
        String witness = "0 (sell nothing)";
        if (scheme != null) {
            Optional<BigFraction> p = OptBounds.profitIfEnvyFree(subject.instance(), scheme);
            if (p.isPresent() && FractionOrder.compare(p.get(), opt) > 0) {
                opt = p.get();
                witness = "the envy-free scheme " + scheme;
            }
        }
        BigFraction bound = opt.subtract(costGap(subject)).subtract(allowance);
        fig.put("profit(M, s) (12)", profit.isFinite() ? Rechecks.exact(profit.value()) : profit.toString());
        fig.put("OPT >=", Rechecks.exact(opt) + ", " + witness);
        fig.put("c_2 - c_1", Rechecks.exact(costGap(subject)));
        fig.put("allowance |B| O(eps)", Rechecks.exact(allowance));
        fig.put("OPT - (c_2 - c_1) - allowance >=", Rechecks.exact(bound));
        return new Recheck(BuyerValues.less(profit, Extended.of(bound)), "exact", fig);
    }

    /** @return c_2 - c_1 of the instance, exactly */
    static BigFraction costGap(Subject s) {
        return BigFraction.from(s.instance().cost(1)).subtract(BigFraction.from(s.instance().cost(0)));
    }

    @Override
    public void writeBody(ObjectNode o) {
        CertificateJson.writeProfile(o, "profile", profile);
        CertificateJson.writeFraction(o, "allowance", allowance);
        if (scheme != null) {
            o.set("scheme", InstanceCodec.write(scheme));
        }
    }

    static ProfitCertificate read(Subject s, JsonObject root) {
        return new ProfitCertificate(s, CertificateJson.readProfile(root, "profile", s.instance()),
                CertificateJson.readFraction(root, "allowance"),
                root.optional("scheme").map(p -> InstanceCodec.readPricing(p, s.instance())).orElse(null));
    }
}
