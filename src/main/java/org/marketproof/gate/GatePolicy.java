package org.marketproof.gate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Verdict;

/**
 * When a CI gate fails on a list of verdicts.
 *
 * <ul>
 *   <li>A FALSIFIED verdict the {@link Baseline} does not accept always fails it.
 *   <li>In strict mode, so does a share of NOT_APPLICABLE and INCONCLUSIVE verdicts (claims that
 *       were not actually checked) above {@code maxUncheckedShare}: a gate that passes because
 *       most hypotheses failed checks little.
 *   <li>HOLDS and NO_COUNTEREXAMPLE never fail it (a search that found nothing reports what it
 *       searched; it is a lower bound, not a proof, and the reports say so).
 * </ul>
 *
 * @param baseline the accepted findings
 * @param maxUncheckedShare the largest share of NOT_APPLICABLE and INCONCLUSIVE verdicts that
 *     passes, in [0, 1], or null when not strict
 */
public record GatePolicy(Baseline baseline, BigDecimal maxUncheckedShare) {

    /**
     * @param baseline the accepted findings
     * @param maxUncheckedShare the largest passing share of unchecked verdicts, in [0, 1], or null
     *     when not strict
     * @throws NullPointerException if {@code baseline} is null
     * @throws IllegalArgumentException if {@code maxUncheckedShare} is outside [0, 1]
     */
    public GatePolicy {
        Objects.requireNonNull(baseline, "baseline");
        if (maxUncheckedShare != null && (maxUncheckedShare.signum() < 0 || maxUncheckedShare.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("the unchecked share must be in [0, 1], not " + maxUncheckedShare);
        }
    }

    /** @return the policy that fails on every FALSIFIED verdict and nothing else */
    public static GatePolicy lenient() {
        return new GatePolicy(Baseline.none(), null);
    }

    /** @return whether a share of unchecked verdicts can fail the gate */
    public boolean strict() {
        return maxUncheckedShare != null;
    }

    /** @param r a verdict
     * @return whether {@code r} is NOT_APPLICABLE or INCONCLUSIVE: its claim was not actually checked */
    public static boolean unchecked(ClaimResult r) {
        return r.verdict() instanceof Verdict.NotApplicable || r.verdict() instanceof Verdict.Inconclusive;
    }

    /**
     * @param results every verdict of the run
     * @return the gate's decision on them
     */
    public GateDecision decide(List<ClaimResult> results) {
        List<ClaimResult> fresh = new ArrayList<>();
        List<ClaimResult> accepted = new ArrayList<>();
        for (ClaimResult r : results) {
            if (r.verdict().failsGate()) {
                (baseline.acceptance(r).isPresent() ? accepted : fresh).add(r);
            }
        }
        List<AcceptedFinding> stale = baseline.accepted().stream()
                .filter(a -> results.stream().noneMatch(r -> r.verdict().failsGate() && a.covers(r))).toList();
        long unchecked = results.stream().filter(GatePolicy::unchecked).count();
        // exact: unchecked / total > share  <=>  unchecked > share * total (no floating point)
        boolean tooMany = strict() && BigDecimal.valueOf(unchecked)
                .compareTo(maxUncheckedShare.multiply(BigDecimal.valueOf(results.size()))) > 0;
        return new GateDecision(this, results, fresh, accepted, stale, unchecked, tooMany);
    }
}
