package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.marketproof.claims.Recheck;
import org.marketproof.io.JsonObject;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.Game;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.UtilityFigure;

/**
 * A contributor whose ex-ante utility (7) is negative at a profile: u_i(M, s) &lt; 0, exactly or by
 * an upper confidence bound below 0. Refutes IRC (section 3.2) at s = s*.
 *
 * @param subject the claim, mechanism and instance
 * @param profile the profile, s*
 * @param contributor i, 0-based
 * @param sampling how the utility is evaluated
 */
public record UtilityCertificate(Subject subject, Profile profile, int contributor, Sampling sampling)
        implements MarketCertificate {

    static final String KIND = "contributor-utility";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Recheck recheck() {
        Game game = subject.game();
        Optional<UtilityFigure> u = new ExactEvaluator().contributorUtility(game, profile, contributor, 0)
                .or(() -> sampling.evaluator().contributorUtility(game, profile, contributor, sampling.seed()));
        if (u.isEmpty()) {
            return Rechecks.unevaluable("no exact utility for this profile under the mechanism");
        }
        Map<String, String> fig = new LinkedHashMap<>();
        fig.put("contributor", subject.instance().contributors().get(contributor).name());
        fig.put("u_i(s) (7)", u.get().toString());
        return new Recheck(u.get().upper() < 0, u.get().isExact() ? "exact" : "simulation upper confidence bound, "
                + sampling, fig);
    }

    @Override
    public void writeBody(ObjectNode o) {
        CertificateJson.writeProfile(o, "profile", profile);
        o.put("contributor", contributor);
        sampling.write(o);
    }

    static UtilityCertificate read(Subject s, JsonObject root) {
        return new UtilityCertificate(s, CertificateJson.readProfile(root, "profile", s.instance()),
                CertificateJson.readIndex(root, "contributor", s.instance().contributors().size()), Sampling.read(root));
    }
}
