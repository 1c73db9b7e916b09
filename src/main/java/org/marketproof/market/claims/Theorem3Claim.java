package org.marketproof.market.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marketproof.claims.Verdict;
import org.marketproof.market.strategy.Deviation;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.Extended;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.Submissions;
import org.marketproof.market.strategy.UtilityFigure;

/**
 * p000.theorem3 for the mechanism at hand: s* is not a dominant-strategy profile unless nobody
 * collects (section 4, Theorem 3, via Lemma 5). Dominance quantifies over every s_-i and every s_i,
 * so no finite computation can exhibit a dominant profile, and the theorem (whose proof is sound for
 * c_i > 0) cannot be falsified here. What is checked is its content for this mechanism: for every
 * contributor instructed to collect, a profile s_-i and a strategy beating (N_i*, I) against it.
 * The first s_-i tried keeps truthful play finite (the others collect as instructed and shift their
 * data by sigma/2, so matching the shift gains d_i sigma^2/4 under Algorithm 2); only if that gives
 * no witness is Lemma 5's s_-i tried (the others collect nothing and submit N(0, sigma^2) draws),
 * against which truthful play is unbounded below under any mechanism that compares means.
 */
final class Theorem3Claim extends MarketClaim {

    Theorem3Claim() {
        super("p000.theorem3", "section 4, Theorem 3 (proof via Lemma 5)",
                "If s is a dominant-strategy profile of any mechanism then n_i = 0 for every contributor; here: s* of "
                        + "this mechanism is not dominant unless it instructs nobody to collect.",
                List.of(MarketHypotheses.SERVED));
    }

    @Override
    public Verdict check(MarketContext c) {
        StringBuilder ev = new StringBuilder();
        boolean exact = true;
        for (int i = 0; i < c.contributors(); i++) {
            int target = c.design().orElseThrow().instruction(i);
            if (target == 0) {
                continue;
            }
            Optional<Witness> w = exactWitness(c, i, target);
            if (w.isEmpty()) {
                w = searchedWitness(c, i, target);
            }
            if (w.isEmpty()) {
                return new Verdict.Inconclusive("no witness against the dominance of (N_i*, I) found for contributor "
                        + (i + 1) + " (Theorem 3 says one exists): " + ev
                        + c.searchRefusal().map(r -> "; not searched: " + r).orElse(""));
            }
            exact &= w.get().exact;
            ev.append("contributor ").append(i + 1).append(": ").append(w.get().text).append("; ");
        }
        if (ev.length() == 0) {
            return Verdict.exact("s* instructs nobody to collect: the conclusion n_i = 0 holds");
        }
        return exact ? Verdict.exact("s* is not dominant (exact witnesses): " + ev)
                : new Verdict.Inconclusive("witnesses against dominance only at the simulation's confidence: " + ev);
    }

    private record Witness(String text, boolean exact) {
    }

    /** @return the profiles s_-i tried, the finite one first */
    private static List<Profile> opponents(MarketContext c, int i) {
        double sd = Math.sqrt(c.instance().variance());
        Profile shifted = c.star();
        Profile lemma5 = c.star();
        for (int k = 0; k < c.contributors(); k++) {
            int nk = c.design().orElseThrow().instruction(k);
            if (k != i && nk > 0) {
                shifted = shifted.with(k, Strategy.of(nk, new Submissions.Shift(sd / 2)));
            }
            if (k != i) {
                lemma5 = lemma5.with(k, Strategy.of(0, new Submissions.FixedNormal(0, c.instance().variance(), nk)));
            }
        }
        return List.of(shifted, lemma5);
    }

    private static Optional<Witness> exactWitness(MarketContext c, int i, int target) {
        double sd = Math.sqrt(c.instance().variance());
        List<Strategy> candidates = new ArrayList<>(List.of(Strategy.of(target, new Submissions.Shift(sd / 2)),
                Strategy.of(0, new Submissions.FixedNormal(0, c.instance().variance(), target)),
                Strategy.of(0, new Submissions.Constant(0, target)), Strategy.of(0, new Submissions.Identity())));
        ExactEvaluator exact = new ExactEvaluator();
        for (Profile others : opponents(c, i)) {
            Optional<UtilityFigure> base = exact.contributorUtility(c.game(), others, i, 0);
            if (base.isEmpty()) {
                continue;
            }
            for (Strategy s : candidates) {
                Optional<UtilityFigure> u = exact.contributorUtility(c.game(), others.with(i, s), i, 0);
                Optional<Extended> gain = u.flatMap(x -> x.exactGain(base.get()));
                if (gain.isPresent() && (gain.get().infinity() > 0 || (gain.get().isFinite()
                        && gain.get().value().signum() > 0))) {
                    return Optional.of(new Witness("against s_-i = " + names(others, i) + ", [" + s.name()
                            + "] gains " + gain.get() + " over (N_i*, I) (exact; u(N_i*, I) = " + base.get() + ")", true));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Witness> searchedWitness(MarketContext c, int i, int target) {
        if (c.searchRefusal().isPresent()) {
            return Optional.empty();
        }
        int k = 0;
        for (Profile others : opponents(c, i)) {
            Deviation d = c.search(others, i, c.seedFor(40 + 2 * i + k++)).best();
            if (d.certified()) {
                return Optional.of(new Witness("against s_-i = " + names(others, i) + ": " + d.describe(),
                        d.exactGain().isPresent()));
            }
        }
        return Optional.empty();
    }

    private static String names(Profile p, int except) {
        StringBuilder b = new StringBuilder("[");
        for (int k = 0; k < p.size(); k++) {
            if (k != except) {
                b.append(b.length() == 1 ? "" : ", ").append(p.get(k).name());
            }
        }
        return b.append("]").toString();
    }
}
