package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.statistics.Statistics;
import org.marketproof.io.JsonValue;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.Recheck;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.claims.CertificateCodec;
import org.marketproof.competition.claims.CompetitionCatalog;
import org.marketproof.competition.claims.CompetitionCertificate;

/** One claim of paper 003 checked on one instance, and assertions on its verdict with the evidence as message. */
final class VerdictAssertions {
    private VerdictAssertions() {}

    static Verdict check(String claim, CompetitionInstance instance, long seed) {
        return CompetitionCatalog.check(ClaimId.of(claim), instance, "generated", seed).verdict();
    }

    /** Holds exactly or a search found nothing (not inconclusive, not falsified). */
    static void assertConfirmed(Verdict v) {
        assertTrue(v.kind() == Verdict.Kind.HOLDS || v.kind() == Verdict.Kind.NO_COUNTEREXAMPLE,
                v.kind() + ": " + v.evidence());
    }

    static void assertHolds(Verdict v) {
        assertEquals(Verdict.Kind.HOLDS, v.kind(), v.evidence());
    }

    static void assertConfirmedUnlessNotApplicable(Verdict v) {
        if (v.kind() != Verdict.Kind.NOT_APPLICABLE) {
            assertConfirmed(v);
        }
    }

    /** The assertion of a claim stated as in the paper, whose {@code @Falsified} property passes only on a certificate. */
    static void assertNotFalsified(Verdict v) {
        assertNotEquals(Verdict.Kind.FALSIFIED, v.kind(), v.evidence());
    }

    /**
     * Falsified by a certificate of the given kind, which re-checks itself and survives a round
     * trip through its file form.
     */
    static CompetitionCertificate assertFalsified(Verdict v, CompetitionCertificate.Kind kind) {
        Verdict.Falsified f = assertInstanceOf(Verdict.Falsified.class, v, v.evidence());
        CompetitionCertificate c = assertInstanceOf(CompetitionCertificate.class, f.certificate());
        assertEquals(kind, c.kind(), v.evidence());
        assertTrue(f.recheck().violates(), f.recheck().describe());
        Recheck again = CertificateCodec.read(JsonValue.root(c.toJson(), "certificate")).recheck();
        assertTrue(again.violates(), "after a round trip through the file: " + again.describe());
        return c;
    }

    /**
     * The assertion of a claim stated as in the paper and known false ({@code @Falsified}): fails
     * (so jqwik reports a counterexample) only on a certificate of the finding's kind that re-checks.
     */
    static void assertNotFalsifiedExceptBy(Verdict v, CompetitionCertificate.Kind kind) {
        if (v.kind() == Verdict.Kind.FALSIFIED) {
            assertFalsified(v, kind);
        }
        assertNotFalsified(v);
    }

    /** Confirmed, or falsified only by a certificate of the finding's kind that re-checks. */
    static void assertConfirmedUnlessFalsifiedBy(Verdict v, CompetitionCertificate.Kind kind) {
        if (v.kind() == Verdict.Kind.FALSIFIED) {
            assertFalsified(v, kind);
        } else {
            assertConfirmed(v);
        }
    }

    /**
     * Records the verdict kind and fails the property unless at least {@code percent} of the tries
     * were applicable (a property that is mostly NOT_APPLICABLE tests little).
     */
    static void applicable(Verdict v, double percent) {
        Statistics.label("verdict").collect(v.kind());
        Statistics.label("verdict").coverage(c -> c.check(Verdict.Kind.NOT_APPLICABLE).percentage(p -> p <= 100 - percent));
    }
}
