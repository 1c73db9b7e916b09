package org.marketproof.market.claims;

import java.util.ArrayList;
import java.util.List;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.Submission;
import org.marketproof.market.strategy.Submissions;

/**
 * Shrinks the deviation of a certificate to a simpler one that still re-checks: a mixture to one of
 * its branches, a composition to one of its parts, any submission to "as collected", and n towards
 * the instruction. Greedy: the first simpler candidate that re-checks is kept, until none does.
 */
final class Shrinker {

    private static final int MAX_RECHECKS = 60;

    private Shrinker() {
    }

    static DeviationCertificate shrink(DeviationCertificate ce) {
        int instructed = ce.base().get(ce.contributor()) instanceof Strategy.Pure p ? p.collect() : 0;
        DeviationCertificate current = ce;
        int rechecks = 0;
        boolean progress = true;
        while (progress && rechecks < MAX_RECHECKS) {
            progress = false;
            for (Strategy s : simpler(current.deviation(), instructed)) {
                if (rechecks++ >= MAX_RECHECKS) {
                    break;
                }
                DeviationCertificate c = current.with(s);
                if (c.recheck().violates()) {
                    current = c;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    private static List<Strategy> simpler(Strategy s, int instructed) {
        List<Strategy> out = new ArrayList<>();
        if (s instanceof Strategy.Mixture m) {
            out.add(m.first());
            out.add(m.second());
        } else if (s instanceof Strategy.Pure p) {
            Submission f = p.submission();
            if (f instanceof Submissions.Composition c) {
                out.add(Strategy.of(p.collect(), c.first()));
                out.add(Strategy.of(p.collect(), c.second()));
            }
            if (!(f instanceof Submissions.Identity)) {
                out.add(Strategy.of(p.collect(), new Submissions.Identity()));
            }
            if (p.collect() != instructed && !f.ignoresData()) {
                int step = p.collect() < instructed ? 1 : -1;
                out.add(Strategy.of(p.collect() + step, f));
            }
            if (f.ignoresData() && p.collect() > 0) {
                out.add(Strategy.of(0, f));
            }
        }
        return out;
    }
}
