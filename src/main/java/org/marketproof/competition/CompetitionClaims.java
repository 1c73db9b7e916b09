package org.marketproof.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The claims of the competitive-market paper checked on one instance, each against the
 * independent {@link DeviationOracle} or an independent numerical optimisation. Used by the
 * properties in the tests and by the {@code verify} battery through {@link #check}.
 */
public final class CompetitionClaims {
    /** Charge perturbation, relative to {@code 1 + max c}, used for points just outside the polytope. */
    static final double OUTSIDE_STEP = 1e-4;

    private final Market market;
    private final EquilibriumSolver solver;
    private final EquilibriumAnalysis analysis;
    private final DeviationOracle oracle;
    private final UniformRandomProvider rng;

    /** @param seed every random choice (sampled candidates, oracle starts) derives from it */
    public CompetitionClaims(CompetitionInstance instance, long seed) {
        this.market = new Market(instance);
        this.solver = new EquilibriumSolver(market);
        this.analysis = solver.analyze();
        this.oracle = new DeviationOracle(market, 2);
        this.rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    /** Runs every claim on the instance with seed 1. */
    public static List<ClaimVerdict> check(CompetitionInstance instance) {
        return check(instance, 1L);
    }

    /** Runs every claim on the instance with the given seed. */
    public static List<ClaimVerdict> check(CompetitionInstance instance, long seed) {
        CompetitionClaims c = new CompetitionClaims(instance, seed);
        return List.of(c.sourcesDominantAndUnique(), c.bestEffortIncreasing(), c.irBinds(),
                c.existenceIffSpectralRadius(), c.polytopeIsEquilibrium(), c.outsidePolytopeIsNot(),
                c.uniqueCoefficients(), c.noneOrInfinitelyMany(), c.boundedExistence(), c.uniqueOptimum(),
                c.poaOneIffUncoupled(), c.leastSquaresInefficient(), c.uniqueIffSingleBuyer());
    }

    public Market market() {
        return market;
    }

    public EquilibriumAnalysis analysis() {
        return analysis;
    }

    /**
     * Section III-F, (12): for random contracts and two random profiles of the other sources'
     * efforts, each source's utility (2) with the expected payments (7), maximised numerically
     * over {@code E_s}, peaks at the same effort {@code mu_s(a_s)}, and strictly lower elsewhere.
     */
    public ClaimVerdict sourcesDominantAndUnique() {
        String id = "sources.dominant-unique";
        String src = "Section III-F, (11)-(12)";
        double[][] a = market.zeroProfile();
        for (int b = 0; b < a.length; b++) {
            for (int s : market.members(b)) {
                a[b][s] = 3 * rng.nextDouble() * market.effort(s).lowerThreshold();
            }
        }
        double worst = 0;
        for (int trial = 0; trial < 2; trial++) {
            double[] others = new double[market.sourceCount()];
            for (int i = 0; i < others.length; i++) {
                others[i] = 3 * rng.nextDouble();
            }
            for (int s = 0; s < market.sourceCount(); s++) {
                EffortModel model = market.effort(s);
                double expected = model.bestEffort(market.totals(a)[s]);
                double cap = model.bounded() ? model.maxEffort() : Math.max(10, 4 * expected + 10);
                double found = maximiseUtility(s, a, others, cap);
                double tol = argmaxTolerance(s, a, others, expected);
                worst = Math.max(worst, Math.abs(found - expected) / (1 + expected));
                if (Math.abs(found - expected) > tol) {
                    return new ClaimVerdict(id, src, true, false, "source " + s + ": numerical best effort "
                            + found + " but mu_s(a_s) = " + expected);
                }
            }
        }
        return new ClaimVerdict(id, src, true, true, String.format("numerical argmax of (2) equals mu_s(a_s) for"
                + " two profiles of the others' efforts; worst relative gap %.1e (tolerance: the argmax of a"
                + " smooth maximum is determined only to sqrt(2 delta / |u''|) when u is computed to delta)", worst));
    }

    /**
     * Near a smooth interior maximum {@code u(e) ~ u* - |u''| (e - e*)^2 / 2}, values within the
     * rounding {@code delta} of {@code u*} cannot be told apart, so the numerical argmax is
     * determined to {@code sqrt(2 delta / |u''|)}. Here {@code delta = 1e-13 (1 + |u*|)} (a sum of
     * {@code O(N)} terms, each a few ulps) and {@code u'' = -a_s (sigma^2)''}; the tolerance is 10
     * times that, plus Brent's own {@code 1e-12} relative tolerance; at a corner the utility has a
     * non-zero slope and the argmax is sharp.
     */
    private double argmaxTolerance(int s, double[][] a, double[] others, double expected) {
        EffortModel m = market.effort(s);
        double total = market.totals(a)[s];
        double ds = m.dSigma(expected);
        double curvature = total * 2 * (ds * ds + m.sigma(expected) * m.d2Sigma(expected));
        double delta = 1e-13 * (1 + Math.abs(utility(s, a, others, expected)));
        return 10 * Math.sqrt(2 * delta / curvature) + 1e-10 * (1 + expected);
    }

    private double maximiseUtility(int s, double[][] a, double[] others, double cap) {
        BrentOptimizer brent = new BrentOptimizer(1e-12, 1e-14);
        return brent.optimize(new MaxEval(10_000), GoalType.MAXIMIZE,
                new UnivariateObjectiveFunction(e -> utility(s, a, others, e)),
                new SearchInterval(0, cap)).getPoint();
    }

    /** Source s's expected utility (2): its expected payments (7) from every buyer, minus effort. */
    double utility(int s, double[][] a, double[] others, double e) {
        double[] efforts = others.clone();
        efforts[s] = e;
        double[][] q = market.variablePayments(a, efforts);
        double u = -e;
        for (int b : market.buyers(s)) {
            u -= q[b][s];
        }
        return u;
    }

    /**
     * Lemma 1: {@code mu_s} is continuous and strictly increasing on {@code A_s}: at random {@code a
     * < a'} in {@code A_s}, {@code mu(a) < mu(a')}, and the difference quotient matches the
     * implicit derivative of the proof, which is positive and finite.
     */
    public ClaimVerdict bestEffortIncreasing() {
        String id = "lemma1.mu-increasing";
        String src = "Lemma 1, (16)";
        double worst = 0;
        for (int s = 0; s < market.sourceCount(); s++) {
            EffortModel m = market.effort(s);
            double lo = m.lowerThreshold();
            double hi = m.bounded() ? m.upperThreshold() : 20 * lo;
            for (int t = 0; t < 5; t++) {
                double x = lo + (hi - lo) * (0.01 + 0.98 * rng.nextDouble());
                double h = 1e-6 * x;
                double quotient = (m.bestEffort(x + h) - m.bestEffort(x - h)) / (2 * h);
                double slope = m.bestEffortSlope(x);
                if (!(m.bestEffort(x + h) > m.bestEffort(x) && slope > 0 && Double.isFinite(slope))) {
                    return new ClaimVerdict(id, src, true, false, "source " + s + " at a = " + x
                            + ": mu not strictly increasing (slope " + slope + ")");
                }
                double rel = Math.abs(quotient - slope) / slope;
                worst = Math.max(worst, rel);
                if (rel > 1e-4) {
                    return new ClaimVerdict(id, src, true, false, "source " + s + " at a = " + x
                            + ": difference quotient " + quotient + " vs implicit derivative " + slope);
                }
            }
        }
        return new ClaimVerdict(id, src, true, true, String.format("mu strictly increasing with derivative"
                + " (2 a^2 (sigma'^2 + sigma sigma''))^-1 > 0 at 5 points per source; central differences"
                + " with h = 1e-6 a agree within %.1e (tolerance 1e-4: truncation O(h^2) plus rounding"
                + " eps/h ~ 1e-10)", worst));
    }

    /**
     * Lemma 2: at every GN equilibrium the IR constraint binds. Checked both ways: at each
     * equilibrium found, a random point of the charge polytope has zero IR slack (22); and adding
     * slack to one source's charges yields a point the oracle improves on.
     */
    public ClaimVerdict irBinds() {
        String id = "lemma2.ir-binds";
        String src = "Lemma 2, (22)";
        if (!analysis.exists()) {
            return ClaimVerdict.vacuous(id, src, "no equilibrium found");
        }
        StringBuilder ev = new StringBuilder();
        for (Equilibrium e : analysis.equilibria()) {
            ChargePolytope p = new ChargePolytope(market, e.a());
            double[][] c = p.randomPoint(rng);
            OracleReport at = oracle.check(c, e.a(), rng);
            double[][] slack = copy(c);
            int s = rng.nextInt(market.sourceCount());
            int b = market.buyers(s)[0];
            slack[b][s] += OUTSIDE_STEP * (1 + maxAbs(c));
            OracleReport off = oracle.check(slack, e.a(), rng);
            if (!at.equilibrium() || off.equilibrium()) {
                return new ClaimVerdict(id, src, true, false, "binding point: " + at.summary()
                        + " / slack point: " + off.summary());
            }
            ev.append(String.format("binding point is GNE (max improvement %.1e); slack %.1e on source %d is"
                    + " not (improvement %.1e). ", at.maxImprovement(), OUTSIDE_STEP * (1 + maxAbs(c)), s,
                    off.maxImprovement()));
        }
        return new ClaimVerdict(id, src, true, true, ev.toString().trim());
    }

    /**
     * Theorem 1 (Theorem 4 under partial sharing), existence: under its hypotheses, a GN
     * equilibrium exists iff {@code rho(Xi) < 1}. Existence is witnessed by the oracle accepting
     * the returned point; non-existence by the oracle improving on sampled candidates (random
     * coefficients in {@code A_s} completed with binding charges).
     */
    public ClaimVerdict existenceIffSpectralRadius() {
        String id = "theorem1.existence-iff-rho";
        String src = "Theorem 1 / Theorem 4, (26), [25]";
        if (!analysis.hypotheses().theorem1()) {
            return ClaimVerdict.vacuous(id, src, "needs unbounded effort, gamma^b_s > 0 and gamma_s >= lower threshold");
        }
        double rho = analysis.rho().estimate();
        if (analysis.exists()) {
            Equilibrium e = analysis.equilibria().get(0);
            OracleReport r = oracle.check(new ChargePolytope(market, e.a()).randomPoint(rng), e.a(), rng);
            return new ClaimVerdict(id, src, true, r.equilibrium() && analysis.rho().belowOne(),
                    String.format("rho(Xi) = %.6f < 1; oracle on the returned point: %s", rho, r.summary()));
        }
        for (int t = 0; t < 4; t++) {
            double[][] a = randomCoefficients();
            OracleReport r = oracle.check(new ChargePolytope(market, a).randomPoint(rng), a, rng);
            if (r.equilibrium()) {
                return new ClaimVerdict(id, src, true, false, String.format(
                        "rho(Xi) = %.6f >= 1 but the oracle accepts sampled candidate a = %s", rho, Arrays.deepToString(a)));
            }
        }
        return new ClaimVerdict(id, src, true, true, String.format("rho(Xi) = %.6f >= 1: (26) has no non-negative"
                + " solution and the oracle improves on 4 sampled candidates", rho));
    }

    /**
     * Theorems 1, 2 and 4, item 1 / 2: every point of the charge polytope of an equilibrium {@code
     * a} is a GN equilibrium: the returned point, its vertices (up to 8) and random points.
     */
    public ClaimVerdict polytopeIsEquilibrium() {
        String id = "theorem1.polytope-is-gne";
        String src = "Theorem 1 item 1, Theorem 2 item 2, Theorem 4 item 1, (27)";
        if (!analysis.exists()) {
            return ClaimVerdict.vacuous(id, src, "no equilibrium found");
        }
        int checked = 0;
        double worst = 0;
        for (Equilibrium e : analysis.equilibria()) {
            ChargePolytope p = new ChargePolytope(market, e.a());
            List<double[][]> points = new ArrayList<>();
            for (int[] payer : p.vertexPayers(8)) {
                points.add(p.vertex(payer));
            }
            points.add(p.randomPoint(rng));
            points.add(p.randomPoint(rng));
            for (double[][] c : points) {
                OracleReport r = oracle.check(c, e.a(), rng);
                checked++;
                worst = Math.max(worst, r.maxImprovement());
                if (!r.equilibrium()) {
                    return new ClaimVerdict(id, src, true, false, "polytope point c = " + Arrays.deepToString(c)
                            + " for a = " + Arrays.deepToString(e.a()) + ": " + r.summary());
                }
            }
        }
        return new ClaimVerdict(id, src, true, true, String.format("%d polytope points (vertices and random)"
                + " accepted by the oracle; largest improvement %.1e", checked, worst));
    }

    /**
     * Theorem 1 item 1: points just outside the polytope are not equilibria: a charge below its
     * lower bound {@code q^b_s}, and a total charge above or below {@code q_s}.
     */
    public ClaimVerdict outsidePolytopeIsNot() {
        String id = "theorem1.outside-polytope-not-gne";
        String src = "Theorem 1 item 1, Lemma 2, (9)";
        if (!analysis.exists()) {
            return ClaimVerdict.vacuous(id, src, "no equilibrium found");
        }
        Equilibrium e = analysis.equilibria().get(0);
        ChargePolytope p = new ChargePolytope(market, e.a());
        double[][] c = p.randomPoint(rng);
        double step = OUTSIDE_STEP * (1 + maxAbs(c));
        int s = rng.nextInt(market.sourceCount());
        int[] buyers = market.buyers(s);
        List<String> seen = new ArrayList<>();
        double[][] below = copy(c);
        below[buyers[0]][s] = p.variablePayments()[buyers[0]][s] - step;
        double[][] over = copy(c);
        over[buyers[0]][s] += step;
        double[][] under = copy(c);
        under[buyers[buyers.length - 1]][s] -= c[buyers[buyers.length - 1]][s] - p.variablePayments()[buyers[buyers.length - 1]][s] + step;
        for (double[][] x : List.of(below, over, under)) {
            OracleReport r = oracle.check(x, e.a(), rng);
            if (r.equilibrium()) {
                return new ClaimVerdict(id, src, true, false, "point outside the polytope accepted: "
                        + Arrays.deepToString(x) + ": " + r.summary());
            }
            seen.add(r.summary());
        }
        return new ClaimVerdict(id, src, true, true, "charges moved by " + String.format("%.1e", step)
                + " out of the polytope at source " + s + " are rejected: " + String.join(" | ", seen));
    }

    /**
     * Theorem 1 / 4: the coefficients are the same in every equilibrium: perturbing the returned
     * {@code a} (within {@code A_s}, non-negative) and completing it with binding charges gives a
     * point some aggregator improves on.
     */
    public ClaimVerdict uniqueCoefficients() {
        String id = "theorem1.unique-a";
        String src = "Theorem 1 items 1-2, Theorem 4";
        if (!analysis.hypotheses().theorem1() || !analysis.exists()) {
            return ClaimVerdict.vacuous(id, src, "needs the hypotheses of Theorem 1 and an equilibrium");
        }
        Equilibrium e = analysis.equilibria().get(0);
        for (int t = 0; t < 3; t++) {
            double[][] a = copy(e.a());
            int b = rng.nextInt(market.aggregatorCount());
            int[] members = market.members(b);
            int s = members[rng.nextInt(members.length)];
            a[b][s] *= rng.nextBoolean() ? 1.3 : 0.7;
            if (market.totals(a)[s] < market.effort(s).lowerThreshold()) {
                a[b][s] = e.a()[b][s] * 1.3;
            }
            OracleReport r = oracle.check(new ChargePolytope(market, a).randomPoint(rng), a, rng);
            if (r.equilibrium()) {
                return new ClaimVerdict(id, src, true, false, "a different coefficient profile is accepted: a = "
                        + Arrays.deepToString(a) + " (returned " + Arrays.deepToString(e.a()) + "): " + r.summary());
            }
        }
        return new ClaimVerdict(id, src, true, true, "3 profiles with one a^b_s moved by 30% are each improved on by"
                + " some aggregator");
    }

    /**
     * Theorem 1: "there is either no GN equilibrium or an infinite number": when one exists, the
     * charge polytope has positive dimension (two distinct vertices, each accepted by the oracle).
     */
    public ClaimVerdict noneOrInfinitelyMany() {
        String id = "theorem1.none-or-infinitely-many";
        String src = "Theorem 1 (first sentence), Theorem 2";
        if (!(analysis.hypotheses().theorem1() || analysis.hypotheses().theorem2()) || !analysis.exists()) {
            return ClaimVerdict.vacuous(id, src, "needs the hypotheses of Theorem 1 or 2 and an equilibrium");
        }
        Equilibrium e = analysis.equilibria().get(0);
        ChargePolytope p = new ChargePolytope(market, e.a());
        if (p.dimension() == 0) {
            return new ClaimVerdict(id, src, true, false, "the charge polytope is a single point (no source with"
                    + " mu_s > 0 sells to two aggregators): the equilibrium a = " + Arrays.deepToString(e.a())
                    + " has exactly one completion c; oracle: " + oracle.check(p.randomPoint(rng), e.a(), rng).summary());
        }
        List<int[]> payers = p.vertexPayers(2);
        OracleReport r1 = oracle.check(p.vertex(payers.get(0)), e.a(), rng);
        OracleReport r2 = oracle.check(p.vertex(payers.get(1)), e.a(), rng);
        return new ClaimVerdict(id, src, true, r1.equilibrium() && r2.equilibrium(), "charge polytope of dimension "
                + p.dimension() + "; two distinct vertices: " + r1.summary() + " | " + r2.summary());
    }

    /** Theorem 2: with bounded effort and positive demands a GN equilibrium exists. */
    public ClaimVerdict boundedExistence() {
        String id = "theorem2.existence";
        String src = "Theorem 2, Theorem 5";
        if (!analysis.hypotheses().theorem2()) {
            return ClaimVerdict.vacuous(id, src, "needs bounded effort and gamma^b_s > 0");
        }
        if (!analysis.exists()) {
            return new ClaimVerdict(id, src, true, false, "best-response iteration found no fixed point");
        }
        Equilibrium e = analysis.equilibria().get(0);
        OracleReport r = oracle.check(new ChargePolytope(market, e.a()).randomPoint(rng), e.a(), rng);
        return new ClaimVerdict(id, src, true, r.equilibrium(), analysis.equilibria().size()
                + " distinct equilibrium a found (residual of (28) " + String.format("%.1e", e.bestResponseResidual())
                + "); oracle: " + r.summary());
    }

    /**
     * Lemma 3: the social cost (30) has a unique minimiser: per source, Brent minimisation of the
     * separable term over {@code E_s} agrees with {@code mu_s(Gamma_s)}, and the cost is strictly
     * convex along a random chord.
     */
    public ClaimVerdict uniqueOptimum() {
        String id = "lemma3.unique-optimum";
        String src = "Lemma 3, (30), (31)";
        SocialCost cost = new SocialCost(market);
        double[] opt = cost.optimum();
        for (int s = 0; s < market.sourceCount(); s++) {
            if (!(market.socialDemand(s) > 0)) {
                return ClaimVerdict.vacuous(id, src, "needs Gamma_s > 0 (gamma^j_i > 0)");
            }
        }
        double total0 = cost.at(new double[market.sourceCount()]);
        double worst = 0;
        for (int s = 0; s < market.sourceCount(); s++) {
            EffortModel m = market.effort(s);
            double g = market.socialDemand(s);
            double cap = Math.min(m.maxEffort(), total0);
            double found = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(10_000), GoalType.MINIMIZE,
                    new UnivariateObjectiveFunction(e -> g * m.variance(e) + e), new SearchInterval(0, cap)).getPoint();
            worst = Math.max(worst, Math.abs(found - opt[s]) / (1 + opt[s]));
        }
        double[] x = new double[opt.length];
        double[] y = new double[opt.length];
        double[] mid = new double[opt.length];
        for (int s = 0; s < opt.length; s++) {
            double cap = Math.min(market.effort(s).maxEffort(), 2 * opt[s] + 1);
            x[s] = cap * rng.nextDouble();
            y[s] = cap * rng.nextDouble();
            mid[s] = (x[s] + y[s]) / 2;
        }
        boolean convex = cost.at(mid) < (cost.at(x) + cost.at(y)) / 2;
        boolean holds = worst <= 1e-6 && convex;
        return new ClaimVerdict(id, src, true, holds, String.format("numerical minimiser matches mu_s(Gamma_s)"
                + " within %.1e (tolerance 1e-6); strict midpoint convexity on a random chord: %s", worst, convex));
    }

    /**
     * Theorem 3 (Theorem 6 for bounded effort): some equilibrium has {@code PoA = 1} iff every
     * off-diagonal {@code xi^j_{i,l}} is 0. {@code PoA = 1} is decided with the rounding bound of
     * {@link SocialCost#priceOfAnarchyTolerance}.
     */
    public ClaimVerdict poaOneIffUncoupled() {
        String id = "theorem3.poa-one-iff-uncoupled";
        String src = "Theorem 3, Theorem 6";
        Hypotheses h = analysis.hypotheses();
        boolean positive = true;
        for (int s = 0; s < market.sourceCount(); s++) {
            for (int b = 0; b < market.aggregatorCount(); b++) {
                positive &= market.demand(b, s) > 0;
            }
        }
        boolean theorem6 = h.allBounded() && h.demandAboveThreshold() && h.demandBelowUpper();
        if (!positive || !(h.allUnbounded() || theorem6) || !analysis.exists()) {
            return ClaimVerdict.vacuous(id, src, "needs gamma^j_i > 0 for all pairs, unbounded effort (or Theorem 6's"
                    + " gamma_s in A_s) and an equilibrium");
        }
        boolean uncoupled = offDiagonalCouplingZero();
        SocialCost cost = new SocialCost(market);
        boolean someEfficient = false;
        StringBuilder ev = new StringBuilder();
        for (Equilibrium e : analysis.equilibria()) {
            double poa = cost.priceOfAnarchy(e.efforts());
            double tol = cost.priceOfAnarchyTolerance(poa);
            someEfficient |= Math.abs(poa - 1) <= tol;
            ev.append(String.format("PoA = %.15f (tolerance %.1e) ", poa, tol));
        }
        return new ClaimVerdict(id, src, true, someEfficient == uncoupled,
                ev + (uncoupled ? "with all off-diagonal xi = 0" : "with some off-diagonal xi > 0")
                        + String.format("; |B| = %d", market.aggregatorCount()));
    }

    /** Corollary 1: with least squares everywhere, no equilibrium has {@code PoA = 1}. */
    public ClaimVerdict leastSquaresInefficient() {
        String id = "corollary1.ols-poa-above-one";
        String src = "Corollary 1";
        boolean allOls = market.instance().aggregators().stream().allMatch(a -> a.estimator() == EstimatorKind.OLS);
        if (!allOls || !analysis.hypotheses().allUnbounded() || !analysis.exists()
                || market.instance().couplingScale() != 1) {
            return ClaimVerdict.vacuous(id, src, "needs every estimator ols, unbounded effort, the paper's xi and an equilibrium");
        }
        SocialCost cost = new SocialCost(market);
        StringBuilder ev = new StringBuilder();
        boolean holds = true;
        for (Equilibrium e : analysis.equilibria()) {
            double poa = cost.priceOfAnarchy(e.efforts());
            double tol = cost.priceOfAnarchyTolerance(poa);
            holds &= poa - 1 > tol;
            ev.append(String.format("PoA = %.15f (tolerance %.1e) ", poa, tol));
        }
        return new ClaimVerdict(id, src, true, holds, ev.toString().trim()
                + String.format("; |B| = %d", market.aggregatorCount()));
    }

    /**
     * Corollary 2: under Theorem 4's hypotheses, with an equilibrium, it is unique iff every source
     * sells to exactly one aggregator: then the polytope is a point; else two distinct polytope
     * points are both accepted by the oracle.
     */
    public ClaimVerdict uniqueIffSingleBuyer() {
        String id = "corollary2.unique-iff-single-buyer";
        String src = "Corollary 2, Theorem 4";
        if (!analysis.hypotheses().theorem1() || !analysis.exists()) {
            return ClaimVerdict.vacuous(id, src, "needs the hypotheses of Theorem 4 and an equilibrium");
        }
        boolean single = true;
        for (int s = 0; s < market.sourceCount(); s++) {
            single &= market.buyers(s).length == 1;
        }
        Equilibrium e = analysis.equilibria().get(0);
        ChargePolytope p = new ChargePolytope(market, e.a());
        boolean unique = p.dimension() == 0;
        String ev = "charge polytope dimension " + p.dimension() + (single ? "; every |B_s| = 1" : "; some |B_s| >= 2");
        if (!unique) {
            List<int[]> payers = p.vertexPayers(2);
            OracleReport r1 = oracle.check(p.vertex(payers.get(0)), e.a(), rng);
            OracleReport r2 = oracle.check(p.vertex(payers.get(1)), e.a(), rng);
            unique = !(r1.equilibrium() && r2.equilibrium());
            ev += "; two distinct vertices: " + r1.summary() + " | " + r2.summary();
        }
        return new ClaimVerdict(id, src, true, unique == single, ev);
    }

    /** @return whether every off-diagonal {@code xi^j_{i,l}} with {@code i, l in S_j} is zero */
    boolean offDiagonalCouplingZero() {
        for (int j = 0; j < market.aggregatorCount(); j++) {
            for (int i : market.members(j)) {
                for (int l : market.members(j)) {
                    if (i != l && market.xi(j, i, l) != 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private double[][] randomCoefficients() {
        double[][] a = market.zeroProfile();
        for (int s = 0; s < market.sourceCount(); s++) {
            EffortModel m = market.effort(s);
            int[] buyers = market.buyers(s);
            double total = m.lowerThreshold() + (1 + 5 * rng.nextDouble()) * Math.max(market.totalDemand(s), m.lowerThreshold());
            for (int b : buyers) {
                a[b][s] = total / buyers.length;
            }
        }
        return a;
    }

    static double[][] copy(double[][] x) {
        double[][] y = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i].clone();
        }
        return y;
    }

    private static double maxAbs(double[][] x) {
        double m = 0;
        for (double[] row : x) {
            for (double v : row) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }
}
