package org.marketproof.market.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.marketproof.claims.ClaimInfo;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Claims;
import org.marketproof.claims.Verdict;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.settlement.Settlement;

/**
 * The catalog's contract (one verdict per claim, every claim for every mechanism, failures as
 * verdicts) and the verdicts issue 8 found wrong, each on a mechanism edited through the SPI.
 */
class MarketCatalogTest {

    private static final MarketInstance EXAMPLE = InstanceReader.read(Path.of("src/main/resources/examples/market-example.json"));

    private static Verdict verdict(Mechanism m, String id) {
        return FindingsTest.verdict(MarketCatalog.check(m, EXAMPLE, "market-example.json", 1), id);
    }

    @Test
    void exactlyOneVerdictPerClaimInCatalogOrderWithDistinctIds() {
        List<ClaimInfo> claims = MarketCatalog.claims();
        Set<String> ids = new HashSet<>();
        claims.forEach(c -> assertTrue(ids.add(c.id().value()), "duplicate " + c.id()));
        for (String required : List.of("p000.defined", "p000.bb", "p000.irb", "p000.efb", "p000.irc", "p000.icc",
                "p000.po", "p000.theorem3", "p000.theorem4", "p000.lemma9", "p000.eq16")) {
            assertTrue(ids.contains(required), required);
        }
        List<ClaimResult> results = MarketCatalog.check(Algorithm2.withPricer(new GridPricer(0.01)), EXAMPLE, "x", 1);
        assertEquals(claims, results.stream().map(ClaimResult::claim).toList());
    }

    /** Issue 8: 0.15 of price moved from one buyer type to another (budget kept) makes one type envy the other. */
    /** Above the strategic search's size limit the suite says it did not search, never HOLDS or FALSIFIED. */
    @Test
    void anInstructionAboveTheSearchLimitLeavesIncentiveCompatibilityInconclusive() {
        Scenario sc = Scenario.read(Path.of("src/test/resources/bad-input/scenario/instruction-over-search-limit.json"));
        Mechanism m = sc.mechanism("paper", new GridPricer(0.01));
        Verdict icc = FindingsTest.verdict(MarketCatalog.check(m, sc.instance(), "x", 1), "p000.icc");
        assertEquals(Verdict.Kind.INCONCLUSIVE, icc.kind());
        assertTrue(icc.evidence().contains("N_1* = 2001"), icc.evidence());
    }

    @Test
    void aPriceMovedBetweenBuyerTypesBreaksEnvyFreeness() {
        Mechanism moved = new EditedAlgorithm2("price-moved", true, (d, subs, s) -> EditedAlgorithm2.shiftPrice(
                EditedAlgorithm2.shiftPrice(s, 1, BigFraction.of(-15, 100)), 0, BigFraction.of(5, 100)));
        Verdict efb = verdict(moved, "p000.efb");
        assertEquals(Verdict.Kind.FALSIFIED, efb.kind(), efb.evidence());
        assertEquals(Verdict.Kind.HOLDS, verdict(moved, "p000.bb").kind());
    }

    /** Issue 8: payments rounded down to a currency grid of 0.01 no longer balance the budget. */
    @Test
    void paymentsRoundedToACurrencyGridBreakBudgetBalance() {
        Mechanism rounded = new EditedAlgorithm2("rounded-payments", false, (d, subs, s) -> {
            List<BigFraction> pay = new ArrayList<>();
            for (BigFraction p : s.payments()) {
                BigDecimal cents = new BigDecimal(p.getNumerator()).divide(new BigDecimal(p.getDenominator()), 2,
                        RoundingMode.FLOOR);
                pay.add(BigFraction.of(cents.unscaledValue(), java.math.BigInteger.valueOf(100)));
            }
            return new Settlement(s.instance(), s.prices(), pay);
        });
        // alone: the rest of the catalog simulates this undeclared mechanism for minutes
        Verdict bb = Claims.evaluate(new BudgetBalanceClaim(), new MarketContext(rounded, EXAMPLE, 1,
                MarketCheckOptions.defaults()));
        assertEquals(Verdict.Kind.FALSIFIED, bb.kind(), bb.evidence());
    }

    /** Issue 8: a 10% volume discount on one buyer type's price, payments unchanged, breaks the budget. */
    @Test
    void aDiscountOnOneBuyerTypeBreaksBudgetBalance() {
        Mechanism discount = new EditedAlgorithm2("discount", true, (d, subs, s) -> EditedAlgorithm2.shiftPrice(s, 0,
                s.prices().get(0).multiply(BigFraction.of(-1, 10))));
        assertEquals(Verdict.Kind.FALSIFIED, verdict(discount, "p000.bb").kind());
    }

    /**
     * The PO check is not the pricer's own bound: every price discounted by 10%, passed on to contributor 1
     * (budget balanced), lowers the mechanism's profit below OPT - (c_2 - c_1) - |B| 2 eps.
     */
    @Test
    void aProfitBelowTheIndependentOptBoundFalsifiesProfitOptimality() {
        Mechanism cheaper = new EditedAlgorithm2("cheaper", true, (d, subs, s) -> {
            Settlement out = s;
            BigFraction lost = BigFraction.ZERO;
            for (int j = 0; j < s.prices().size(); j++) {
                BigFraction cut = s.prices().get(j).multiply(BigFraction.of(-1, 10));
                out = EditedAlgorithm2.shiftPrice(out, j, cut);
                lost = lost.add(cut.multiply(s.instance().buyers().get(j).count()));
            }
            return EditedAlgorithm2.shiftPayment(out, 0, lost);
        });
        assertEquals(Verdict.Kind.HOLDS, verdict(cheaper, "p000.bb").kind());
        assertEquals(Verdict.Kind.FALSIFIED, verdict(cheaper, "p000.po").kind());
    }

    /** Issue 8: a mechanism that throws on an empty submission is FALSIFIED on p000.defined with that input. */
    @Test
    void aMechanismThatThrowsOnAnEmptySubmissionIsFalsifiedNotACrash() {
        Mechanism fragile = new EditedAlgorithm2("fragile", true, (d, subs, s) -> {
            for (int i = 0; i < subs.size(); i++) {
                if (subs.get(i).length == 0 && d.instruction(i) > 0) {
                    throw new IllegalArgumentException("empty submission");
                }
            }
            return s;
        });
        List<ClaimResult> r = MarketCatalog.check(fragile, EXAMPLE, "x", 1);
        Verdict defined = FindingsTest.verdict(r, "p000.defined");
        assertEquals(Verdict.Kind.FALSIFIED, defined.kind());
        UndefinedCertificate ce = (UndefinedCertificate) ((Verdict.Falsified) defined).certificate();
        assertTrue(ce.submissions().stream().anyMatch(y -> y.length == 0), defined.evidence());
        assertTrue(ce.toJsonText().contains("\"kind\" : \"undefined\""));
    }

    /** A design that throws: p000.defined FALSIFIED with the instance, every claim at s* NotApplicable. */
    @Test
    void aMechanismWhoseDesignThrowsIsFalsifiedOnDefinedAndNotApplicableAtStar() {
        Mechanism broken = new EditedAlgorithm2("broken", true, (d, subs, s) -> s) {
            @Override
            public Design design(MarketInstance instance) {
                throw new ArithmeticException("/ by zero");
            }
        };
        List<ClaimResult> r = MarketCatalog.check(broken, EXAMPLE, "x", 1);
        assertEquals(Verdict.Kind.FALSIFIED, FindingsTest.verdict(r, "p000.defined").kind());
        for (String id : List.of("p000.irb", "p000.icc", "p000.bb", "p000.theorem3", "p000.theorem4")) {
            assertEquals(Verdict.Kind.NOT_APPLICABLE, FindingsTest.verdict(r, id).kind(), id);
        }
    }

    /** Issue 8: Theorem 4 when IRB fails is a failed hypothesis, not a counterexample. */
    @Test
    void theoremFourIsNotApplicableWhenIrbFails() {
        Mechanism overstated = MechanismCatalog.named("overstated-variance",
                instance -> Algorithm1.run(instance, new GridPricer(0.01)));
        assertEquals(Verdict.Kind.FALSIFIED, verdict(overstated, "p000.irb").kind());
        assertEquals(Verdict.Kind.NOT_APPLICABLE, verdict(overstated, "p000.theorem4").kind());
    }
}
