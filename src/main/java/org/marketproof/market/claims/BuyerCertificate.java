package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.marketproof.claims.Recheck;
import org.marketproof.io.JsonObject;
import org.marketproof.market.strategy.Extended;
import org.marketproof.market.strategy.Game;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.SimulationEvaluator;
import org.marketproof.market.strategy.UtilityFigure;

/**
 * A buyer type whose utility (9) is negative at a profile: v_j^d(m_j) - sup_mu E[p_j] &lt; 0, exactly
 * on the rounded valuations, or by a simulation's upper confidence bound. Refutes IRB (section 3.2).
 *
 * @param subject the claim, mechanism and instance
 * @param profile the profile, s*
 * @param buyerType j
 * @param sampling exact, or the simulation (which needs v^e, so no table valuations)
 */
public record BuyerCertificate(Subject subject, Profile profile, int buyerType, Sampling sampling)
        implements MarketCertificate {

    static final String KIND = "buyer-utility";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Recheck recheck() {
        Game game = subject.game();
        Map<String, String> fig = new LinkedHashMap<>();
        fig.put("buyer", subject.instance().buyers().get(buyerType).name());
        fig.put("m_j", Integer.toString(game.design().allocation(buyerType)));
        if (sampling.exact()) {
            Optional<Extended> u = BuyerValues.utility(game, profile, buyerType, buyerType);
            if (u.isEmpty()) {
                return Rechecks.unevaluable("no exact buyer utility for this profile under the mechanism");
            }
            fig.put("u_j (9)", u.get() + " (exact, rounded valuations)");
            return new Recheck(BuyerValues.less(u.get(), Extended.of(org.apache.commons.numbers.fraction.BigFraction.ZERO)),
                    "exact", fig);
        }
        Optional<UtilityFigure> u = new SimulationEvaluator(sampling.samples(), sampling.level()).buyerUtility(game,
                profile, buyerType, sampling.seed());
        if (u.isEmpty()) {
            return Rechecks.unevaluable("the simulation needs v^e (not a table valuation)");
        }
        fig.put("u_j (9)", u.get().toString());
        return new Recheck(u.get().upper() < 0, "simulation upper confidence bound, " + sampling, fig);
    }

    @Override
    public void writeBody(ObjectNode o) {
        CertificateJson.writeProfile(o, "profile", profile);
        o.put("buyerType", buyerType);
        sampling.write(o);
    }

    static BuyerCertificate read(Subject s, JsonObject root) {
        return new BuyerCertificate(s, CertificateJson.readProfile(root, "profile", s.instance()),
                CertificateJson.readIndex(root, "buyerType", s.instance().buyers().size()), Sampling.read(root));
    }
}
