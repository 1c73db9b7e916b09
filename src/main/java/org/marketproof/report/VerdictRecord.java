package org.marketproof.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Verdict;
import org.marketproof.gate.AcceptedFinding;

/**
 * One verdict as {@code verify --json} and {@code verdicts.json} print it (schema
 * {@code specs/schemas/verify.schema.json}). Fields that do not apply to the verdict's kind are
 * left out.
 *
 * @param claim the claim's id
 * @param source where the paper states it
 * @param statement the statement
 * @param instance the instance's name
 * @param mechanism the mechanism's name, absent for claims about no mechanism
 * @param subject {@code instance} or {@code instance / mechanism}, as the text output prints it
 * @param verdict the kind: HOLDS, FALSIFIED, NO_COUNTEREXAMPLE, INCONCLUSIVE or NOT_APPLICABLE
 * @param basis HOLDS: {@code PROVED_FOR_ALL} or {@code EXACT_ON_INSTANCE}; FALSIFIED: the
 *     certificate's basis ({@code exact}, or the error analysis of a bound)
 * @param hypothesis NOT_APPLICABLE: the hypothesis that fails
 * @param searched NO_COUNTEREXAMPLE: what the search covered
 * @param evidence the figures behind the verdict, one line
 * @param figures FALSIFIED: the certificate's re-checked figures
 * @param certificate FALSIFIED: the replay document
 * @param replayFile FALSIFIED, with a report directory: the replay file, relative to it
 * @param baseline FALSIFIED: {@code new}, or {@code accepted} when the baseline lists it
 * @param acceptedBecause FALSIFIED and accepted: the baseline's reason
 */
public record VerdictRecord(String claim, String source, String statement, String instance, String mechanism,
        String subject, String verdict, String basis, String hypothesis, SearchRecord searched, String evidence,
        Map<String, String> figures, JsonNode certificate, String replayFile, String baseline, String acceptedBecause) {

    /**
     * What a search covered.
     *
     * @param candidates how many candidates were evaluated
     * @param seed the search's seed
     * @param space the space searched
     */
    public record SearchRecord(long candidates, long seed, String space) {
    }

    /**
     * @param r the verdict
     * @param acceptance the baseline entry accepting it, or null
     * @param replayFile its replay file, or null
     * @return the record of {@code r}
     */
    public static VerdictRecord of(ClaimResult r, AcceptedFinding acceptance, String replayFile) {
        Verdict v = r.verdict();
        String basis = null;
        String hypothesis = null;
        SearchRecord searched = null;
        Map<String, String> figures = null;
        JsonNode certificate = null;
        String baseline = null;
        if (v instanceof Verdict.Holds h) {
            basis = h.basis().name();
        } else if (v instanceof Verdict.Falsified f) {
            basis = f.recheck().basis();
            figures = f.recheck().figures();
            certificate = f.certificate().toJson();
            baseline = acceptance == null ? "new" : "accepted";
        } else if (v instanceof Verdict.NotApplicable na) {
            hypothesis = na.hypothesis();
        } else if (v instanceof Verdict.NoCounterexample nc) {
            searched = new SearchRecord(nc.searched().candidates(), nc.searched().seed(), nc.searched().space());
        }
        return new VerdictRecord(r.id().value(), r.claim().source(), r.claim().statement(), r.instance(),
                r.mechanism().isEmpty() ? null : r.mechanism(), r.subject(), v.kind().name(), basis, hypothesis, searched,
                v.evidence(), figures, certificate, replayFile, baseline,
                acceptance == null ? null : acceptance.reason());
    }
}
