package org.marketproof.market.instance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A problem instance (C, B, c, v^e, sigma^2) of paper 000, section 3.1.
 *
 * <p>Contributors are kept sorted by cost, c_1 &lt;= c_2 &lt;= ..., stably on ties, so that contributor
 * {@code 0} here is the paper's contributor 1.
 *
 * @param variance sigma^2, finite and {@code > 0}
 * @param contributors sorted by cost (the constructor sorts a copy)
 * @param buyers buyer types in input order
 */
public record MarketInstance(double variance, List<Contributor> contributors, List<BuyerType> buyers) {

    /**
     * Sorts the contributors by cost and checks the instance.
     *
     * @param variance sigma^2, finite and {@code > 0}
     * @param contributors at least one, in any order
     * @param buyers buyer types, at least one
     * @throws IllegalArgumentException if the variance is out of range, a list is empty, or two
     *     parties (contributors or buyer types) share a name
     */
    public MarketInstance {
        if (!(variance > 0) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException("variance must be finite and > 0: " + variance);
        }
        if (contributors.isEmpty()) {
            throw new IllegalArgumentException("an instance needs at least one contributor");
        }
        if (buyers.isEmpty()) {
            throw new IllegalArgumentException("an instance needs at least one buyer");
        }
        List<Contributor> sorted = new ArrayList<>(contributors);
        sorted.sort(Comparator.comparingDouble(Contributor::cost));
        contributors = List.copyOf(sorted);
        buyers = List.copyOf(buyers);
        Set<String> names = new HashSet<>();
        for (Contributor c : contributors) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("duplicate name: " + c.name());
            }
        }
        for (BuyerType b : buyers) {
            if (!names.add(b.name())) {
                throw new IllegalArgumentException("duplicate name: " + b.name());
            }
        }
    }

    /** @return |B|, the number of buyers counting each type's multiplicity */
    public long buyerCount() {
        long n = 0;
        for (BuyerType b : buyers) {
            n += b.count();
        }
        return n;
    }

    /**
     * @param k the contributor's index, 0-based in cost order (the paper's contributor k + 1)
     * @return c_k, the cost of the k-th cheapest contributor (0-based)
     */
    public double cost(int k) {
        return contributors.get(k).cost();
    }
}
