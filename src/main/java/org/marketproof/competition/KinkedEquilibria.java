package org.marketproof.competition;

import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Equilibria away from the coefficients of (26) (finding C6). Where aggregator {@code b} pays no
 * share of source {@code s}'s effort, its IR term for {@code s} sits at the kink of {@code max(0,
 * owed)}, any subgradient weight {@code theta^b_s in [0, 1]} is admissible, and {@code b} is at a
 * best response with {@code a^b_s = (gamma^b_s + coupling) / theta^b_s}, above (25). Each witness
 * here puts one such kink at one {@code (b, s)} with {@code theta^b_s = 1/2}, solves the
 * {@link StationaritySystem} exactly, lets the other buyers of {@code s} pay its effort, and keeps
 * the point when {@link Stationarity} proves it a GN equilibrium.
 */
public final class KinkedEquilibria {
    /** The subgradient weight put at the kink. */
    static final BigFraction WEIGHT = BigFraction.of(1, 2);

    private KinkedEquilibria() {}

    /**
     * One certified equilibrium at a kink.
     *
     * @param candidate the point, proved a GN equilibrium by {@link Stationarity}
     * @param aggregator the aggregator {@code b} at the kink
     * @param source the source {@code s} it pays nothing for
     */
    public record Kink(EquilibriumCandidate candidate, int aggregator, int source) {
    }

    /**
     * @param em the market's exact constants
     * @param budget how many {@code (b, s)} pairs with {@code |B_s| >= 2} to try, in index order
     * @return the first certified kinked equilibrium, and how many witnesses were solved
     */
    public static Search search(ExactMarket em, int budget) {
        Market market = em.market();
        int tried = 0;
        for (int s = 0; s < market.sourceCount() && tried < budget; s++) {
            int[] buyers = market.buyers(s);
            if (buyers.length < 2) {
                continue;
            }
            for (int b : buyers) {
                if (tried++ >= budget) {
                    break;
                }
                Optional<Kink> k = at(em, b, s);
                if (k.isPresent()) {
                    return new Search(k, tried);
                }
            }
        }
        return new Search(Optional.empty(), tried);
    }

    /** @param found the certified equilibrium, if any; @param tried the witnesses solved */
    public record Search(Optional<Kink> found, int tried) {
    }

    /**
     * @param em the market's exact constants
     * @param b the aggregator that pays nothing for {@code s}, {@code 0 <= b < M}
     * @param s a source in {@code S_b} with at least two buyers
     * @return the point with the kink at {@code (b, s)}, when it is a certified GN equilibrium
     */
    public static Optional<Kink> at(ExactMarket em, int b, int s) {
        Market market = em.market();
        BigFraction[][] theta = EquilibriumCandidate.filled(market, BigFraction.ONE);
        theta[b][s] = WEIGHT;
        Optional<BigFraction[][]> a = StationaritySystem.solve(em, theta);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        BigFraction[][] shares = EquilibriumCandidate.equalShares(market);
        int payers = market.buyers(s).length - 1;
        for (int j : market.buyers(s)) {
            shares[j][s] = j == b ? BigFraction.ZERO : BigFraction.of(1, payers);
        }
        EquilibriumCandidate c = new EquilibriumCandidate(a.get(), shares, theta,
                EquilibriumCandidate.filled(market, BigFraction.ZERO));
        return Stationarity.judge(em, c).status() == Stationarity.Status.GNE ? Optional.of(new Kink(c, b, s))
                : Optional.empty();
    }
}
