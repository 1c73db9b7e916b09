package org.marketproof.competition.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.claims.Certificate;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.Recheck;
import org.marketproof.competition.CompetitionInstance;
import org.marketproof.competition.EquilibriumCandidate;
import org.marketproof.competition.EstimatorKind;
import org.marketproof.competition.Exact;
import org.marketproof.competition.ExactMarket;
import org.marketproof.competition.Market;
import org.marketproof.competition.Stationarity;

/**
 * A counterexample to a claim of paper 003, exact: an instance, one or two points {@code (c, a)}
 * in exact rationals with their dual witnesses, and the parties involved. {@link #recheck} rebuilds
 * the market's exact constants from the instance and re-runs the claim's predicate
 * ({@link Stationarity} and {@link EquilibriumFacts}, the methods the claim used); serialised in
 * format {@value #FORMAT} ({@link CertificateCodec}).
 *
 * @param claim the claim refuted
 * @param kind what the certificate shows
 * @param instanceName the instance's name where it was found
 * @param instance the instance
 * @param candidate the point the certificate is about (absent for the kinds about constants)
 * @param other the second point of {@link Kind#POLYTOPE_NOT_GNE}, else absent
 * @param aggregator the aggregator involved, or -1
 * @param source the source involved, or -1
 * @param peer the second source of {@link Kind#NEGATIVE_XI}, or -1
 */
public record CompetitionCertificate(ClaimId claim, Kind kind, String instanceName, CompetitionInstance instance,
        Optional<EquilibriumCandidate> candidate, Optional<EquilibriumCandidate> other, int aggregator, int source,
        int peer) implements Certificate {

    /** The {@code format} field of a competition certificate file, with its version. */
    public static final String FORMAT = "marketproof-competition-certificate/1";
    static final String BASIS = "exact: rational arithmetic on the instance's numbers; equilibria by the first-order"
            + " conditions of each aggregator's convex problem (Stationarity, derivation 8 of specs/competition.md)";

    /** What a certificate shows; the names are the {@code kind} field of its file. */
    public enum Kind {
        /** A GN equilibrium with {@code PoA = 1} although some off-diagonal {@code xi > 0}. */
        EFFICIENT_GNE("efficient-gne"),
        /** A GN equilibrium with {@code PoA != 1}. */
        INEFFICIENT_GNE("inefficient-gne"),
        /** A GN equilibrium whose {@code a} is not the solution of (26). */
        OTHER_COEFFICIENTS("other-coefficients"),
        /** A GN equilibrium whose efforts differ from those of (26). */
        OTHER_EFFORTS("other-efforts"),
        /** A GN equilibrium and a point of its charge polytope that is not one. */
        POLYTOPE_NOT_GNE("polytope-not-gne"),
        /** Exactly one GN equilibrium under Theorem 1's hypotheses ({@code |B| = 1}). */
        UNIQUE_GNE("unique-gne"),
        /** A GN equilibrium whose charge polytope has dimension other than {@code |B|}. */
        POLYTOPE_DIMENSION("polytope-dimension"),
        /** A GN equilibrium where one source's charges form a simplex of dimension {@code |B_s| - 1}, not {@code |B_s|}. */
        SLICE_DIMENSION("slice-dimension"),
        /** A GN equilibrium where an aggregator's (unique) best response is not (25). */
        BEST_RESPONSE("best-response"),
        /** A GN equilibrium although {@code rho(Xi) >= 1}. */
        GNE_DESPITE_RHO("gne-despite-rho"),
        /** A least-squares aggregator with every off-diagonal {@code xi = 0}. */
        UNCOUPLED_LEAST_SQUARES("uncoupled-least-squares"),
        /** A negative {@code xi}. */
        NEGATIVE_XI("negative-xi"),
        /** A GN equilibrium whose IR constraint (8) is slack for some source. */
        SLACK_GNE("slack-gne");

        private final String jsonName;

        Kind(String jsonName) {
            this.jsonName = jsonName;
        }

        /** @return the kind as written in the certificate's {@code kind} field */
        public String jsonName() {
            return jsonName;
        }
    }

    @Override
    public ObjectNode toJson() {
        return CertificateCodec.write(this);
    }

    @Override
    public Recheck recheck() {
        Market market = new Market(instance);
        Optional<ExactMarket> exact = ExactMarket.of(market);
        Map<String, String> f = new LinkedHashMap<>();
        if (exact.isEmpty()) {
            f.put("problem", "the instance has " + market.dimension() + " unknowns, above the exact limit "
                    + ExactMarket.LIMIT);
            return new Recheck(false, BASIS, f);
        }
        ExactMarket em = exact.get();
        boolean violates = switch (kind) {
            case UNCOUPLED_LEAST_SQUARES -> uncoupledLeastSquares(em, f);
            case NEGATIVE_XI -> negativeXi(em, f);
            default -> candidate.isPresent() && isEquilibrium(em, candidate.get(), f) && kindHolds(em, f);
        };
        return new Recheck(violates, BASIS, f);
    }

    private boolean kindHolds(ExactMarket em, Map<String, String> f) {
        BigFraction[][] a = candidate.orElseThrow().a();
        return switch (kind) {
            case EFFICIENT_GNE -> coupled(em, f) && efficiency(em, a, f).map(List::isEmpty).orElse(false);
            case INEFFICIENT_GNE -> efficiency(em, a, f).map(l -> !l.isEmpty()).orElse(false);
            case OTHER_COEFFICIENTS -> reference(em, f).map(ref -> differs(a, ref, f)).orElse(false);
            case OTHER_EFFORTS -> reference(em, f).map(ref -> otherEfforts(em, a, ref, f)).orElse(false);
            case POLYTOPE_NOT_GNE -> polytopeNotGne(em, f);
            case UNIQUE_GNE -> uniqueGne(f);
            case POLYTOPE_DIMENSION -> polytopeDimension(em, a, f);
            case SLICE_DIMENSION -> sliceDimension(em, a, f);
            case BEST_RESPONSE -> bestResponse(em, a, f);
            case GNE_DESPITE_RHO -> gneDespiteRho(em, f);
            case SLACK_GNE -> slack(f);
            default -> false;
        };
    }

    private static boolean isEquilibrium(ExactMarket em, EquilibriumCandidate c, Map<String, String> f) {
        Stationarity.Judgement j = Stationarity.judge(em, c);
        f.put("equilibrium", j.status() + ": " + j.summary());
        return j.status() == Stationarity.Status.GNE;
    }

    private boolean coupled(ExactMarket em, Map<String, String> f) {
        Optional<int[]> w = em.offDiagonalCoupling();
        w.ifPresent(x -> f.put("coupling", "xi^" + agg(x[0]) + "_{" + src(x[1]) + "," + src(x[2]) + "} = "
                + Exact.show(em.xi(x[0], x[1], x[2])) + " > 0"));
        return w.isPresent();
    }

    private Optional<List<Integer>> efficiency(ExactMarket em, BigFraction[][] a, Map<String, String> f) {
        Optional<List<Integer>> off = EquilibriumFacts.inefficientSources(em, a);
        BigFraction[] totals = em.totals(a);
        off.ifPresentOrElse(l -> f.put("efficiency", l.isEmpty()
                ? "mu_s(a_s) = mu_s(Gamma_s) for every source: PoA = 1 exactly"
                : "mu_s(a_s) != mu_s(Gamma_s) at " + src(l.get(0)) + ": a_s = " + Exact.show(totals[l.get(0)])
                        + ", Gamma_s = " + Exact.show(em.socialDemand(l.get(0)))),
                () -> f.put("efficiency", "undecided (a comparison with an upper threshold)"));
        return off;
    }

    private Optional<BigFraction[][]> reference(ExactMarket em, Map<String, String> f) {
        Optional<BigFraction[][]> ref = EquilibriumFacts.reducedCoefficients(em);
        f.put("reduced", ref.isPresent() ? "a of (26) exists (rho(Xi) < 1)" : "rho(Xi) >= 1: (26) has no solution");
        return ref;
    }

    private boolean differs(BigFraction[][] a, BigFraction[][] ref, Map<String, String> f) {
        for (int b = 0; b < a.length; b++) {
            for (int s = 0; s < a[b].length; s++) {
                if (Exact.compare(a[b][s], ref[b][s]) != 0) {
                    f.put("coefficients", "a^" + agg(b) + "_" + src(s) + " = " + Exact.show(a[b][s]) + " but (26) gives "
                            + Exact.show(ref[b][s]));
                    return true;
                }
            }
        }
        return false;
    }

    private boolean otherEfforts(ExactMarket em, BigFraction[][] a, BigFraction[][] ref, Map<String, String> f) {
        Optional<List<Integer>> d = EquilibriumFacts.differentEfforts(em, em.totals(a), em.totals(ref));
        if (d.isEmpty() || d.get().isEmpty()) {
            return false;
        }
        int s = d.get().get(0);
        f.put("efforts", "a_" + src(s) + " = " + Exact.show(em.totals(a)[s]) + " but (26) gives "
                + Exact.show(em.totals(ref)[s]) + "; both above underline a, so mu_s differs (Lemma 1)");
        return true;
    }

    private boolean polytopeNotGne(ExactMarket em, Map<String, String> f) {
        if (other.isEmpty() || !java.util.Arrays.deepEquals(other.get().a(), candidate.orElseThrow().a())) {
            return false;
        }
        Stationarity.Judgement j = Stationarity.judge(em, other.get());
        f.put("other point", j.status() + ": " + j.summary());
        return j.status() == Stationarity.Status.NOT_GNE;
    }

    private boolean uniqueGne(Map<String, String> f) {
        CompetitionContext c = new CompetitionContext(instance, instanceName, 0);
        Optional<String> failed = CompetitionHypotheses.theorem1().stream()
                .flatMap(h -> h.failure().apply(c).map(why -> h.name() + ": " + why).stream()).findFirst();
        f.put("hypotheses", failed.orElse("Theorem 1's hypotheses hold"));
        f.put("aggregators", String.valueOf(instance.aggregators().size()));
        return failed.isEmpty() && instance.aggregators().size() == 1;
    }

    private boolean polytopeDimension(ExactMarket em, BigFraction[][] a, Map<String, String> f) {
        int d = EquilibriumFacts.polytopeDimension(em, a);
        f.put("dimension", d + " = sum over sources with mu_s > 0 of (|B_s| - 1); |B| = "
                + em.market().aggregatorCount());
        return d != em.market().aggregatorCount();
    }

    private boolean sliceDimension(ExactMarket em, BigFraction[][] a, Map<String, String> f) {
        if (source < 0) {
            return false;
        }
        int k = em.market().buyers(source).length;
        int d = EquilibriumFacts.sliceDimension(em, a, source);
        f.put("slice", "the equilibrium charges of " + src(source) + " form a polytope of dimension " + d
                + (d == 0 ? " (mu_s = 0: the single point c^b_s = q^b_s)" : " = |B_s| - 1 (a simplex, mu_s > 0)")
                + "; |B_s| = " + k);
        return d != k;
    }

    private boolean bestResponse(ExactMarket em, BigFraction[][] a, Map<String, String> f) {
        if (aggregator < 0 || source < 0) {
            return false;
        }
        Optional<BigFraction> target = EquilibriumFacts.bestResponse28(em, a, aggregator, source);
        f.put("best response", agg(aggregator) + "'s best response (unique: its loss is strictly convex in the"
                + " efforts) has a^" + agg(aggregator) + "_" + src(source) + " = " + Exact.show(a[aggregator][source])
                + "; (25)/(28) give " + target.map(Exact::show).orElse("a value at the upper threshold"));
        return target.isPresent() && Exact.compare(a[aggregator][source], target.get()) != 0;
    }

    private boolean slack(Map<String, String> f) {
        for (BigFraction[] row : candidate.orElseThrow().slack()) {
            for (BigFraction k : row) {
                if (k.signum() > 0) {
                    f.put("slack", "a charge is " + Exact.show(k) + " above the polytope: the IR constraint is slack");
                    return true;
                }
            }
        }
        return false;
    }

    private boolean gneDespiteRho(ExactMarket em, Map<String, String> f) {
        var d = EquilibriumFacts.rho(em);
        f.put("rho", d.describe());
        return !d.belowOne();
    }

    private boolean uncoupledLeastSquares(ExactMarket em, Map<String, String> f) {
        Market m = em.market();
        if (aggregator < 0 || m.instance().aggregators().get(aggregator).estimator() != EstimatorKind.OLS) {
            return false;
        }
        if (m.offDiagonalPairs(aggregator).stream().anyMatch(p -> em.xi(aggregator, p[0], p[1]).signum() != 0)) {
            return false;
        }
        f.put("coupling", "every off-diagonal xi^" + agg(aggregator) + " is 0");
        return true;
    }

    private boolean negativeXi(ExactMarket em, Map<String, String> f) {
        if (aggregator < 0 || source < 0 || peer < 0 || !em.market().buys(aggregator, source)
                || !em.market().buys(aggregator, peer)) {
            return false;
        }
        BigFraction x = em.xi(aggregator, source, peer);
        f.put("xi", "xi^" + agg(aggregator) + "_{" + src(source) + "," + src(peer) + "} = " + Exact.show(x));
        return x.signum() < 0;
    }

    private String agg(int b) {
        return instance.aggregators().get(b).name();
    }

    private String src(int s) {
        return instance.sources().get(s).name();
    }
}
