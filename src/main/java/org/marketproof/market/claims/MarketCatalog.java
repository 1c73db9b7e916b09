package org.marketproof.market.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketproof.claims.Claim;
import org.marketproof.claims.ClaimInfo;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Claims;
import org.marketproof.claims.Progress;
import org.marketproof.claims.Verdict;
import org.marketproof.market.claims.ExpectationCertificate.Quantity;
import org.marketproof.market.claims.ExpectationCertificate.Test;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Mechanism;

/**
 * The claims of paper 000 (Chen, Clinton, Kandasamy) that concern a mechanism, each checked once on
 * one mechanism and instance: exactly one {@link ClaimResult} per claim, in the order of
 * {@link #claims()}, with the ids of {@code specs/market.md} ("Claims").
 *
 * <pre>{@code
 * List<ClaimResult> results = MarketCatalog.check(new Algorithm2(...), instance, "market.json", 42L);
 * }</pre>
 *
 * Every mechanism, the paper's or a user's, gets every claim; one that needs a capability the
 * mechanism does not declare says so (Inconclusive), one whose hypothesis fails is NotApplicable with
 * the numbers, and a mechanism that fails on an input never crashes the check: {@code p000.defined}
 * is then FALSIFIED with the input, and the claims about s* are NotApplicable.
 */
public final class MarketCatalog {

    private static final List<MarketClaim> CLAIMS = List.of(
            new DefinedClaim(),
            new BuyerRationalityClaim(),
            new EnvyFreenessClaim(),
            new ContributorRationalityClaim(),
            new IncentiveCompatibilityClaim(),
            new BudgetBalanceClaim(),
            new ProfitOptimalityClaim(),
            new Theorem3Claim(),
            new Theorem4Claim(),
            new Lemma2Claim(),
            new Lemma7Claim(),
            new Lemma8Claim(),
            new Lemma9Claim(),
            new ExpectationClaim("p000.eq16", "appendix A, (16) (proof of IRB)",
                    "Under s*, E[p_j*] = q_j+ for every buyer and every mu.",
                    List.of(MarketHypotheses.SERVED, MarketHypotheses.ALGORITHM1_OUTPUT), List.of(Quantity.PRICE),
                    Test.BASE_PRICE),
            new ExpectationClaim("p000.expected-payment", "section 5 (design choices) and appendix A (IRC)",
                    "Under s*, contributor i's expected payment is c_i N_i* + W N_i*/N+ for every mu.",
                    List.of(MarketHypotheses.TWO_CONTRIBUTORS, MarketHypotheses.SERVED,
                            MarketHypotheses.ALGORITHM1_OUTPUT), List.of(Quantity.PAYMENT), Test.COST_PLUS_SHARE),
            new ExpectationClaim("p000.exante-signs", "section 3.1 (mechanism: signs of prices and payments)",
                    "The ex-ante (expected) prices and payments of the mechanism are non-negative: under s*, E[p_j] >= 0 "
                            + "and E[pi_i] >= 0 for every mu.",
                    List.of(MarketHypotheses.SERVED), List.of(Quantity.PRICE, Quantity.PAYMENT), Test.NON_NEGATIVE),
            new ExpectationClaim("p000.price-mu-free", "section 3.1 (buyer utility: (9) equals (10))",
                    "Under s*, the expected price E[p_j] does not depend on mu, so utilities (9) and (10) coincide.",
                    List.of(MarketHypotheses.SERVED), List.of(Quantity.PRICE), Test.FREE_OF_MU),
            new ExpectationClaim("p000.profit-mu-free", "section 3.1, (12)",
                    "Under s*, the expected profit profit(M, s*; mu) does not depend on mu.",
                    List.of(MarketHypotheses.SERVED), List.of(Quantity.PROFIT), Test.FREE_OF_MU),
            new SubsetsClaim(),
            new DiscrepancyClaim());

    /** Claims whose verdict does not depend on the audited mechanism (reported with an empty mechanism). */
    private static final String ALGORITHM1_ONLY = "p000.lemma2";

    private MarketCatalog() {
    }

    /** @return the claims themselves, in the order of {@link #claims()} (the mutation benchmark times each) */
    static List<MarketClaim> all() {
        return CLAIMS;
    }

    /** @return what every claim says and where, in check order */
    public static List<ClaimInfo> claims() {
        return CLAIMS.stream().map(Claim::info).toList();
    }

    /**
     * Checks every claim with the default options ({@link MarketCheckOptions#defaults()}).
     *
     * @param m the mechanism audited
     * @param instance the market it is audited on
     * @param instanceName the instance's name in the results
     * @param seed every random choice derives from it
     * @return one result per claim, in the order of {@link #claims()}
     */
    public static List<ClaimResult> check(Mechanism m, MarketInstance instance, String instanceName, long seed) {
        return check(m, instance, instanceName, seed, MarketCheckOptions.defaults());
    }

    /**
     * Checks every claim with the given options.
     *
     * @param m the mechanism audited
     * @param instance the market it is audited on
     * @param instanceName the instance's name in the results
     * @param seed every random choice derives from it
     * @param options the loss allowance and the deviation search
     * @return one result per claim, in the order of {@link #claims()}
     * @see #check(Mechanism, MarketInstance, String, long)
     */
    public static List<ClaimResult> check(Mechanism m, MarketInstance instance, String instanceName, long seed,
            MarketCheckOptions options) {
        return check(m, instance, instanceName, seed, options, Progress.NONE);
    }

    /**
     * Checks every claim, telling {@code progress} after each.
     *
     * @param m the mechanism audited
     * @param instance the instance checked
     * @param instanceName the instance's name in the results
     * @param seed every random choice derives from it
     * @param options the budget of the checks that search
     * @param progress told the claims checked so far of {@link #claims()}'s size
     * @return one result per claim, in the order of {@link #claims()}
     */
    public static List<ClaimResult> check(Mechanism m, MarketInstance instance, String instanceName, long seed,
            MarketCheckOptions options, Progress progress) {
        Claims.reportChecked(progress, 0, CLAIMS.size(), instanceName);
        MarketContext c = new MarketContext(m, instance, seed, options);
        Map<MarketClaim, Verdict> verdicts = new LinkedHashMap<>();
        for (MarketClaim claim : CLAIMS) {
            if (!(claim instanceof DefinedClaim)) {
                verdicts.put(claim, evaluate(claim, c));
                Claims.reportChecked(progress, verdicts.size(), CLAIMS.size(), instanceName);
            }
        }
        List<ClaimResult> out = new ArrayList<>();
        for (MarketClaim claim : CLAIMS) {
            // p000.defined last: any input another check saw the mechanism fail on is its certificate
            Verdict v = claim instanceof DefinedClaim ? evaluate(claim, c) : verdicts.get(claim);
            String mechanism = claim.info().id().value().equals(ALGORITHM1_ONLY) ? "" : c.mechanism().name();
            out.add(new ClaimResult(claim.info(), instanceName, mechanism, v));
        }
        Claims.reportChecked(progress, CLAIMS.size(), CLAIMS.size(), instanceName);
        return out;
    }

    /** The claim's verdict; what the mechanism throws, or a declaration it breaks, is a verdict, never a crash. */
    static Verdict evaluate(MarketClaim claim, MarketContext c) {
        try {
            return Claims.evaluate(claim, c);
        } catch (MechanismFailure f) {
            return new Verdict.Inconclusive("the mechanism failed on an input this check needs (" + f.describe()
                    + "; see p000.defined)");
        } catch (IllegalStateException e) {
            return new Verdict.Inconclusive("cannot check: " + e.getMessage());
        }
    }
}
