package org.marketproof.market.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Verdict;
import org.marketproof.io.JsonInput;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.NothingSold;
import org.marketproof.market.pricing.ExactPricer;
import org.marketproof.market.pricing.GridPricer;

/**
 * Every finding of README's table that concerns paper 000's mechanisms is detected by the catalog
 * (what {@code verify} prints) on the instance made for it under {@code specs/findings} or the
 * bundled examples, and every stored certificate re-checks.
 */
class FindingsTest {

    private static final Path FINDINGS = Path.of("specs/findings");
    private static final Path EXAMPLES = Path.of("src/main/resources/examples");
    private static final GridPricer GRID = new GridPricer(0.01);

    static Verdict verdict(List<ClaimResult> results, String id) {
        return results.stream().filter(r -> r.id().value().equals(id)).findFirst().orElseThrow().verdict();
    }

    private static List<ClaimResult> paper(Path file, boolean exact) {
        Scenario s = Scenario.read(file);
        Mechanism m = s.mechanism("paper", exact ? new ExactPricer() : GRID);
        return MarketCatalog.check(m, s.instance(), file.getFileName().toString(), 1,
                MarketCheckOptions.forPricer(exact ? new ExactPricer() : GRID));
    }

    /** M1: Algorithm 2 at N+ = 1 is FALSIFIED on p000.defined (design), and the claims at s* are NotApplicable. */
    @Test
    void m1AlgorithmTwoIsUndefinedAtNPlusOne() {
        List<ClaimResult> r = paper(FINDINGS.resolve("m1-instance.json"), false);
        Verdict defined = verdict(r, "p000.defined");
        assertEquals(Verdict.Kind.FALSIFIED, defined.kind(), defined.evidence());
        assertTrue(defined.evidence().contains("N+ = 1"), defined.evidence());
        for (String id : List.of("p000.irb", "p000.efb", "p000.irc", "p000.icc", "p000.bb", "p000.po", "p000.eq16")) {
            assertEquals(Verdict.Kind.NOT_APPLICABLE, verdict(r, id).kind(), id);
        }
        assertEquals(1, r.stream().filter(x -> x.verdict().failsGate()).count(), r::toString);
    }

    /** M2 (= S2): BB holds at s*, and the evidence reports the off-equilibrium deficit N_1* N_2* (c_2 - c_1)/N+. */
    @Test
    void m2TheBudgetIsOffWhenExactlyOneSizeIsWrong() {
        Verdict bb = verdict(paper(EXAMPLES.resolve("market-example.json"), false), "p000.bb");
        assertEquals(Verdict.Kind.HOLDS, bb.kind(), bb.evidence());
        assertTrue(bb.evidence().contains("finding M2") && bb.evidence().contains("-0.0278571428571429 ")
                && bb.evidence().contains("(a deficit)"), bb.evidence());
    }

    /** M3: IRC fails when W < 0, and so does section 3.1's "ex-ante payments are non-negative". */
    @Test
    void m3IndividualRationalityFailsWhenWIsNegative() {
        List<ClaimResult> r = paper(FINDINGS.resolve("m3-instance.json"), true);
        assertEquals(Verdict.Kind.FALSIFIED, verdict(r, "p000.irc").kind());
        Verdict signs = verdict(r, "p000.exante-signs");
        assertEquals(Verdict.Kind.FALSIFIED, signs.kind());
        assertTrue(signs.evidence().contains("-0.15 "), signs.evidence());
    }

    /** PR2: every N >= 1 loses money: Lemma 2 and Theorem 5.1's PO are certified false (OPT = 0 at N = 0). */
    @Test
    void pr2OptAtNZeroFalsifiesLemma2AndProfitOptimality() {
        for (boolean exact : new boolean[] {false, true}) {
            List<ClaimResult> r = paper(FINDINGS.resolve("pr2-instance.json"), exact);
            assertEquals(Verdict.Kind.FALSIFIED, verdict(r, "p000.lemma2").kind());
            assertEquals(Verdict.Kind.FALSIFIED, verdict(r, "p000.po").kind(), verdict(r, "p000.po").evidence());
        }
    }

    /** S1: with W < 0, ICC fails (gain exactly -base_1 = 0.005), and so do IRC and Lemma 7. */
    @Test
    void s1NegativeWBreaksIccIrcAndLemma7() {
        List<ClaimResult> r = paper(EXAMPLES.resolve("strategic-negative-w.json"), false);
        Verdict icc = verdict(r, "p000.icc");
        assertEquals(Verdict.Kind.FALSIFIED, icc.kind());
        assertEquals("0.00500000000 (exact)", ((Verdict.Falsified) icc).recheck().figures().get("gain"));
        assertEquals(Verdict.Kind.FALSIFIED, verdict(r, "p000.irc").kind());
        assertEquals(Verdict.Kind.FALSIFIED, verdict(r, "p000.lemma7").kind());
    }

    /** S1 is not an artifact of a given pricing: Algorithm 1 with the exact pricer chooses N+ = 2 there too. */
    @Test
    void s1HappensWithTheRealAlgorithm1() {
        MarketInstance instance = Scenario.read(EXAMPLES.resolve("strategic-negative-w.json")).instance();
        Algorithm2 paper = Algorithm2.withPricer(new ExactPricer());
        assertEquals(2, paper.design(instance).nPlus());
        List<ClaimResult> r = MarketCatalog.check(paper, instance, "s1", 1);
        assertEquals(Verdict.Kind.FALSIFIED, verdict(r, "p000.icc").kind());
        assertEquals(Verdict.Kind.FALSIFIED, verdict(r, "p000.irc").kind());
    }

    /**
     * S3: where OPT < c_2 - c_1, Theorem 4 is falsified by the witness nothing-sold, whichever mechanism
     * is audited; for nothing-sold itself "nobody collects" survives the ICC search.
     */
    @Test
    void s3TheoremFourNeedsOptAtLeastTheCostGap() {
        Verdict t4 = verdict(paper(EXAMPLES.resolve("strategic-theorem4.json"), false), "p000.theorem4");
        assertEquals(Verdict.Kind.FALSIFIED, t4.kind());
        assertEquals("nothing-sold", ((MarketCertificate) ((Verdict.Falsified) t4).certificate()).mechanismName());
        MarketInstance instance = Scenario.read(EXAMPLES.resolve("strategic-theorem4.json")).instance();
        List<ClaimResult> r = MarketCatalog.check(new NothingSold(), instance, "s3", 1);
        assertEquals(Verdict.Kind.FALSIFIED, verdict(r, "p000.theorem4").kind());
        assertEquals(Verdict.Kind.NO_COUNTEREXAMPLE, verdict(r, "p000.icc").kind());
    }

    /** Theorem 4 is not falsified where OPT >= c_2 - c_1: the witness needs the certified bound below the gap. */
    @Test
    void theoremFourHoldsForThePaperWhereOptCoversTheCostGap() {
        assertEquals(Verdict.Kind.HOLDS, verdict(paper(EXAMPLES.resolve("market-example.json"), false),
                "p000.theorem4").kind());
    }

    @Test
    void everyStoredCertificateReplays() throws Exception {
        try (Stream<Path> files = Files.list(FINDINGS)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> JsonInput.read(f).has("format")).toList();
            assertTrue(all.size() >= 4, all::toString);
            for (Path f : all) {
                MarketCertificate ce = MarketCertificate.read(JsonInput.document(f), MechanismSource.catalog(GRID));
                assertTrue(ce.recheck().violates(), f + " no longer reproduces");
            }
        }
    }
}
