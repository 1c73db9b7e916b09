package org.marketproof.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.marketproof.claims.Certificate;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.ClaimInfo;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Recheck;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;

/** Hand-built verdicts of every kind, with a tiny certificate, for the report and gate tests. */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    /** A certificate that always re-checks as a violation, with one figure. */
    public record TinyCertificate(ClaimId claim, String x) implements Certificate {
        @Override
        public ObjectNode toJson() {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("format", "tiny/1").put("claim", claim.value()).put("kind", "tiny").put("x", x);
            return o;
        }

        @Override
        public Recheck recheck() {
            return new Recheck(true, "exact", Map.of("x", x));
        }
    }

    /** @return the claim {@code id} with a source and statement */
    public static ClaimInfo claim(String id) {
        return new ClaimInfo(ClaimId.of(id), "paper 999, (" + id.length() + ")", "Statement of " + id + " <&> \"quoted\".");
    }

    /** @return a FALSIFIED result of {@code id} on {@code instance} / {@code mechanism} */
    public static ClaimResult falsified(String id, String instance, String mechanism) {
        Verdict v = Verdict.certify(new TinyCertificate(ClaimId.of(id), "1/3"), "x = 1/3 breaks it");
        return new ClaimResult(claim(id), instance, mechanism, v);
    }

    /** @return one result of each verdict kind on {@code a.json}, the FALSIFIED one on mechanism {@code m} */
    public static List<ClaimResult> everyKind() {
        return List.of(
                new ClaimResult(claim("p999.holds"), "a.json", "m", Verdict.exact("1 = 1")),
                new ClaimResult(claim("p999.proved"), "a.json", "", Verdict.proved("KeY proof of the kernel")),
                falsified("p999.broken", "a.json", "m"),
                new ClaimResult(claim("p999.searched"), "a.json", "m",
                        new Verdict.NoCounterexample(new Search(42, 7, "10 x 4 grid"), "best gain -0.1")),
                new ClaimResult(claim("p999.unsure"), "a.json", "m", new Verdict.Inconclusive("budget exhausted")),
                new ClaimResult(claim("p999.hypothesis"), "a.json", "", new Verdict.NotApplicable("W >= 0", "W = -1/2")));
    }
}
