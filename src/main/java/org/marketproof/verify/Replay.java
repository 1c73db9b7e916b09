package org.marketproof.verify;

import org.marketproof.algebra.FractionOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.settlement.Settlement;
import org.marketproof.market.strategy.Deviation;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.Extended;
import org.marketproof.market.strategy.Figures;
import org.marketproof.market.strategy.Game;
import org.marketproof.market.strategy.MuQuadratic;
import org.marketproof.market.strategy.SimulationEvaluator;
import org.marketproof.market.strategy.UtilityEvaluator;
import org.marketproof.market.strategy.UtilityFigure;

/**
 * Re-checks a {@link Counterexample} against a mechanism and recomputes its figures. This is the one
 * place where a violation is judged: the battery builds counterexamples and keeps those that
 * replay, and {@code marketproof replay} runs the same code.
 */
public final class Replay {

    /** Offset between a deviation's seed and its simulated baseline's seed. */
    static final long BASELINE_SEED_OFFSET = 0x9E3779B97F4A7C15L;

    private Replay() {
    }

    /**
     * @param reproduces whether the violation is (still) certified
     * @param figures the recomputed figures
     */
    public record Outcome(boolean reproduces, Map<String, String> figures) {
    }

    public static Outcome check(Counterexample ce, Mechanism mechanism) {
        Game game = Game.of(mechanism, ce.instance());
        Map<String, String> fig = new LinkedHashMap<>();
        ExactEvaluator exact = new ExactEvaluator();
        UtilityEvaluator eval = ce.evaluator().equals("exact") ? exact : new SimulationEvaluator(ce.samples(), ce.level());
        switch (ce.kind()) {
            case "deviation" -> {
                int i = ce.party();
                UtilityFigure dev = utility(eval, exact, game, ce.profile().with(i, ce.deviation()), i, ce.seed());
                UtilityFigure base = utility(eval, exact, game, ce.profile(), i, ce.seed() + BASELINE_SEED_OFFSET);
                Deviation d = new Deviation(i, ce.deviation(), dev, base, dev.gainLowerBound(base), dev.exactGain(base),
                        eval.name(), ce.seed(), "replay");
                fig.put("contributor", ce.instance().contributors().get(i).name());
                fig.put("deviation", ce.deviation().name());
                fig.put("u_deviation", dev.toString());
                fig.put("u_baseline", base.toString());
                fig.put("gain", d.exactGain().map(g -> g + " (exact)")
                        .orElse(">= " + Figures.format(d.gainLowerBound()) + " (confidence " + ce.level() + ")"));
                return new Outcome(d.certified(), fig);
            }
            case "irc" -> {
                int i = ce.party();
                UtilityFigure u = utility(eval, exact, game, ce.profile(), i, ce.seed());
                fig.put("contributor", ce.instance().contributors().get(i).name());
                fig.put("u_recommended", u.toString());
                return new Outcome(u.upper() < 0, fig);
            }
            case "irb" -> {
                int j = ce.party();
                UtilityFigure u = exact.buyerUtility(game, ce.profile(), j, 0).orElseThrow(() ->
                        new IllegalStateException("IRB replay needs truthful play and prices quadratic in the means"));
                fig.put("buyer", ce.instance().buyers().get(j).name());
                fig.put("m_j", Integer.toString(game.design().allocation(j)));
                fig.put("u_buyer (9)", u.toString());
                return new Outcome(u.upper() < 0, fig);
            }
            case "bb" -> {
                Settlement s = mechanism.settle(game.design(), ce.submissions());
                fig.put("total prices", Figures.format(s.totalPrices().doubleValue()));
                fig.put("total payments", Figures.format(s.totalPayments().doubleValue()));
                fig.put("surplus", s.surplus().toString() + " = " + Figures.format(s.surplus().doubleValue()));
                return new Outcome(!s.budgetBalanced(), fig);
            }
            case "theorem4" -> {
                MuQuadratic profit = exact.expectedProfit(game, ce.profile()).orElseThrow(() ->
                        new IllegalStateException("Theorem 4 replay needs a mechanism quadratic in the means"));
                Extended p = profit.infimum();
                OptBounds opt = OptBounds.of(ce.instance());
                BigFraction gap = BigFraction.from(ce.instance().cost(1)).subtract(BigFraction.from(ce.instance().cost(0)));
                BigFraction bound = opt.upper().subtract(gap);
                fig.put("profit(M, s)", p.toString());
                fig.put("OPT upper bound", Figures.format(opt.upper().doubleValue()));
                fig.put("c_2 - c_1", Figures.format(gap.doubleValue()));
                fig.put("bound OPT - (c_2 - c_1) <=", Figures.format(bound.doubleValue()));
                return new Outcome(p.isFinite() && FractionOrder.compare(p.value(), bound) > 0, fig);
            }
            default -> throw new IllegalArgumentException("unknown kind " + ce.kind());
        }
    }

    private static UtilityFigure utility(UtilityEvaluator eval, ExactEvaluator exact, Game game,
            org.marketproof.market.strategy.Profile p, int i, long seed) {
        return exact.contributorUtility(game, p, i, seed).or(() -> eval.contributorUtility(game, p, i, seed))
                .orElseThrow();
    }
}
