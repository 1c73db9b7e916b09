package org.marketproof.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimsTest {

    private static final ClaimInfo POSITIVE = new ClaimInfo(ClaimId.of("p999.positive"), "test", "x > 0");

    /** The claim "x > 0" on integers, under the hypothesis "x is even"; its certificate is x itself. */
    private static final Claim<Integer> EVEN_POSITIVE = new Claim<>() {
        @Override
        public ClaimInfo info() {
            return POSITIVE;
        }

        @Override
        public List<Hypothesis<Integer>> hypotheses() {
            return List.of(Hypothesis.of("x is even", x -> x % 2 == 0, x -> "x = " + x));
        }

        @Override
        public Verdict check(Integer x) {
            return x > 0 ? Verdict.exact("x = " + x) : Verdict.certify(new Value(x), "x = " + x);
        }
    };

    private record Value(int x) implements Certificate {
        @Override
        public ClaimId claim() {
            return POSITIVE.id();
        }

        @Override
        public ObjectNode toJson() {
            return JsonNodeFactory.instance.objectNode().put("x", x);
        }

        @Override
        public Recheck recheck() {
            return new Recheck(!(x > 0), "exact", Map.of("x", Integer.toString(x)));
        }
    }

    @Test
    void aFailedHypothesisIsNotApplicableNeverFalsified() {
        Verdict v = Claims.evaluate(EVEN_POSITIVE, -3);
        assertInstanceOf(Verdict.NotApplicable.class, v);
        assertEquals("x is even", ((Verdict.NotApplicable) v).hypothesis());
        assertEquals("x = -3", v.evidence());
    }

    @Test
    void aCertificateThatReplaysFalsifies() {
        Verdict v = Claims.evaluate(EVEN_POSITIVE, -4);
        assertInstanceOf(Verdict.Falsified.class, v);
        assertTrue(v.failsGate());
        assertTrue(v.evidence().contains("x = -4"), v.evidence());
        assertEquals(Verdict.Kind.HOLDS, Claims.evaluate(EVEN_POSITIVE, 4).kind());
    }

    @Test
    void aCandidateThatDoesNotReplayIsInconclusive() {
        Verdict v = Verdict.certify(new Value(5), "checker thought 5 violates");
        assertEquals(Verdict.Kind.INCONCLUSIVE, v.kind());
        assertTrue(!v.failsGate());
    }

    @Test
    void falsifiedCannotBeBuiltFromACertificateThatDoesNotViolate() {
        Value fine = new Value(5);
        assertThrows(IllegalArgumentException.class, () -> new Verdict.Falsified(fine, fine.recheck(), "no"));
    }

    @Test
    void aCatalogGivesOneResultPerClaimAndRefusesDuplicateIds() {
        List<ClaimResult> r = Claims.evaluateAll(List.of(EVEN_POSITIVE), 2, "two", "");
        assertEquals(1, r.size());
        assertEquals("two", r.get(0).subject());
        assertThrows(IllegalArgumentException.class,
                () -> Claims.evaluateAll(List.of(EVEN_POSITIVE, EVEN_POSITIVE), 2, "two", ""));
    }

    @Test
    void claimIdsHaveOneForm() {
        assertEquals("p003", ClaimId.of("p003.theorem1.existence").paper());
        for (String bad : List.of("BB", "p000", "p000.BB", "p0.bb", "p000.bb.", "p000..bb", "p000.theorem 4")) {
            assertThrows(IllegalArgumentException.class, () -> ClaimId.of(bad), bad);
        }
    }
}
