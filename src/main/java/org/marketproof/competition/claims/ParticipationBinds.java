package org.marketproof.competition.claims;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.EquilibriumCandidate;
import org.marketproof.competition.Exact;
import org.marketproof.competition.Market;
import org.marketproof.competition.Stationarity;

/**
 * Lemma 2: at every GN equilibrium the IR constraint binds, (22), and the expected payment to each
 * source equals its effort. Checked at every equilibrium certified on the instance (the solver's,
 * refined or exact, and the kinked one of finding C6): raising any one charge by {@link #SLACK}
 * makes the IR constraint slack, and {@link Stationarity} must find an aggregator that gains by
 * lowering its charge. This is Lemma 2's own argument run on each point; it fails only if a point
 * with slack passed the same predicate that certifies every equilibrium here.
 */
final class ParticipationBinds extends CompetitionClaim {
    static final BigFraction SLACK = BigFraction.of(1, 1000);

    ParticipationBinds() {
        super("p003.lemma2.ir-binds", "Lemma 2, (22)", "At every GN equilibrium the IR constraint (8) binds for every"
                + " source: sum_j c^j_s - sum_j q^j_s(a) - mu_s(a_s) = 0, so the expected payment to s equals its"
                + " effort.", List.of());
    }

    @Override
    public Verdict check(CompetitionContext c) {
        if (c.exact().isEmpty()) {
            return tooLarge(c);
        }
        List<EquilibriumCandidate> points = new ArrayList<>(c.certifiedEquilibria());
        c.kinks().found().ifPresent(k -> points.add(k.candidate()));
        if (points.isEmpty()) {
            return noEquilibrium(c);
        }
        Market m = c.market();
        int checked = 0;
        for (EquilibriumCandidate p : points) {
            for (int s = 0; s < m.sourceCount(); s++) {
                for (int b : m.buyers(s)) {
                    EquilibriumCandidate slack = p.withSlack(b, s, SLACK);
                    Stationarity.Judgement j = c.judge(slack);
                    checked++;
                    if (j.status() == Stationarity.Status.GNE) {
                        return certify(c, CompetitionCertificate.Kind.SLACK_GNE, slack, null, b, s,
                                "a point with IR slack " + Exact.show(SLACK) + " at " + c.source(s) + " passes as a GN equilibrium");
                    }
                }
            }
        }
        return Verdict.exact(points.size() + " certified GN equilibri" + (points.size() == 1 ? "um" : "a") + " (IR binds"
                + " there by construction, c = q + lambda mu); at each, all " + checked + " points with one charge"
                + " raised by " + Exact.show(SLACK) + " are judged not GN equilibria exactly (the payer lowers its charge)");
    }
}
