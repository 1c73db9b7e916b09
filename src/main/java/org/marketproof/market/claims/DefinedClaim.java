package org.marketproof.market.claims;

import java.util.ArrayList;
import java.util.List;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.market.mechanism.Design;

/**
 * p000.defined: the mechanism serves every valid instance and settles every tuple of submitted
 * datasets (section 3.1: a mechanism gives N_i and m_j, and rules p_j, pi_i : X^|C| -> R). Finding M1:
 * Algorithm 2 is undefined when Algorithm 1 returns N+ = 1 (N_1* = 0, and (14), (15) divide by it).
 * Evaluated after every other claim, so that an input on which any check saw the mechanism fail is
 * the certificate.
 */
final class DefinedClaim extends MarketClaim {

    DefinedClaim() {
        super("p000.defined", "section 3.1 (mechanism) and Algorithm 2",
                "The mechanism's design is defined on the instance, and its prices and payments on every tuple of "
                        + "submitted datasets, including empty ones.",
                List.of(MarketHypotheses.TWO_CONTRIBUTORS));
    }

    @Override
    public Verdict check(MarketContext c) {
        if (c.design().isEmpty()) {
            MechanismFailure f = c.firstFailure().orElseThrow();
            if (c.beyondAlgorithm1Limits()) {
                return new Verdict.Inconclusive("the design fails (" + f.getMessage() + "), but the instance is beyond "
                        + "the size this suite's Algorithm 1 tabulates, so this may be the suite's limit");
            }
            return Verdict.certify(new UndefinedCertificate(subject(c), null), "the design fails on the instance: "
                    + f.getMessage());
        }
        List<List<double[]>> probes = probes(c, c.design().get());
        for (List<double[]> subs : probes) {
            try {
                c.mechanism().settle(c.design().get(), subs);
            } catch (MechanismFailure f) {
                return Verdict.certify(new UndefinedCertificate(subject(c), subs), "settle fails: " + f.describe());
            }
        }
        if (c.firstFailure().isPresent()) {
            MechanismFailure f = c.firstFailure().get();
            return Verdict.certify(new UndefinedCertificate(subject(c), f.submissions().orElse(null)),
                    "the mechanism failed during another check: " + f.describe());
        }
        return new Verdict.NoCounterexample(new Search(probes.size() + 1L, c.seed(), "the design, and settle at the "
                + "instructed sizes (data at mu = 0 and 1e3 sigma), on all-empty submissions, with each contributor's "
                + "submission empty or one point off, and every input the other checks settled"),
                "no failure; N* = " + MarketHypotheses.instructions(c.design().get()));
    }

    private static List<List<double[]>> probes(MarketContext c, Design d) {
        int[] sizes = Realizations.instructed(d);
        double sd = Math.sqrt(c.instance().variance());
        List<List<double[]>> out = new ArrayList<>(Realizations.truthful(sizes, c.instance().variance(),
                new double[] {0, 1e3 * sd}, c.seedFor(1)));
        out.add(Realizations.constant(new int[sizes.length]));
        for (int i = 0; i < sizes.length; i++) {
            for (int delta : new int[] {-sizes[i], 1}) {
                int[] other = sizes.clone();
                other[i] += delta;
                out.addAll(Realizations.truthful(other, c.instance().variance(), new double[] {0}, c.seedFor(2 + i)));
            }
        }
        return out;
    }
}
