package org.marketproof.competition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.rng.UniformRandomProvider;
import org.marketproof.claims.Progress;

/**
 * What the {@code equilibrium} command reports on a competitive data market (field names in
 * {@code specs/competition.md}, schema {@code specs/schemas/equilibrium.schema.json}): the spectral
 * radius rho(Xi) deciding between Theorems 2 and 4, the theorems' hypotheses, every GN equilibrium
 * found with its charge polytope (Theorems 1, 2, 4), social cost and price of anarchy, and the
 * socially optimal efforts. The text form is rendered from the same record, so both say the same.
 *
 * <p>Numbers are doubles where the computation is numerical; the coefficients {@code a} are also
 * given exactly ({@code aExact}) when the equilibrium was solved in rational arithmetic (26).
 *
 * @param exists whether an equilibrium was found
 * @param method how the equilibria were sought
 * @param rho the spectral radius of Xi and its comparison with 1
 * @param hypotheses the hypotheses of Theorems 1-4 on this market
 * @param sources each source's total demand gamma_s and effort thresholds, by name
 * @param equilibria the distinct equilibria found
 * @param optimum the socially optimal efforts and their cost
 */
public record EquilibriumReport(boolean exists, String method, SpectralRadius rho, Hypotheses hypotheses,
        Map<String, Source> sources, List<Point> equilibria, Optimum optimum) {

    /** Vertices of the charge polytope are listed only up to this many. */
    public static final int VERTEX_LIMIT = 16;

    /**
     * One source.
     *
     * @param demand its total demand gamma_s
     * @param lowerThreshold the effort threshold underline(a)_s below which it exerts no effort
     * @param upperThreshold the threshold at which a bounded effort set E_s = [0, e_max] saturates; absent when unbounded
     */
    public record Source(double demand, double lowerThreshold, Double upperThreshold) {
    }

    /**
     * One GN equilibrium.
     *
     * @param method how it was found
     * @param bestResponseResidual {@code max |BR_b(a^-b) - a^b|} under (28), relative to {@code 1 + max a}
     * @param exact whether {@code a} was solved exactly
     * @param a the coefficients a^b_s, aggregator -> source -> value
     * @param aExact the same in exact rationals, present when {@code exact}
     * @param efforts the efforts mu_s(a_s) they induce, by source
     * @param totals the totals a_s = sum_b a^b_s, by source
     * @param chargePolytope the charges c that complete {@code a} to an equilibrium
     * @param socialCost the social cost at the efforts
     * @param priceOfAnarchy social cost over the optimal one; absent when the optimal cost is not positive
     * @param oracle the numerical deviation oracle's check, with {@code --oracle} only
     */
    public record Point(String method, double bestResponseResidual, boolean exact, Map<String, Map<String, Double>> a,
            Map<String, Map<String, BigFraction>> aExact, Map<String, Double> efforts, Map<String, Double> totals,
            Polytope chargePolytope, double socialCost, Double priceOfAnarchy, Oracle oracle) {
    }

    /**
     * The charge polytope c^b_s >= q^b_s, sum_b c^b_s = sum_b q^b_s + mu_s.
     *
     * @param dimension its dimension
     * @param vertexCount how many vertices it has
     * @param lowerBounds the lower bounds q^b_s, aggregator -> source -> value
     * @param effortToSplit the effort part mu_s shared among the aggregators, by source
     * @param vertices its vertices, when there are at most {@link #VERTEX_LIMIT}; else absent
     */
    public record Polytope(int dimension, double vertexCount, Map<String, Map<String, Double>> lowerBounds,
            Map<String, Double> effortToSplit, List<Map<String, Map<String, Double>>> vertices) {
    }

    /**
     * The deviation oracle's verdict on one point of the polytope.
     *
     * @param equilibrium whether no improving deviation was found
     * @param maxImprovement the largest improvement found (0 when none; absent when not finite)
     * @param summary the deviations found, one line
     */
    public record Oracle(boolean equilibrium, Double maxImprovement, String summary) {
    }

    /**
     * The social optimum.
     *
     * @param efforts the optimal efforts, by source
     * @param socialCost their social cost
     */
    public record Optimum(Map<String, Double> efforts, double socialCost) {
    }

    /**
     * @param instance the market
     * @param oracleRng when non-null, each equilibrium is also checked by the {@link DeviationOracle}
     * @return the report
     */
    public static EquilibriumReport build(CompetitionInstance instance, UniformRandomProvider oracleRng) {
        return build(instance, oracleRng, Progress.NONE);
    }

    /**
     * The report, telling {@code progress} the equilibria analysed so far (charge polytope, social
     * cost and, with the oracle, its check) of those the solver found.
     *
     * @param instance the market
     * @param oracleRng when non-null, each equilibrium is also checked by the {@link DeviationOracle}
     * @param progress told the equilibria analysed so far
     * @return the report
     */
    public static EquilibriumReport build(CompetitionInstance instance, UniformRandomProvider oracleRng,
            Progress progress) {
        Market market = new Market(instance);
        progress.report(0, Progress.UNKNOWN_TOTAL, "solving");
        EquilibriumAnalysis analysis = new EquilibriumSolver(market, ExactMarket.of(market)).analyze();
        int found = analysis.equilibria().size();
        SocialCost cost = new SocialCost(market);
        Map<String, Source> sources = new LinkedHashMap<>();
        for (int s = 0; s < market.sourceCount(); s++) {
            sources.put(sourceName(market, s), new Source(market.totalDemand(s), market.effort(s).lowerThreshold(),
                    market.effort(s).bounded() ? market.effort(s).upperThreshold() : null));
        }
        List<Point> points = new ArrayList<>();
        for (Equilibrium e : analysis.equilibria()) {
            ChargePolytope p = new ChargePolytope(market, e.a());
            List<Map<String, Map<String, Double>>> vertices = null;
            if (p.vertexCount() <= VERTEX_LIMIT) {
                vertices = p.vertexPayers(VERTEX_LIMIT).stream().map(payer -> profile(market, p.vertex(payer))).toList();
            }
            Oracle oracle = null;
            if (oracleRng != null) {
                OracleReport r = new DeviationOracle(market, 2).check(p.randomPoint(oracleRng), e.a(), oracleRng);
                oracle = new Oracle(r.equilibrium(), Double.isFinite(r.maxImprovement()) ? r.maxImprovement() : null,
                        r.summary());
            }
            points.add(new Point(e.method(), e.bestResponseResidual(), e.exact().isPresent(), profile(market, e.a()),
                    e.exact().map(x -> exactProfile(market, x)).orElse(null), bySource(market, e.efforts()),
                    bySource(market, market.totals(e.a())),
                    new Polytope(p.dimension(), p.vertexCount(), profile(market, p.variablePayments()),
                            bySource(market, p.efforts()), vertices),
                    cost.at(e.efforts()), cost.priceOfAnarchyDefined() ? cost.priceOfAnarchy(e.efforts()) : null, oracle));
            progress.report(points.size(), found, "");
        }
        double[] best = cost.optimum();
        return new EquilibriumReport(analysis.exists(), analysis.method(), analysis.rho(), analysis.hypotheses(), sources,
                points, new Optimum(bySource(market, best), cost.at(best)));
    }

    /** @return the report as human-readable text */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "rho(Xi)        %.9g  [%s]%n", rho.estimate(), rho.method()));
        sb.append("rho vs 1       ").append(rho.comparison().name())
                .append(rho.exact() ? " (exact)" : " (from the enclosure)").append('\n');
        sb.append("method         ").append(method).append('\n');
        sb.append("hypotheses     ").append(hypotheses).append('\n');
        sb.append("equilibrium    ").append(exists ? equilibria.size() + " distinct coefficient profile(s) a" : "none found")
                .append('\n');
        int k = 0;
        for (Point e : equilibria) {
            sb.append(String.format(Locale.ROOT, "%n-- equilibrium %d (%s, residual of (28) %.1e)%n", ++k, e.method(),
                    e.bestResponseResidual()));
            sb.append("  a (aggregator -> source -> a^b_s):\n");
            e.a().forEach((b, row) -> sb.append("    ").append(b).append(": ").append(row).append('\n'));
            sb.append("  totals a_s:   ").append(e.totals()).append('\n');
            sb.append("  efforts mu_s: ").append(e.efforts()).append('\n');
            Polytope p = e.chargePolytope();
            sb.append(String.format(Locale.ROOT, "  charges c: polytope of dimension %d with %.0f vertices:"
                    + " c^b_s >= q^b_s and sum_b c^b_s = sum_b q^b_s + mu_s%n", p.dimension(), p.vertexCount()));
            sb.append("    lower bounds q^b_s: ").append(p.lowerBounds()).append('\n');
            if (p.vertices() != null) {
                int v = 0;
                for (var vert : p.vertices()) {
                    sb.append("    vertex ").append(++v).append(": ").append(vert).append('\n');
                }
            }
            sb.append(String.format(Locale.ROOT, "  social cost    %.9g%n", e.socialCost()));
            sb.append("  price of anarchy ").append(e.priceOfAnarchy() == null ? "undefined (optimal cost <= 0)"
                    : String.format(Locale.ROOT, "%.9g", e.priceOfAnarchy())).append('\n');
            if (e.oracle() != null) {
                sb.append("  oracle: ").append(e.oracle().summary()).append('\n');
            }
        }
        sb.append(String.format(Locale.ROOT, "%noptimum efforts %s%noptimal social cost %.9g%n", optimum.efforts(),
                optimum.socialCost()));
        return sb.toString();
    }

    private static Map<String, Map<String, Double>> profile(Market market, double[][] x) {
        return profile(market, (b, s) -> x[b][s]);
    }

    private static Map<String, Map<String, BigFraction>> exactProfile(Market market, BigFraction[][] x) {
        return profile(market, (b, s) -> x[b][s]);
    }

    /** @return aggregator name -> (source name -> {@code entry(b, s)}) over the pairs s in S_b */
    private static <T> Map<String, Map<String, T>> profile(Market market, BiFunction<Integer, Integer, T> entry) {
        Map<String, Map<String, T>> o = new LinkedHashMap<>();
        List<Aggregator> aggs = market.instance().aggregators();
        for (int b = 0; b < aggs.size(); b++) {
            Map<String, T> row = new LinkedHashMap<>();
            for (int s : market.members(b)) {
                row.put(sourceName(market, s), entry.apply(b, s));
            }
            o.put(aggs.get(b).name(), row);
        }
        return o;
    }

    private static Map<String, Double> bySource(Market market, double[] x) {
        Map<String, Double> o = new LinkedHashMap<>();
        for (int s = 0; s < market.sourceCount(); s++) {
            o.put(sourceName(market, s), x[s]);
        }
        return o;
    }

    private static String sourceName(Market market, int s) {
        return market.instance().sources().get(s).name();
    }
}
