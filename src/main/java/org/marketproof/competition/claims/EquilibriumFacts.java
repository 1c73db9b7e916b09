package org.marketproof.competition.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.competition.Exact;
import org.marketproof.competition.ExactMarket;
import org.marketproof.competition.MMatrixCriterion;

/**
 * Exact facts about coefficient profiles that several claims and their certificates share; each
 * certificate re-checks itself with the same method its claim used.
 */
final class EquilibriumFacts {
    private EquilibriumFacts() {}

    /**
     * @return the sources whose effort {@code mu_s(a_s)} differs from the social optimum's {@code
     *     mu_s(Gamma_s)} (Lemma 3, (31)), empty when {@code a} is efficient ({@code PoA = 1}); empty
     *     optional when a comparison with an upper threshold is undecided
     */
    static Optional<List<Integer>> inefficientSources(ExactMarket em, BigFraction[][] a) {
        BigFraction[] totals = em.totals(a);
        BigFraction[] social = new BigFraction[totals.length];
        for (int s = 0; s < social.length; s++) {
            social[s] = em.socialDemand(s);
        }
        return differentEfforts(em, totals, social);
    }

    /** @return the sources where {@code mu_s(x_s) != mu_s(y_s)}; empty optional if undecided */
    static Optional<List<Integer>> differentEfforts(ExactMarket em, BigFraction[] x, BigFraction[] y) {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < x.length; s++) {
            Optional<Boolean> same = em.sameEffort(s, x[s], y[s]);
            if (same.isEmpty()) {
                return Optional.empty();
            }
            if (!same.get()) {
                out.add(s);
            }
        }
        return Optional.of(out);
    }

    /** @return the exact decision on {@code rho(Xi) < 1} for the market */
    static MMatrixCriterion rho(ExactMarket em) {
        return MMatrixCriterion.of(em.couplingMatrix());
    }

    /** @return the coefficients of (26), {@code (I - Xi)^-1 gamma}, when {@code rho(Xi) < 1} */
    static Optional<BigFraction[][]> reducedCoefficients(ExactMarket em) {
        MMatrixCriterion d = rho(em);
        return d.belowOne() ? Optional.of(em.profile(d.solve(em.demandVector()))) : Optional.empty();
    }

    /**
     * @return the dimension of the charge polytope over {@code a}: {@code sum_s (|B_s| - 1)} over
     *     the sources with positive effort ({@code a_s > underline a_s}); the others have {@code mu_s
     *     = 0} and a single completion {@code c^b_s = q^b_s}
     */
    static int polytopeDimension(ExactMarket em, BigFraction[][] a) {
        BigFraction[] totals = em.totals(a);
        int d = 0;
        for (int s = 0; s < totals.length; s++) {
            if (Exact.compare(totals[s], em.lowerThreshold(s)) > 0) {
                d += em.market().buyers(s).length - 1;
            }
        }
        return d;
    }

    /** @return the dimension of source {@code s}'s slice of the charge polytope: {@code |B_s| - 1} if {@code mu_s > 0}, else 0 */
    static int sliceDimension(ExactMarket em, BigFraction[][] a, int s) {
        return Exact.compare(em.totals(a)[s], em.lowerThreshold(s)) > 0 ? em.market().buyers(s).length - 1 : 0;
    }

    /**
     * @return the right side of (25) at {@code a}: {@code gamma^b_s + sum_{j != b} sum_{l != s}
     *     a^j_l xi^j_{l,s}} (over {@code j in B_s}, {@code l in S_j cap S_b}, as derived for Section V)
     */
    static BigFraction firstOrderTarget(ExactMarket em, BigFraction[][] a, int b, int s) {
        BigFraction k = em.demand(b, s);
        for (int[] p : em.market().couplingPartners(b, s)) {
            k = k.add(a[p[0]][p[1]].multiply(em.xi(p[0], p[1], s)));
        }
        return k;
    }

    /**
     * The best response (28) of aggregator {@code b} for source {@code s} to the others'
     * coefficients: with {@code T = K + R} ({@code K} the right side of (25), {@code R} the others'
     * total), {@code K} when {@code T in A_s}, {@code underline a_s - R} below it, {@code bar a_s -
     * R} above it (transcendental: empty), clipped at 0 (derivation 6). Under Theorem 1's
     * hypotheses {@code T >= underline a_s} and this is (25).
     */
    static Optional<BigFraction> bestResponse28(ExactMarket em, BigFraction[][] a, int b, int s) {
        BigFraction k = firstOrderTarget(em, a, b, s);
        BigFraction others = em.totals(a)[s].subtract(a[b][s]);
        BigFraction t = k.add(others);
        if (em.compareToUpper(s, t).orElse(1) >= 0) {
            return Optional.empty();
        }
        BigFraction br = Exact.compare(t, em.lowerThreshold(s)) < 0 ? em.lowerThreshold(s).subtract(others) : k;
        return Optional.of(br.signum() < 0 ? BigFraction.ZERO : br);
    }

    /** @return {@code max_s |x_s - y_s|} as a double, for evidence */
    static double maxGap(BigFraction[] x, BigFraction[] y) {
        double g = 0;
        for (int s = 0; s < x.length; s++) {
            g = Math.max(g, Math.abs(x[s].subtract(y[s]).doubleValue()));
        }
        return g;
    }
}
