package org.marketproof.market.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.claims.Recheck;
import org.marketproof.io.JsonObject;
import org.marketproof.market.pricing.ValueUnits;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.Game;
import org.marketproof.market.strategy.MuQuadratic;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.Strategy;

/**
 * An expected price, payment or profit at a profile, as an exact function of mu, that breaks a
 * statement about it: (16) E[p_j*] = q_j+; section 5's E[pi_i*] = c_i N_i* + W N_i* / N+; section
 * 3.1's non-negative ex-ante prices and payments; section 3.1's mu-free prices and profit.
 *
 * @param subject the claim, mechanism and instance (with the recorded Algorithm 1 output for the
 *     two identities)
 * @param profile the profile, s*
 * @param quantity what is expected
 * @param party the buyer type (price) or contributor (payment); 0 for the profit
 * @param test the statement
 */
public record ExpectationCertificate(Subject subject, Profile profile, Quantity quantity, int party, Test test)
        implements MarketCertificate {

    static final String KIND = "expectation";

    /** What is expected. */
    public enum Quantity {
        /** E[p_j], the price one buyer of type {@code party} pays. */
        PRICE,
        /** E[pi_i], the payment contributor {@code party} receives. */
        PAYMENT,
        /** E[sum_j p_j - sum_i pi_i], the broker's profit. */
        PROFIT
    }

    /** What the paper says about it. */
    public enum Test {
        /** (16): E[p_j] = q_j+ for every mu. */
        BASE_PRICE,
        /** Section 5: E[pi_i] = c_i N_i* + W N_i* / N+ for every mu. */
        COST_PLUS_SHARE,
        /** Section 3.1: E[.] >= 0 for every mu. */
        NON_NEGATIVE,
        /** Section 3.1: E[.] does not depend on mu. */
        FREE_OF_MU
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** @return E_mu[quantity] at the profile, exactly, when the mechanism declares its forms */
    static Optional<MuQuadratic> expectation(Game game, Profile profile, Quantity quantity, int party) {
        ExactEvaluator exact = new ExactEvaluator();
        return switch (quantity) {
            case PRICE -> exact.expectedPrice(game, profile, party);
            case PROFIT -> exact.expectedProfit(game, profile);
            case PAYMENT -> profile.get(party) instanceof Strategy.Pure p ? exact.expectedUtility(game, profile, party)
                    .map(u -> u.add(MuQuadratic.constant(game.cost(party).multiply(p.collect())))) : Optional.empty();
        };
    }

    /** @return the value the statement requires, when it names one */
    Optional<BigFraction> target() {
        GivenPricing a1 = subject.pricing();
        if (a1 == null || (test != Test.BASE_PRICE && test != Test.COST_PLUS_SHARE)) {
            return Optional.empty();
        }
        if (test == Test.BASE_PRICE) {
            return Optional.of(ValueUnits.toExact(a1.prices()[party]));
        }
        // (13): N_1* = N+ - 1, N_2* = 1; W = sum_j q_j+ - c_1 N_1* - c_2 N_2*
        int nPlus = a1.nPlus();
        int instructed = party == 0 ? nPlus - 1 : party == 1 ? 1 : 0;
        BigFraction revenue = BigFraction.ZERO;
        for (int j = 0; j < a1.prices().length; j++) {
            revenue = revenue.add(ValueUnits.toExact(a1.prices()[j]).multiply(subject.instance().buyers().get(j).count()));
        }
        BigFraction c1 = BigFraction.from(subject.instance().cost(0));
        BigFraction c2 = BigFraction.from(subject.instance().cost(1));
        BigFraction w = revenue.subtract(c1.multiply(nPlus - 1)).subtract(c2);
        BigFraction ci = BigFraction.from(subject.instance().cost(party));
        return Optional.of(ci.multiply(instructed).add(w.multiply(instructed).divide(nPlus)));
    }

    @Override
    public Recheck recheck() {
        Optional<MuQuadratic> e = expectation(subject.game(), profile, quantity, party);
        if (e.isEmpty()) {
            return Rechecks.unevaluable("no exact expectation for this profile under the mechanism");
        }
        MuQuadratic q = e.get();
        Map<String, String> fig = new LinkedHashMap<>();
        fig.put("quantity", describe());
        fig.put("E_mu at mu = 0", Rechecks.exact(q.c()));
        fig.put("E_mu at mu = 1", Rechecks.exact(q.a().add(q.b()).add(q.c())));
        fig.put("inf over mu", q.infimum().toString());
        boolean violates = switch (test) {
            case FREE_OF_MU -> !q.isConstant();
            case NON_NEGATIVE -> BuyerValues.less(q.infimum(), org.marketproof.market.strategy.Extended.of(BigFraction.ZERO));
            case BASE_PRICE, COST_PLUS_SHARE -> {
                Optional<BigFraction> t = target();
                if (t.isEmpty()) {
                    yield false;
                }
                fig.put("required", Rechecks.exact(t.get()) + (test == Test.BASE_PRICE ? " (q_j+)"
                        : " (c_i N_i* + W N_i*/N+)"));
                yield !q.isConstant() || FractionOrder.compare(q.c(), t.get()) != 0;
            }
        };
        return new Recheck(violates, "exact (E_mu is a quadratic in mu, from the mechanism's probed forms)", fig);
    }

    private String describe() {
        return switch (quantity) {
            case PRICE -> "E[p_j] for buyer type " + subject.instance().buyers().get(party).name();
            case PAYMENT -> "E[pi_i] for contributor " + subject.instance().contributors().get(party).name();
            case PROFIT -> "E[sum_j p_j - sum_i c_i n_i] (12)";
        };
    }

    @Override
    public void writeBody(ObjectNode o) {
        CertificateJson.writeProfile(o, "profile", profile);
        o.put("quantity", written(quantity));
        o.put("party", party);
        o.put("test", written(test));
    }

    static ExpectationCertificate read(Subject s, JsonObject root) {
        Quantity quantity = root.required("quantity").oneOf(List.of(Quantity.values()), ExpectationCertificate::written);
        int size = switch (quantity) {
            case PRICE -> s.instance().buyers().size();
            case PAYMENT -> s.instance().contributors().size();
            case PROFIT -> 1;
        };
        return new ExpectationCertificate(s, CertificateJson.readProfile(root, "profile", s.instance()), quantity,
                CertificateJson.readIndex(root, "party", size),
                root.required("test").oneOf(List.of(Test.values()), ExpectationCertificate::written));
    }

    private static String written(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }
}
