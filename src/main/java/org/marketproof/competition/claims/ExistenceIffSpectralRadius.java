package org.marketproof.competition.claims;

import java.util.Locale;
import org.marketproof.claims.Search;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.ChargePolytope;
import org.marketproof.competition.Equilibrium;
import org.marketproof.competition.EquilibriumCandidate;
import org.marketproof.competition.MMatrixCriterion;
import org.marketproof.competition.OracleReport;
import org.marketproof.competition.SpectralRadius;
import org.marketproof.competition.Stationarity;

/**
 * Theorem 1 and its proof, with the remark after it: under Theorem 1's hypotheses a GN equilibrium
 * exists iff {@code rho(Xi) < 1} (the existence depends on {@code xi} only, not on the size of the
 * demands). {@code rho} against 1 is decided exactly ({@link MMatrixCriterion}); with {@code rho <
 * 1} the point of (26) is proved an equilibrium by {@link Stationarity}; with {@code rho >= 1} no
 * point with {@code theta = 1} exists (Perron, specs) and the kinked witnesses of finding C6 are
 * searched for one; a kinked equilibrium there would be a certificate.
 */
final class ExistenceIffSpectralRadius extends CompetitionClaim {
    ExistenceIffSpectralRadius() {
        super("p003.theorem1.existence-iff-rho", "Theorem 1, proof of Theorem 1 with [25], remark after it",
                "Under Theorem 1's hypotheses a GN equilibrium exists iff rho(Xi) < 1 (then a = (I - Xi)^-1 gamma);"
                        + " existence depends only on the xi, not on the magnitude of the gamma.",
                CompetitionHypotheses.theorem1());
    }

    @Override
    public Verdict check(CompetitionContext c) {
        SpectralRadius rho = c.analysis().rho();
        if (c.exact().isEmpty()) {
            return withoutExact(c, rho);
        }
        MMatrixCriterion d = EquilibriumFacts.rho(c.exact().get());
        if (d.belowOne()) {
            EquilibriumCandidate p = c.reducedEquilibrium().orElseThrow();
            Stationarity.Judgement j = c.judge(p);
            return j.status() == Stationarity.Status.GNE
                    ? Verdict.exact(d.describe() + "; the a of (26) is a GN equilibrium: " + j.summary())
                    : new Verdict.Inconclusive(d.describe() + "; but the a of (26) is not proved an equilibrium: "
                            + j.summary());
        }
        var kinks = c.kinks();
        if (kinks.found().isPresent()) {
            var k = kinks.found().get();
            return certify(c, CompetitionCertificate.Kind.GNE_DESPITE_RHO, k.candidate(), null, k.aggregator(),
                    k.source(), d.describe() + "; yet a kinked point is a GN equilibrium");
        }
        return new Verdict.NoCounterexample(new Search(1 + kinks.tried(), c.seed(), "theta = 1 (the reduced game,"
                + " (26)) and " + kinks.tried() + " single-kink witnesses theta^b_s = 1/2, each solved exactly"),
                d.describe() + ": (26) has no non-negative solution (Perron), and no kinked witness is an equilibrium");
    }

    private Verdict withoutExact(CompetitionContext c, SpectralRadius rho) {
        return switch (rho.comparison()) {
            case BELOW_ONE -> {
                Equilibrium e = c.analysis().equilibria().get(0);
                var rng = c.rng(info().id());
                OracleReport r = c.oracle().check(new ChargePolytope(c.market(), e.a()).randomPoint(rng), e.a(), rng);
                yield r.equilibrium() ? new Verdict.NoCounterexample(new Search(1 + CompetitionContext.ORACLE_STARTS,
                        c.seed(), "the oracle's starts at a random polytope point of (26)"), String.format(Locale.ROOT,
                        "rho(Xi) <= %.9g < 1 (enclosure, not exact); oracle: %s", rho.upper(), r.summary()))
                        : new Verdict.Inconclusive("rho(Xi) < 1 by the enclosure but the oracle improves on the point of"
                                + " (26): " + r.summary());
            }
            case AT_LEAST_ONE -> new Verdict.NoCounterexample(new Search(1, c.seed(), "theta = 1 only"), String.format(Locale.ROOT,
                    "rho(Xi) >= %.9g >= 1 (enclosure, not exact): (26) has no non-negative solution; kinked"
                            + " equilibria not searched (market above the exact limit)", rho.lower()));
            case UNDECIDED -> new Verdict.Inconclusive(String.format(Locale.ROOT, "rho(Xi) in [%.12g, %.12g] contains 1 and the"
                    + " market is above the exact limit", rho.lower(), rho.upper()));
        };
    }
}
