package org.marketproof.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Evaluates claims: hypotheses first, then the check; exactly one result per claim. */
public final class Claims {

    private Claims() {
    }

    /**
     * @param <C> the context a claim is checked on
     * @param claim the claim
     * @param context what it is checked on
     * @return the first failed hypothesis as {@link Verdict.NotApplicable}, else the claim's check
     */
    public static <C> Verdict evaluate(Claim<C> claim, C context) {
        for (Hypothesis<C> h : claim.hypotheses()) {
            Optional<String> failure = h.failure().apply(context);
            if (failure.isPresent()) {
                return new Verdict.NotApplicable(h.name(), failure.get());
            }
        }
        return claim.check(context);
    }

    /**
     * Evaluates every claim of a catalog on one context.
     *
     * @param <C> the context a claim is checked on
     * @param catalog claims with distinct ids
     * @param context what every claim is checked on
     * @param instance the instance's name for the results
     * @param mechanism the mechanism's name, or empty
     * @return one result per claim, in catalog order
     * @throws IllegalArgumentException if two claims share an id
     */
    public static <C> List<ClaimResult> evaluateAll(List<? extends Claim<C>> catalog, C context, String instance,
            String mechanism) {
        return evaluateAll(catalog, context, instance, mechanism, Progress.NONE);
    }

    /**
     * Evaluates every claim of a catalog on one context, telling {@code progress} after each claim.
     *
     * @param catalog claims with distinct ids
     * @param context what the claims are checked on
     * @param instance the instance's name for the results
     * @param mechanism the mechanism's name, or empty
     * @param progress told the claims checked so far of the catalog's size
     * @param <C> the kind of context
     * @return one result per claim, in catalog order
     * @throws IllegalArgumentException if two claims share an id
     */
    public static <C> List<ClaimResult> evaluateAll(List<? extends Claim<C>> catalog, C context, String instance,
            String mechanism, Progress progress) {
        reportChecked(progress, 0, catalog.size(), instance);
        Set<ClaimId> seen = new HashSet<>();
        List<ClaimResult> out = new ArrayList<>();
        for (Claim<C> c : catalog) {
            if (!seen.add(c.info().id())) {
                throw new IllegalArgumentException("claim id " + c.info().id() + " appears twice in the catalog");
            }
            out.add(new ClaimResult(c.info(), instance, mechanism, evaluate(c, context)));
            reportChecked(progress, out.size(), catalog.size(), instance);
        }
        return out;
    }

    /**
     * Tells {@code progress} how many of an instance's claims are checked.
     *
     * @param progress told the count
     * @param checked claims checked so far
     * @param total claims to check on the instance
     * @param instance the instance's name
     */
    public static void reportChecked(Progress progress, int checked, int total, String instance) {
        progress.report(checked, total, instance + " " + checked + "/" + total);
    }
}
