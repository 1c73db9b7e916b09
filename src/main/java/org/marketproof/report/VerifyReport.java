package org.marketproof.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Verdict;
import org.marketproof.gate.AcceptedFinding;
import org.marketproof.gate.GateDecision;
import org.marketproof.io.JsonOutput;

/**
 * The JSON document of a {@code verify} run, printed by {@code verify --json} and written to
 * {@code verdicts.json}: the counts, the gate's decision and every verdict (schema
 * {@code specs/schemas/verify.schema.json}).
 *
 * @param tool the tool and its version
 * @param seed the seed of every random choice
 * @param summary the counts by verdict kind
 * @param gate the gate's decision
 * @param verdicts every verdict, in run order
 */
public record VerifyReport(String tool, long seed, Summary summary, Gate gate, List<VerdictRecord> verdicts) {

    /** The {@code command} field of the document. */
    public static final String COMMAND = "verify";

    /**
     * How many verdicts of each kind.
     *
     * @param verdicts all
     * @param holds HOLDS
     * @param falsified FALSIFIED (new or accepted)
     * @param noCounterexample NO_COUNTEREXAMPLE
     * @param inconclusive INCONCLUSIVE
     * @param notApplicable NOT_APPLICABLE
     */
    public record Summary(int verdicts, long holds, long falsified, long noCounterexample, long inconclusive,
            long notApplicable) {

        static Summary of(List<ClaimResult> results) {
            return new Summary(results.size(), count(results, Verdict.Kind.HOLDS), count(results, Verdict.Kind.FALSIFIED),
                    count(results, Verdict.Kind.NO_COUNTEREXAMPLE), count(results, Verdict.Kind.INCONCLUSIVE),
                    count(results, Verdict.Kind.NOT_APPLICABLE));
        }

        private static long count(List<ClaimResult> results, Verdict.Kind kind) {
            return results.stream().filter(r -> r.verdict().kind() == kind).count();
        }
    }

    /**
     * The gate's decision.
     *
     * @param outcome PASSED, FALSIFIED or TOO_MANY_UNCHECKED
     * @param newFalsified FALSIFIED verdicts the baseline does not accept
     * @param accepted FALSIFIED verdicts the baseline accepts
     * @param unchecked NOT_APPLICABLE and INCONCLUSIVE verdicts
     * @param maxUncheckedShare the strict share, absent when not strict
     * @param staleBaselineEntries baseline entries that matched no FALSIFIED verdict
     */
    public record Gate(String outcome, int newFalsified, int accepted, long unchecked, String maxUncheckedShare,
            List<String> staleBaselineEntries) {

        static Gate of(GateDecision d) {
            return new Gate(d.outcome().name(), d.newFalsified().size(), d.accepted().size(), d.unchecked(),
                    d.policy().strict() ? d.policy().maxUncheckedShare().toPlainString() : null,
                    d.stale().stream().map(AcceptedFinding::describe).toList());
        }
    }

    /**
     * @param decision the gate's decision on the run's verdicts
     * @param context the run
     * @param replayFiles each FALSIFIED verdict's replay file, if written
     * @return the document's fields
     */
    public static VerifyReport of(GateDecision decision, ReportContext context, Map<ClaimResult, String> replayFiles) {
        return new VerifyReport(context.tool(), context.seed(), Summary.of(decision.results()), Gate.of(decision),
                decision.results().stream().map(r -> VerdictRecord.of(r, decision.acceptance(r).orElse(null),
                        replayFiles.get(r))).toList());
    }

    /** @return the JSON document, with its {@code command} and {@code version} */
    public ObjectNode json() {
        return JsonOutput.document(COMMAND, this);
    }
}
