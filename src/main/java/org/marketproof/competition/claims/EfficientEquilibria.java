package org.marketproof.competition.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.competition.EquilibriumCandidate;
import org.marketproof.competition.Exact;
import org.marketproof.competition.ExactMarket;
import org.marketproof.competition.Market;
import org.marketproof.competition.Stationarity;

/**
 * The search for a GN equilibrium with {@code PoA = 1} that the efficiency claims (Theorems 3 and 6,
 * Corollary 1, Section V) share, and derivation 9, which shows there is none.
 */
final class EfficientEquilibria {
    private EfficientEquilibria() {}

    /**
     * The demand point: {@code a^b_s = gamma^b_s max(1, underline a_s / gamma_s)}, the equilibrium when
     * {@code Xi = 0} (one aggregator, every {@code |B_s| = 1}, or no coupling), lifted to the lower
     * threshold where demand falls short of it.
     *
     * @return the point at equal shares, or empty when some {@code gamma^b_s <= 0}
     */
    static Optional<EquilibriumCandidate> demandPoint(ExactMarket em) {
        Market m = em.market();
        BigFraction[][] a = new BigFraction[m.aggregatorCount()][m.sourceCount()];
        for (BigFraction[] row : a) {
            java.util.Arrays.fill(row, BigFraction.ZERO);
        }
        for (int s = 0; s < m.sourceCount(); s++) {
            BigFraction total = em.totalDemand(s);
            if (total.signum() <= 0) {
                return Optional.empty();
            }
            BigFraction lift = Exact.compare(total, em.lowerThreshold(s)) < 0 ? em.lowerThreshold(s).divide(total)
                    : BigFraction.ONE;
            for (int b : m.buyers(s)) {
                if (em.demand(b, s).signum() <= 0) {
                    return Optional.empty();
                }
                a[b][s] = em.demand(b, s).multiply(lift);
            }
        }
        return Optional.of(EquilibriumCandidate.polytopePoint(m, a, EquilibriumCandidate.equalShares(m)));
    }

    /** @return the certified equilibria of the context and the demand point, when it is one */
    static List<EquilibriumCandidate> candidates(CompetitionContext c) {
        List<EquilibriumCandidate> out = new ArrayList<>(c.certifiedEquilibria());
        demandPoint(c.exact().orElseThrow()).filter(p -> c.judge(p).status() == Stationarity.Status.GNE)
                .ifPresent(out::add);
        return out;
    }

    /** @return a certified equilibrium with {@code PoA = 1} exactly, if one of the candidates is */
    static Optional<EquilibriumCandidate> find(CompetitionContext c) {
        ExactMarket em = c.exact().orElseThrow();
        return candidates(c).stream()
                .filter(p -> EquilibriumFacts.inefficientSources(em, p.a()).map(List::isEmpty).orElse(false))
                .findFirst();
    }

    /**
     * Derivation 9 of {@code specs/competition.md}. At a GN equilibrium with {@code gamma^b_s > 0}
     * for buyers, every buyer's coordinate is interior or at the lower end of its effort range, so
     * {@code theta^b_i a^b_i >= gamma^b_i + coupling^b_i(theta) > 0}: every {@code theta^b_i > 0} and
     * {@code a^b_i > 0}. Efficiency at a source {@code s} with {@code Gamma_s > underline a_s} forces
     * {@code a_s = Gamma_s}, hence {@code gamma_s = Gamma_s}, {@code theta = 1} and {@code
     * coupling^b_s(theta) = 0} for its buyers. So no equilibrium is efficient when (A) some entry
     * {@code Xi[(b, s), (j, i)] = xi^j_{i,s} > 0} has {@code Gamma_s > underline a_s} (and, with
     * bounded effort, where a source may sit at {@code e_max} with {@code theta = 0}, also {@code
     * Gamma_i > underline a_i}); or (B) some source has {@code gamma_s > Gamma_s >= underline a_s} (an
     * aggregator that does not buy from it competes with one that does).
     *
     * @return which case applies, with its numbers, or empty when neither does
     */
    static Optional<String> noneEfficient(CompetitionContext c) {
        ExactMarket em = c.exact().orElseThrow();
        Market m = c.market();
        boolean[] above = new boolean[m.sourceCount()];
        for (int s = 0; s < m.sourceCount(); s++) {
            BigFraction social = em.socialDemand(s);
            if (em.compareToUpper(s, social).orElse(0) >= 0) {
                return Optional.empty();
            }
            above[s] = Exact.compare(social, em.lowerThreshold(s)) > 0;
            if (Exact.compare(em.totalDemand(s), social) > 0 && Exact.compare(social, em.lowerThreshold(s)) >= 0) {
                return Optional.of("derivation 9 (B): gamma_" + c.source(s) + " = " + Exact.show(em.totalDemand(s))
                        + " > Gamma_s = " + Exact.show(social) + " >= underline a_s, so a_s > Gamma_s at every GNE");
            }
        }
        boolean bounded = !c.instance().allUnbounded();
        for (int b = 0; b < m.aggregatorCount(); b++) {
            for (int s : m.members(b)) {
                if (!above[s]) {
                    continue;
                }
                for (int j : m.buyers(s)) {
                    for (int i : m.members(j)) {
                        if (j != b && i != s && m.buys(b, i) && (above[i] || !bounded) && em.xi(j, i, s).signum() > 0) {
                            return Optional.of("derivation 9 (A): xi^" + c.aggregator(j) + "_{" + c.source(i) + ","
                                    + c.source(s) + "} = " + Exact.show(em.xi(j, i, s)) + " > 0 couples "
                                    + c.aggregator(b) + "'s coefficient for " + c.source(s) + " (Gamma_s > underline a_s)"
                                    + " to " + c.aggregator(j) + "'s for " + c.source(i) + ", so a_s > Gamma_s at every GNE");
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
