package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.marketproof.io.JsonValue;
import org.marketproof.InvalidInputException;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.claims.CertificateCodec;
import org.marketproof.competition.claims.CompetitionCertificate;

/**
 * Certificates in their file form (format {@value CompetitionCertificate#FORMAT}): the fields, exact
 * rationals as text, the static reader's errors, and that a tampered certificate no longer re-checks.
 */
class CertificateCodecTest {

    private static ObjectNode kinked() {
        Verdict v = VerdictAssertions.check("p003.theorem1.unique-a", FindingsTest.finding("kinked-two-means.json"), 1L);
        return VerdictAssertions.assertFalsified(v, CompetitionCertificate.Kind.OTHER_COEFFICIENTS).toJson();
    }

    @Test
    void theFileNamesTheClaimKindInstanceAndExactPoint() {
        ObjectNode json = kinked();
        assertEquals(CompetitionCertificate.FORMAT, json.get("format").asText());
        assertEquals("p003.theorem1.unique-a", json.get("claim").asText());
        assertEquals("other-coefficients", json.get("kind").asText());
        assertEquals(3, json.get("instance").get("sources").size());
        String a = json.get("candidate").get("a").get("A").get("s1").asText();
        assertTrue(a.matches("-?[0-9]+(/[0-9]+)?"), a);
        assertEquals("1/2", json.get("candidate").get("theta").get(json.get("aggregator").asText())
                .get(json.get("source").asText()).asText());
    }

    /** The kinked point moved off its first-order conditions is no longer an equilibrium: the certificate fails. */
    @Test
    void aTamperedCertificateDoesNotRecheck() {
        ObjectNode json = kinked();
        ObjectNode row = (ObjectNode) json.get("candidate").get("a").get("B");
        row.put("s2", "1/3");
        assertFalse(CertificateCodec.read(JsonValue.root(json, "certificate")).recheck().violates());
    }

    @Test
    void badFilesAreRejectedNamingTheField() {
        assertRejected(j -> j.put("format", "marketproof-competition-certificate/0"), "format");
        assertRejected(j -> j.put("claim", "p000.bb"), "claim");
        assertRejected(j -> j.put("claim", "Theorem 1"), "claim");
        assertRejected(j -> j.put("kind", "guess"), "kind");
        assertRejected(j -> j.put("aggregator", "Z"), "aggregator");
        assertRejected(j -> ((ObjectNode) j.get("candidate").get("a").get("A")).put("s1", "0.5"), "candidate.a.A.s1");
        assertRejected(j -> ((ObjectNode) j.get("candidate").get("a").get("A")).put("s1", "1/0"), "candidate.a.A.s1");
        assertRejected(j -> ((ObjectNode) j.get("candidate").get("shares").get("A")).remove("s1"), "candidate.shares.A");
        assertRejected(j -> ((ObjectNode) j.get("candidate").get("a").get("A")).put("s9", "1"), "candidate.a.A.s9");
        assertRejected(j -> ((ObjectNode) j.get("instance")).remove("sources"), "instance.sources");
        assertRejected(j -> j.put("extra", 1), "extra");
    }

    private static void assertRejected(Consumer<ObjectNode> damage, String field) {
        ObjectNode json = kinked();
        damage.accept(json);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CertificateCodec.read(JsonValue.root(json, "certificate")));
        assertEquals(field, e.field(), e.getMessage());
    }
}
