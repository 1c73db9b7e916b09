package org.marketproof.competition;

import java.util.ArrayList;
import java.util.List;
import org.marketproof.algebra.DoubleField;

/**
 * Finds GN equilibria of the aggregators' game.
 *
 * <p>Unbounded effort under the hypotheses of Theorem 1 (or 4): every equilibrium solves the linear
 * system (26), which has a non-negative solution iff {@code rho(Xi) < 1}, then {@code a = (I -
 * Xi)^-1 gamma}. Otherwise (bounded effort, Theorem 2, or hypotheses violated): fixed points of the
 * best-response map (28), found by damped iteration of a {@link SplitRule} selection from several
 * rules, each confirmed by the residual of (28) for every aggregator separately.
 */
public final class EquilibriumSolver {
    /** A best-response residual at or below this counts as a fixed point (relative to {@code 1 + max a}). */
    public static final double FIXED_POINT_TOLERANCE = 1e-10;

    private final Market market;
    private final CouplingMatrix xi;

    public EquilibriumSolver(Market market) {
        this.market = market;
        this.xi = new CouplingMatrix(market);
    }

    public Market market() {
        return market;
    }

    public CouplingMatrix couplingMatrix() {
        return xi;
    }

    /** @return the full analysis: {@code rho}, the hypotheses, the equilibria found */
    public EquilibriumAnalysis analyze() {
        SpectralRadius rho = xi.spectralRadius();
        Hypotheses h = Hypotheses.of(market);
        List<Equilibrium> found = new ArrayList<>();
        if (market.instance().allUnbounded() && h.positiveDemand() && h.demandAboveThreshold()) {
            if (rho.belowOne()) {
                found.add(linearEquilibrium());
            } else if (!rho.atLeastOne()) {
                throw new IllegalStateException("rho(Xi) = " + rho.estimate()
                        + " is too close to 1 to decide existence (enclosure [" + rho.lower() + ", "
                        + rho.upper() + "])");
            }
            return new EquilibriumAnalysis(rho, h, found, "Theorem 1/4: a = (I - Xi)^-1 gamma");
        }
        for (SplitRule rule : SplitRule.values()) {
            Equilibrium e = bestResponseIteration(rule);
            if (e.bestResponseResidual() <= FIXED_POINT_TOLERANCE && found.stream().noneMatch(f -> same(f, e))) {
                found.add(e);
            }
        }
        return new EquilibriumAnalysis(rho, h, found, "Theorem 2: fixed points of the best-response map (28)");
    }

    /** @return {@code a = (I - Xi)^-1 gamma} (26), with {@code gamma^b_s} normalised by {@code eta^b} */
    public Equilibrium linearEquilibrium() {
        double[][] gamma = demands();
        double[][] a = xi.solve(gamma);
        return new Equilibrium(a, market.efforts(a), bestResponseResidual(a), "a = (I - Xi)^-1 gamma (26)");
    }

    /**
     * Damped iteration {@code a <- a + theta (Phi(a) - a)} of the split-rule best-response map,
     * from {@code Phi} applied to {@code gamma}; {@code theta} halves whenever the step grows.
     */
    public Equilibrium bestResponseIteration(SplitRule rule) {
        double[][] a = demands();
        double theta = 1;
        double previous = Double.POSITIVE_INFINITY;
        for (int it = 0; it < 20_000; it++) {
            double[][] next = splitBestResponse(a, rule);
            double step = 0;
            double scale = 1;
            for (int b = 0; b < a.length; b++) {
                for (int s : market.members(b)) {
                    step = Math.max(step, Math.abs(next[b][s] - a[b][s]));
                    scale = Math.max(scale, Math.abs(next[b][s]));
                }
            }
            if (!(step / scale > 1e-14)) {
                a = next;
                break;
            }
            if (step > previous) {
                theta = Math.max(theta / 2, 1.0 / 64);
            }
            previous = step;
            for (int b = 0; b < a.length; b++) {
                for (int s : market.members(b)) {
                    a[b][s] += theta * (next[b][s] - a[b][s]);
                }
            }
        }
        return new Equilibrium(a, market.efforts(a), bestResponseResidual(a),
                "best-response iteration (28), split rule " + rule);
    }

    /**
     * The simultaneous best response with the split rule: per source, the unconstrained demands
     * {@code K^b} from (25), kept if their total lies in {@code A_s}, else split at the violated
     * threshold.
     */
    double[][] splitBestResponse(double[][] a, SplitRule rule) {
        double[][] coupling = market.coupling(a);
        double[][] out = market.zeroProfile();
        for (int s = 0; s < market.sourceCount(); s++) {
            int[] buyers = market.buyers(s);
            double[] k = new double[buyers.length];
            double total = 0;
            for (int i = 0; i < buyers.length; i++) {
                k[i] = Math.max(0, firstOrder(buyers[i], s, coupling));
                total += k[i];
            }
            EffortModel effort = market.effort(s);
            double lo = effort.lowerThreshold();
            double hi = effort.upperThreshold();
            double[] split = total < lo ? rule.split(k, lo) : total > hi ? rule.split(k, hi) : k;
            for (int i = 0; i < buyers.length; i++) {
                out[buyers[i]][s] = split[i];
            }
        }
        return out;
    }

    /**
     * The largest deviation of {@code a} from each aggregator's own best response (28) to the
     * others' coefficients, relative to {@code 1 + max a}: zero exactly at equilibrium {@code a}.
     */
    public double bestResponseResidual(double[][] a) {
        double[][] coupling = market.coupling(a);
        double[] totals = market.totals(a);
        double residual = 0;
        double scale = 1;
        for (int b = 0; b < a.length; b++) {
            for (int s : market.members(b)) {
                EffortModel effort = market.effort(s);
                double k = firstOrder(b, s, coupling);
                double others = totals[s] - a[b][s];
                double target = k + others;
                double br = target < effort.lowerThreshold() ? effort.lowerThreshold() - others
                        : target > effort.upperThreshold() ? effort.upperThreshold() - others : k;
                residual = Math.max(residual, Math.abs(Math.max(0, br) - a[b][s]));
                scale = Math.max(scale, Math.abs(a[b][s]));
            }
        }
        return residual / scale;
    }

    private double firstOrder(int b, int s, double[][] coupling) {
        return ContractAlgebra.firstOrderCoefficient(DoubleField.INSTANCE, market.demand(b, s), coupling[b][s]);
    }

    private double[][] demands() {
        double[][] g = market.zeroProfile();
        for (int b = 0; b < g.length; b++) {
            for (int s : market.members(b)) {
                g[b][s] = market.demand(b, s);
            }
        }
        return g;
    }

    private boolean same(Equilibrium x, Equilibrium y) {
        return distance(x.a(), y.a()) <= 1e-8;
    }

    /** @return {@code max |x - y|} relative to {@code 1 + max |x|} */
    static double distance(double[][] x, double[][] y) {
        double d = 0;
        double scale = 1;
        for (int b = 0; b < x.length; b++) {
            for (int s = 0; s < x[b].length; s++) {
                d = Math.max(d, Math.abs(x[b][s] - y[b][s]));
                scale = Math.max(scale, Math.abs(x[b][s]));
            }
        }
        return d / scale;
    }
}
