package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.marketproof.claims.Recheck;
import org.marketproof.io.JsonObject;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.Extended;
import org.marketproof.market.strategy.Figures;
import org.marketproof.market.strategy.Game;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.StrategyCodec;
import org.marketproof.market.strategy.UtilityEvaluator;
import org.marketproof.market.strategy.UtilityFigure;

/**
 * A profitable unilateral deviation: u_i(s_i', s_-i) > u_i(s) of (7), exactly or by the
 * deviation's lower confidence bound exceeding the baseline's upper one. Refutes ICC at s = s*,
 * and Lemmas 7-9 when s is the lemma's right-hand strategy.
 *
 * @param subject the claim, mechanism and instance
 * @param base the profile s deviated from
 * @param contributor i, 0-based in cost order
 * @param deviation s_i'
 * @param sampling how utilities are evaluated (exact when possible)
 */
public record DeviationCertificate(Subject subject, Profile base, int contributor, Strategy deviation, Sampling sampling)
        implements MarketCertificate {

    static final String KIND = "deviation";

    /** Offset between a deviation's seed and its simulated baseline's seed. */
    static final long BASELINE_SEED_OFFSET = 0x9E3779B97F4A7C15L;

    @Override
    public String kind() {
        return KIND;
    }

    /** @return the same certificate with another deviating strategy (for shrinking) */
    DeviationCertificate with(Strategy s) {
        return new DeviationCertificate(subject, base, contributor, s, sampling);
    }

    @Override
    public Recheck recheck() {
        Game game = subject.game();
        UtilityEvaluator eval = sampling.evaluator();
        Optional<UtilityFigure> d = utility(eval, game, base.with(contributor, deviation), sampling.seed());
        Optional<UtilityFigure> u = utility(eval, game, base, sampling.seed() + BASELINE_SEED_OFFSET);
        if (d.isEmpty() || u.isEmpty()) {
            return Rechecks.unevaluable("no exact utility for this profile under the mechanism");
        }
        UtilityFigure dev = d.get();
        UtilityFigure b = u.get();
        Optional<Extended> exact = dev.exactGain(b);
        double lower = dev.gainLowerBound(b);
        boolean certified = exact.map(g -> g.infinity() > 0 || (g.isFinite() && g.value().signum() > 0))
                .orElse(lower > 0);
        Map<String, String> fig = new LinkedHashMap<>();
        fig.put("contributor", subject.instance().contributors().get(contributor).name());
        fig.put("from", base.get(contributor).name());
        fig.put("deviation", deviation.name());
        fig.put("u_deviation", dev.toString());
        fig.put("u_baseline", b.toString());
        fig.put("gain", exact.map(g -> g + " (exact)").orElse(">= " + Figures.format(lower) + " (confidence "
                + sampling.level() + ")"));
        return new Recheck(certified, exact.isPresent() ? "exact" : "simulation lower confidence bound of the gain, "
                + sampling, fig);
    }

    /** The exact utility when it exists, else the certificate's simulation. */
    private Optional<UtilityFigure> utility(UtilityEvaluator eval, Game game, Profile p, long seed) {
        return new ExactEvaluator().contributorUtility(game, p, contributor, 0)
                .or(() -> eval.contributorUtility(game, p, contributor, seed));
    }

    @Override
    public void writeBody(ObjectNode o) {
        CertificateJson.writeProfile(o, "profile", base);
        o.put("contributor", contributor);
        o.set("deviation", StrategyCodec.write(deviation));
        sampling.write(o);
    }

    static DeviationCertificate read(Subject s, JsonObject root) {
        return new DeviationCertificate(s, CertificateJson.readProfile(root, "profile", s.instance()),
                CertificateJson.readIndex(root, "contributor", s.instance().contributors().size()),
                StrategyCodec.read(root.required("deviation")), Sampling.read(root));
    }
}
