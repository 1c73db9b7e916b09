package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.claims.Recheck;
import org.marketproof.io.JsonObject;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.Extended;
import org.marketproof.market.strategy.Game;
import org.marketproof.market.strategy.MeanQuadraticForm;
import org.marketproof.market.strategy.MuQuadratic;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.SettlementForms;
import org.marketproof.market.strategy.Strategy;

/**
 * A witness mechanism against Theorem 4 (a claim about every mechanism): one that charges and pays
 * nothing, so it is IRB and EFB (every buyer gets (0, 0)) and "nobody collects" is a Nash equilibrium
 * (every deviation costs c_i n_i and earns 0), with profit 0 > OPT - (c_2 - c_1) where the certified
 * upper bound on OPT is below c_2 - c_1 (finding S3). That the witness pays nothing on every input is
 * its construction; the re-check probes it at the sizes 0, 1 and N for every contributor.
 *
 * @param subject the claim, the witness mechanism and the instance
 * @param profile the equilibrium: everyone collects 0 and submits what she collected (nothing)
 */
public record WitnessCertificate(Subject subject, Profile profile) implements MarketCertificate {

    static final String KIND = "witness-mechanism";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Recheck recheck() {
        Game game = subject.game();
        Map<String, String> fig = new LinkedHashMap<>();
        fig.put("witness", subject.mechanismName());
        int contributors = subject.instance().contributors().size();
        for (int size : new int[] {0, 1, 3}) {
            int[] sizes = new int[contributors];
            Arrays.fill(sizes, size);
            Optional<SettlementForms> forms = game.forms(sizes);
            if (forms.isEmpty() || !forms.get().prices().stream().allMatch(MeanQuadraticForm::isZero)
                    || !forms.get().payments().stream().allMatch(MeanQuadraticForm::isZero)) {
                fig.put("problem", "the witness charges or pays something at sizes " + Arrays.toString(sizes));
                return new Recheck(false, "exact", fig);
            }
        }
        if (!profile.strategies().stream().allMatch(st -> st instanceof Strategy.Pure p && p.collect() == 0)) {
            fig.put("problem", "the profile is not 'nobody collects'");
            return new Recheck(false, "exact", fig);
        }
        for (int j = 0; j < subject.instance().buyers().size(); j++) {
            if (game.design().allocation(j) != 0) {
                fig.put("problem", "the witness sells data to buyer type " + j);
                return new Recheck(false, "exact", fig);
            }
        }
        Optional<MuQuadratic> q = new ExactEvaluator().expectedProfit(game, profile);
        if (q.isEmpty()) {
            return Rechecks.unevaluable("no exact profit for the witness");
        }
        Extended profit = q.get().infimum();
        OptBounds opt = OptBounds.of(subject.instance());
        BigFraction bound = opt.upper().subtract(ProfitCertificate.costGap(subject));
        fig.put("equilibrium", "nobody collects: every deviation earns 0 and costs c_i n_i >= 0");
        fig.put("IRB, EFB", "every buyer gets (0 points, price 0): utility 0 for every option");
        fig.put("profit(witness, s)", profit.toString());
        fig.put("OPT <=", Rechecks.exact(opt.upper()) + " (" + opt.source() + ")");
        fig.put("c_2 - c_1", Rechecks.exact(ProfitCertificate.costGap(subject)));
        fig.put("OPT - (c_2 - c_1) <=", Rechecks.exact(bound));
        return new Recheck(BuyerValues.less(Extended.of(bound), profit), "exact (the witness pays nothing by "
                + "construction, probed at sizes 0, 1, 3)", fig);
    }

    @Override
    public void writeBody(ObjectNode o) {
        CertificateJson.writeProfile(o, "profile", profile);
    }

    static WitnessCertificate read(Subject s, JsonObject root) {
        return new WitnessCertificate(s, CertificateJson.readProfile(root, "profile", s.instance()));
    }
}
