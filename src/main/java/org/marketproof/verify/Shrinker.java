package org.marketproof.verify;

import java.util.ArrayList;
import java.util.List;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.Submission;
import org.marketproof.market.strategy.Submissions;

/**
 * Shrinks the deviation of a counterexample to a simpler one that still replays: a mixture to one
 * of its branches, a composition to one of its parts, any submission to "as collected", and n
 * towards the instruction. Greedy: the first simpler candidate that reproduces is kept, until none
 * does. (Instances are shrunk by jqwik in the properties.)
 */
final class Shrinker {

    private static final int MAX_REPLAYS = 60;

    private Shrinker() {
    }

    static Counterexample shrink(Counterexample ce, Mechanism mechanism) {
        if (!ce.kind().equals("deviation")) {
            return ce;
        }
        int instructed = ce.profile().get(ce.party()) instanceof Strategy.Pure p ? p.collect() : 0;
        Counterexample current = ce;
        int replays = 0;
        boolean progress = true;
        while (progress && replays < MAX_REPLAYS) {
            progress = false;
            for (Strategy s : simpler(current.deviation(), instructed)) {
                if (replays++ >= MAX_REPLAYS) {
                    break;
                }
                Counterexample c = with(current, s);
                if (Replay.check(c, mechanism).reproduces()) {
                    current = c;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    private static Counterexample with(Counterexample ce, Strategy s) {
        return new Counterexample(ce.claim(), ce.source(), ce.kind(), ce.mechanism(), ce.instance(), ce.pricing(),
                ce.profile(), ce.party(), s, ce.submissions(), ce.evaluator(), ce.samples(), ce.level(), ce.seed(),
                ce.figures());
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
