package org.marketproof.competition;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The {@code equilibrium} command's output as a JSON tree (field names in {@code
 * specs/competition.md}); the text form is rendered from the same tree, so both say the same.
 */
public final class EquilibriumReport {
    /** Vertices of the charge polytope are listed only up to this many. */
    public static final int VERTEX_LIMIT = 16;

    private EquilibriumReport() {}

    /**
     * @param oracleRng when non-null, each equilibrium is also checked by the {@link DeviationOracle}
     */
    public static ObjectNode build(CompetitionInstance instance, UniformRandomProvider oracleRng) {
        Market market = new Market(instance);
        EquilibriumAnalysis analysis = new EquilibriumSolver(market, ExactMarket.of(market)).analyze();
        SocialCost cost = new SocialCost(market);
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("exists", analysis.exists());
        root.put("method", analysis.method());
        ObjectNode rho = root.putObject("rho");
        rho.put("estimate", analysis.rho().estimate());
        rho.put("lower", analysis.rho().lower());
        rho.put("upper", analysis.rho().upper());
        rho.put("method", analysis.rho().method());
        rho.put("comparison", analysis.rho().comparison().name());
        rho.put("exact", analysis.rho().exact());
        Hypotheses h = analysis.hypotheses();
        ObjectNode hyp = root.putObject("hypotheses");
        hyp.put("positiveDemand", h.positiveDemand());
        hyp.put("demandAboveLowerThreshold", h.demandAboveThreshold());
        hyp.put("allUnbounded", h.allUnbounded());
        hyp.put("allBounded", h.allBounded());
        hyp.put("fullSharing", h.fullSharing());
        ObjectNode sources = root.putObject("sources");
        for (int s = 0; s < market.sourceCount(); s++) {
            ObjectNode o = sources.putObject(sourceName(market, s));
            o.put("demand", market.totalDemand(s));
            o.put("lowerThreshold", market.effort(s).lowerThreshold());
            if (market.effort(s).bounded()) {
                o.put("upperThreshold", market.effort(s).upperThreshold());
            }
        }
        ArrayNode eqs = root.putArray("equilibria");
        for (Equilibrium e : analysis.equilibria()) {
            ObjectNode o = eqs.addObject();
            o.put("method", e.method());
            o.put("bestResponseResidual", e.bestResponseResidual());
            o.put("exact", e.exact().isPresent());
            o.set("a", profile(market, e.a()));
            ObjectNode efforts = o.putObject("efforts");
            double[] totals = market.totals(e.a());
            ObjectNode tot = o.putObject("totals");
            for (int s = 0; s < market.sourceCount(); s++) {
                efforts.put(sourceName(market, s), e.efforts()[s]);
                tot.put(sourceName(market, s), totals[s]);
            }
            ChargePolytope p = new ChargePolytope(market, e.a());
            ObjectNode poly = o.putObject("chargePolytope");
            poly.put("dimension", p.dimension());
            poly.put("vertexCount", p.vertexCount());
            poly.set("lowerBounds", profile(market, p.variablePayments()));
            ObjectNode split = poly.putObject("effortToSplit");
            for (int s = 0; s < market.sourceCount(); s++) {
                split.put(sourceName(market, s), p.efforts()[s]);
            }
            if (p.vertexCount() <= VERTEX_LIMIT) {
                ArrayNode vs = poly.putArray("vertices");
                for (int[] payer : p.vertexPayers(VERTEX_LIMIT)) {
                    vs.add(profile(market, p.vertex(payer)));
                }
            }
            o.put("socialCost", cost.at(e.efforts()));
            if (cost.priceOfAnarchyDefined()) {
                o.put("priceOfAnarchy", cost.priceOfAnarchy(e.efforts()));
            } else {
                o.putNull("priceOfAnarchy");
            }
            if (oracleRng != null) {
                OracleReport r = new DeviationOracle(market, 2).check(p.randomPoint(oracleRng), e.a(), oracleRng);
                ObjectNode or = o.putObject("oracle");
                or.put("equilibrium", r.equilibrium());
                or.put("maxImprovement", Double.isFinite(r.maxImprovement()) ? r.maxImprovement() : -1);
                or.put("summary", r.summary());
            }
        }
        ObjectNode opt = root.putObject("optimum");
        double[] best = cost.optimum();
        ObjectNode be = opt.putObject("efforts");
        for (int s = 0; s < market.sourceCount(); s++) {
            be.put(sourceName(market, s), best[s]);
        }
        opt.put("socialCost", cost.at(best));
        return root;
    }

    /** @return the report as human-readable text */
    public static String text(ObjectNode r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "rho(Xi)        %.9g  [%s]%n", r.get("rho").get("estimate").asDouble(),
                r.get("rho").get("method").asText()));
        sb.append("rho vs 1       ").append(r.get("rho").get("comparison").asText())
                .append(r.get("rho").get("exact").asBoolean() ? " (exact)" : " (from the enclosure)").append('\n');
        sb.append("method         ").append(r.get("method").asText()).append('\n');
        sb.append("hypotheses     ").append(r.get("hypotheses").toString()).append('\n');
        sb.append("equilibrium    ").append(r.get("exists").asBoolean()
                ? r.get("equilibria").size() + " distinct coefficient profile(s) a" : "none found").append('\n');
        int k = 0;
        for (var e : r.get("equilibria")) {
            sb.append(String.format(Locale.ROOT, "%n-- equilibrium %d (%s, residual of (28) %.1e)%n", ++k, e.get("method").asText(),
                    e.get("bestResponseResidual").asDouble()));
            sb.append("  a (aggregator -> source -> a^b_s):\n");
            e.get("a").fields().forEachRemaining(f -> sb.append("    ").append(f.getKey()).append(": ")
                    .append(f.getValue().toString()).append('\n'));
            sb.append("  totals a_s:   ").append(e.get("totals").toString()).append('\n');
            sb.append("  efforts mu_s: ").append(e.get("efforts").toString()).append('\n');
            var p = e.get("chargePolytope");
            sb.append(String.format(Locale.ROOT, "  charges c: polytope of dimension %d with %.0f vertices:"
                    + " c^b_s >= q^b_s and sum_b c^b_s = sum_b q^b_s + mu_s%n", p.get("dimension").asInt(),
                    p.get("vertexCount").asDouble()));
            sb.append("    lower bounds q^b_s: ").append(p.get("lowerBounds").toString()).append('\n');
            if (p.has("vertices")) {
                int v = 0;
                for (var vert : p.get("vertices")) {
                    sb.append("    vertex ").append(++v).append(": ").append(vert.toString()).append('\n');
                }
            }
            sb.append(String.format(Locale.ROOT, "  social cost    %.9g%n", e.get("socialCost").asDouble()));
            sb.append("  price of anarchy ").append(e.get("priceOfAnarchy").isNull() ? "undefined (optimal cost <= 0)"
                    : String.format(Locale.ROOT, "%.9g", e.get("priceOfAnarchy").asDouble())).append('\n');
            if (e.has("oracle")) {
                sb.append("  oracle: ").append(e.get("oracle").get("summary").asText()).append('\n');
            }
        }
        sb.append(String.format(Locale.ROOT, "%noptimum efforts %s%noptimal social cost %.9g%n",
                r.get("optimum").get("efforts").toString(), r.get("optimum").get("socialCost").asDouble()));
        return sb.toString();
    }

    private static ObjectNode profile(Market market, double[][] x) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        List<Aggregator> aggs = market.instance().aggregators();
        for (int b = 0; b < aggs.size(); b++) {
            ObjectNode row = o.putObject(aggs.get(b).name());
            for (int s : market.members(b)) {
                row.put(sourceName(market, s), x[b][s]);
            }
        }
        return o;
    }

    private static String sourceName(Market market, int s) {
        return market.instance().sources().get(s).name();
    }
}
