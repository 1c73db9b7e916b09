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

/**
 * A buyer type that envies another: u_j(m_j, p_j, s) &lt; u_j(m_k, p_k, s) of (9), exactly on the
 * rounded valuations. Refutes EFB (section 3.2).
 *
 * @param subject the claim, mechanism and instance
 * @param profile the profile, s*
 * @param buyerType j, the envious type
 * @param envied k, the type whose allocation and price rule j prefers
 */
public record EnvyCertificate(Subject subject, Profile profile, int buyerType, int envied) implements MarketCertificate {

    static final String KIND = "envy";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Recheck recheck() {
        Game game = subject.game();
        Optional<Extended> own = BuyerValues.utility(game, profile, buyerType, buyerType);
        Optional<Extended> other = BuyerValues.utility(game, profile, buyerType, envied);
        if (own.isEmpty() || other.isEmpty()) {
            return Rechecks.unevaluable("no exact buyer utilities for this profile under the mechanism");
        }
        Map<String, String> fig = new LinkedHashMap<>();
        fig.put("buyer", subject.instance().buyers().get(buyerType).name());
        fig.put("u_j(own: m = " + game.design().allocation(buyerType) + ")", own.get().toString());
        fig.put("u_j(" + subject.instance().buyers().get(envied).name() + "'s: m = " + game.design().allocation(envied)
                + ")", other.get().toString());
        return new Recheck(BuyerValues.less(own.get(), other.get()), "exact (rounded valuations)", fig);
    }

    @Override
    public void writeBody(ObjectNode o) {
        CertificateJson.writeProfile(o, "profile", profile);
        o.put("buyerType", buyerType);
        o.put("envied", envied);
    }

    static EnvyCertificate read(Subject s, JsonObject root) {
        int types = s.instance().buyers().size();
        return new EnvyCertificate(s, CertificateJson.readProfile(root, "profile", s.instance()),
                CertificateJson.readIndex(root, "buyerType", types), CertificateJson.readIndex(root, "envied", types));
    }
}
