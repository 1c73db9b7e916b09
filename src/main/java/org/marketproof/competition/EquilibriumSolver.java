package org.marketproof.competition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.DoubleField;

/**
 * Finds GN equilibria of the aggregators' game.
 *
 * <p>Unbounded effort under the hypotheses of Theorem 1 (or 4): the equilibria of the reduced game
 * solve the linear system (26), which has a non-negative solution iff {@code rho(Xi) < 1}, then
 * {@code a = (I - Xi)^-1 gamma}; with an {@link ExactMarket} both the comparison of {@code rho} with
 * 1 and the solution are exact, else the comparison comes from the double enclosure and may be
 * undecided (then no equilibrium is reported and the analysis says so). Otherwise (bounded effort, Theorem 2, or hypotheses violated): fixed points of the
 * best-response map (28), found by damped iteration of a {@link SplitRule} selection from several
 * rules, each confirmed by the residual of (28) for every aggregator separately.
 */
public final class EquilibriumSolver {
    /** A best-response residual at or below this counts as a fixed point (relative to {@code 1 + max a}). */
    public static final double FIXED_POINT_TOLERANCE = 1e-10;
    /** A residual of (28) at which the iteration stops early (a hundredth of {@link #FIXED_POINT_TOLERANCE}). */
    static final double EARLY_EXIT_RESIDUAL = FIXED_POINT_TOLERANCE / 100;
    /** Steps between evaluations of the residual in {@link #bestResponseIteration}. */
    static final int RESIDUAL_CHECK_PERIOD = 16;
    /** Most damped steps per split rule. */
    static final int MAX_STEPS = 20_000;

    private final Market market;
    private final CouplingMatrix xi;
    private final Optional<ExactMarket> exact;

    /**
     * A solver in doubles only: {@code rho} against 1 from the enclosure.
     *
     * @param market the market's constants
     */
    public EquilibriumSolver(Market market) {
        this(market, Optional.empty());
    }

    /**
     * @param market the market's constants
     * @param exact the market's exact constants, when it has them: {@code rho} against 1 and (26) exactly
     */
    public EquilibriumSolver(Market market, Optional<ExactMarket> exact) {
        this.market = market;
        this.xi = new CouplingMatrix(market);
        this.exact = exact;
    }

    /** @return the market's constants */
    public Market market() {
        return market;
    }

    /** @return the coupling matrix {@code Xi} of (26) over the market's unknowns */
    public CouplingMatrix couplingMatrix() {
        return xi;
    }

    /** @return the full analysis: {@code rho}, the hypotheses, the equilibria found */
    public EquilibriumAnalysis analyze() {
        SpectralRadius rho = xi.spectralRadius();
        Hypotheses h = Hypotheses.of(market, exact);
        List<Equilibrium> found = new ArrayList<>();
        if (h.theorem1()) {
            Optional<MMatrixCriterion> decision = exact.map(em -> MMatrixCriterion.of(em.couplingMatrix()));
            if (decision.isPresent()) {
                rho = rho.decidedBy(decision.get());
            }
            if (rho.belowOne()) {
                found.add(decision.isPresent() ? exactEquilibrium(exact.get(), decision.get()) : linearEquilibrium());
            }
            String method = switch (rho.comparison()) {
                case BELOW_ONE -> "Theorem 1/4: a = (I - Xi)^-1 gamma";
                case AT_LEAST_ONE -> "Theorem 1/4: rho(Xi) >= 1, so (26) has no non-negative solution";
                case UNDECIDED -> "Theorem 1/4: undecided: the enclosure of rho(Xi) contains 1 and the market is too"
                        + " large for the exact test";
            };
            return new EquilibriumAnalysis(rho, h, found, method);
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
        return new Equilibrium(a, market.efforts(a), bestResponseResidual(a), "a = (I - Xi)^-1 gamma (26)",
                Optional.empty());
    }

    /** @return the exact solution of (26), through the factorisation that decided {@code rho < 1} */
    private Equilibrium exactEquilibrium(ExactMarket em, MMatrixCriterion decision) {
        BigFraction[][] exactA = em.profile(decision.solve(em.demandVector()));
        double[][] a = ExactMarket.toDouble(exactA);
        return new Equilibrium(a, market.efforts(a), bestResponseResidual(a), "a = (I - Xi)^-1 gamma (26), exact",
                Optional.of(exactA));
    }

    /**
     * Damped iteration {@code a <- a + theta (Phi(a) - a)} of the split-rule best-response map,
     * from {@code Phi} applied to {@code gamma}; {@code theta} halves whenever the step grows.
     * Every {@link #RESIDUAL_CHECK_PERIOD} steps the certified residual of (28) ({@link
     * #bestResponseResidual}, each aggregator's own best response, not the selection) is computed,
     * and the iteration stops once it is below {@link #EARLY_EXIT_RESIDUAL}, a hundredth of the
     * acceptance tolerance: the fixed point is then accepted on that residual alone, exactly as at
     * the end of the iteration, so stopping early changes no verdict, only the work.
     *
     * @param rule how a source's coefficient total outside {@code A_s} is split among its buyers
     * @return the last iterate after at most {@link #MAX_STEPS} steps, with its certified residual;
     *     the caller accepts it as an equilibrium only if the residual is at most {@link
     *     #FIXED_POINT_TOLERANCE}
     */
    public Equilibrium bestResponseIteration(SplitRule rule) {
        double[][] a = demands();
        double theta = 1;
        double previous = Double.POSITIVE_INFINITY;
        for (int it = 0; it < MAX_STEPS; it++) {
            if (it % RESIDUAL_CHECK_PERIOD == RESIDUAL_CHECK_PERIOD - 1
                    && bestResponseResidual(a) <= EARLY_EXIT_RESIDUAL) {
                break;
            }
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
                "best-response iteration (28), split rule " + rule, Optional.empty());
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
     *
     * @param a the coefficient profile {@code a[b][s]}
     * @return {@code max_b |BR_b(a^-b) - a^b| / (1 + max a)}
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
