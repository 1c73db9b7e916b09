package org.marketproof.market.pricing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.marketproof.market.valuation.GaussianValuation;
import org.marketproof.market.valuation.LinearValuation;
import org.marketproof.market.valuation.ThresholdValuation;
import org.marketproof.market.valuation.Valuation;

/**
 * Generators of small adversarial markets: one buyer or many identical ones, ties (values on a
 * coarse lattice), nearly flat and nearly step valuations, the closed forms of (11) with tiny and
 * huge variance, and c_1 = |B|/r with r in [0.5, N + 0.99], so that floor(|B|/c_1) <= N and costs
 * above |B| (an empty range) occur.
 */
final class Markets {

    /** Largest N tabulated, so that the exact oracle stays fast. */
    static final int MAX_N = 8;

    private Markets() {
    }

    /** @return markets with 1..maxTypes types tabulated up to n in 0..MAX_N */
    static Arbitrary<SmallMarket> small(int maxTypes) {
        return upTo(maxTypes, MAX_N);
    }

    /** @return markets with 1..maxTypes types tabulated up to n in 0..maxN */
    static Arbitrary<SmallMarket> upTo(int maxTypes, int maxN) {
        return between(maxTypes, 0, maxN);
    }

    /** @return markets with 1..maxTypes types tabulated up to n in minN..maxN */
    static Arbitrary<SmallMarket> between(int maxTypes, int minN, int maxN) {
        return Arbitraries.integers().between(minN, maxN).flatMap(n -> markets(maxTypes, n));
    }

    private static Arbitrary<SmallMarket> markets(int maxTypes, int n) {
        Arbitrary<List<long[]>> rows = row(n).list().ofMinSize(1).ofMaxSize(maxTypes);
        Arbitrary<Integer> count = Arbitraries.oneOf(Arbitraries.just(1), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 1000));
        Arbitrary<Double> range = Arbitraries.doubles().between(0.5, n + 0.99);
        return rows.flatMap(rs -> Combinators.combine(count.list().ofSize(rs.size()), range)
                .as((cs, r) -> new SmallMarket(rs.toArray(long[][]::new),
                        cs.stream().mapToInt(Integer::intValue).toArray(),
                        cs.stream().mapToInt(Integer::intValue).sum() / r)));
    }

    private static Arbitrary<long[]> row(int n) {
        return Arbitraries.oneOf(lattice(n), fine(n), step(n), flat(n), closedForm(n));
    }

    /** Values on a lattice of eighths: many ties between types and sizes. */
    private static Arbitrary<long[]> lattice(int n) {
        return Arbitraries.integers().between(0, 3).list().ofSize(n)
                .map(inc -> cumulative(inc.stream().mapToLong(i -> i * (ValueUnits.ONE / 8)).toArray()));
    }

    /** Arbitrary non-decreasing values. */
    private static Arbitrary<long[]> fine(int n) {
        return Arbitraries.longs().between(0, ValueUnits.ONE / 3).list().ofSize(n)
                .map(inc -> cumulative(inc.stream().mapToLong(Long::longValue).toArray()));
    }

    /** 0 up to a jump point, then nearly the height (a nearly step valuation). */
    private static Arbitrary<long[]> step(int n) {
        return Combinators.combine(Arbitraries.integers().between(1, Math.max(1, n)),
                Arbitraries.longs().between(1, ValueUnits.ONE), Arbitraries.longs().between(0, 3))
                .as((at, height, creep) -> {
                    long[] v = new long[n + 1];
                    for (int m = Math.min(at, n); m <= n && m >= 1; m++) {
                        v[m] = Math.min(ValueUnits.ONE, height + creep * (m - at));
                    }
                    return v;
                });
    }

    /** Tiny increments: nearly flat. */
    private static Arbitrary<long[]> flat(int n) {
        return Arbitraries.longs().between(0, 5).list().ofSize(n)
                .map(inc -> cumulative(inc.stream().mapToLong(Long::longValue).toArray()));
    }

    /** v^d of (11) for a random closed form, variance from 1e-6 to 1e6. */
    private static Arbitrary<long[]> closedForm(int n) {
        Arbitrary<Double> positive = Arbitraries.doubles().between(-3, 3).map(e -> Math.pow(10, e));
        Arbitrary<Double> scale = Arbitraries.doubles().between(0.01, 1.0);
        Arbitrary<Valuation> v = Arbitraries.oneOf(
                Combinators.combine(positive, scale).as(ThresholdValuation::new),
                Combinators.combine(positive, scale).as(GaussianValuation::new),
                Combinators.combine(positive, scale).as(LinearValuation::new));
        Arbitrary<Double> variance = Arbitraries.doubles().between(-6, 6).map(e -> Math.pow(10, e));
        return Combinators.combine(v, variance).as((val, var) -> {
            long[] row = new long[n + 1];
            for (int m = 1; m <= n; m++) {
                row[m] = ValueUnits.fromValue(val.dataValue(m, var));
            }
            return row;
        });
    }

    private static long[] cumulative(long[] increments) {
        long[] v = new long[increments.length + 1];
        for (int m = 1; m < v.length; m++) {
            v[m] = Math.min(ValueUnits.ONE, v[m - 1] + increments[m - 1]);
        }
        return v;
    }
}
