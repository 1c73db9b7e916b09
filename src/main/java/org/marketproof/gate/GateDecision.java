package org.marketproof.gate;

import java.util.List;
import java.util.Optional;
import org.marketproof.claims.ClaimResult;

/**
 * What a {@link GatePolicy} decided on one run's verdicts, and why.
 *
 * @param policy the policy applied
 * @param results every verdict, in run order
 * @param newFalsified FALSIFIED verdicts the baseline does not accept: each fails the gate
 * @param accepted FALSIFIED verdicts the baseline accepts
 * @param stale baseline entries no FALSIFIED verdict matched (fixed, or not checked in this run)
 * @param unchecked how many verdicts are NOT_APPLICABLE or INCONCLUSIVE
 * @param tooManyUnchecked whether strict mode fails the gate on that count
 */
public record GateDecision(GatePolicy policy, List<ClaimResult> results, List<ClaimResult> newFalsified,
        List<ClaimResult> accepted, List<AcceptedFinding> stale, long unchecked, boolean tooManyUnchecked) {

    /**
     * Copies the lists.
     *
     * @param policy the policy applied
     * @param results every verdict, in run order
     * @param newFalsified FALSIFIED verdicts the baseline does not accept
     * @param accepted FALSIFIED verdicts the baseline accepts
     * @param stale baseline entries no FALSIFIED verdict matched
     * @param unchecked how many verdicts are NOT_APPLICABLE or INCONCLUSIVE
     * @param tooManyUnchecked whether strict mode fails the gate on that count
     */
    public GateDecision {
        results = List.copyOf(results);
        newFalsified = List.copyOf(newFalsified);
        accepted = List.copyOf(accepted);
        stale = List.copyOf(stale);
    }

    /** Why the gate passed or failed; FALSIFIED wins over a strict-mode failure. */
    public enum Outcome {
        /** No new FALSIFIED verdict, and (in strict mode) few enough unchecked claims. */
        PASSED,
        /** At least one FALSIFIED verdict the baseline does not accept. */
        FALSIFIED,
        /** Strict mode: more NOT_APPLICABLE and INCONCLUSIVE verdicts than the stated share. */
        TOO_MANY_UNCHECKED
    }

    /** @return the outcome */
    public Outcome outcome() {
        return !newFalsified.isEmpty() ? Outcome.FALSIFIED
                : tooManyUnchecked ? Outcome.TOO_MANY_UNCHECKED : Outcome.PASSED;
    }

    /** @param r one of {@link #results()}
     * @return the baseline entry accepting {@code r}, when {@code r} is an accepted FALSIFIED verdict */
    public Optional<AcceptedFinding> acceptance(ClaimResult r) {
        return r.verdict().failsGate() ? policy.baseline().acceptance(r) : Optional.empty();
    }

    /** @return the gate's verdict in a few lines: outcome, counts, the stated share, stale entries */
    public String summary() {
        StringBuilder b = new StringBuilder("gate: ").append(outcome()).append(": ")
                .append(newFalsified.size()).append(" new FALSIFIED, ")
                .append(accepted.size()).append(" accepted by the baseline, ")
                .append(unchecked).append(" of ").append(results.size())
                .append(" NOT_APPLICABLE or INCONCLUSIVE");
        if (policy.strict()) {
            b.append(" (strict: at most ").append(policy.maxUncheckedShare().toPlainString()).append(" of the verdicts)");
        }
        for (ClaimResult r : newFalsified) {
            b.append(System.lineSeparator()).append("  new: ").append(r.id()).append(" on ").append(r.subject());
        }
        for (AcceptedFinding a : stale) {
            b.append(System.lineSeparator()).append("  baseline entry matched nothing (fixed? remove it): ")
                    .append(a.describe());
        }
        return b.toString();
    }
}
