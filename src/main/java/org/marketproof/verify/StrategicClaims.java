package org.marketproof.verify;

import org.marketproof.algebra.FractionOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.InvalidInputException;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.market.strategy.Deviation;
import org.marketproof.market.strategy.DeviationSearch;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.Extended;
import org.marketproof.market.strategy.Figures;
import org.marketproof.market.strategy.Game;
import org.marketproof.market.strategy.MeanQuadraticForm;
import org.marketproof.market.strategy.MuQuadratic;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.SettlementForms;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.StrategyCatalog;
import org.marketproof.market.strategy.Submissions;
import org.marketproof.market.strategy.UtilityFigure;

/**
 * The strategic claims of paper 000 checked on one mechanism and instance: ICC (section 3.2,
 * Theorem 5.1), Lemma 9's utility curve, Theorem 3 (as a search for a witness that truthful play is
 * not dominant), Theorem 4 (profit bound at the recommended equilibrium), IRC, IRB and BB under the
 * mechanism. Every FALSIFIED verdict comes with a {@link Counterexample} that replays.
 */
public final class StrategicClaims {

    private static final String ICC_SOURCE = "paper 000, section 3.2 and Theorem 5.1 (appendix A, Lemmas 7-9)";

    private StrategicClaims() {
    }

    /**
     * The verdicts and the counterexamples behind the falsified ones.
     *
     * @param verdicts one per claim
     * @param counterexamples one per FALSIFIED verdict, shrunk, each replays
     */
    public record Report(List<ClaimVerdict> verdicts, List<Counterexample> counterexamples) {
    }

    /** @return the verdicts of {@link #run} */
    public static List<ClaimVerdict> check(Mechanism mechanism, MarketInstance instance, long seed) {
        return run(mechanism, instance, seed, DeviationSearch.standard(org.marketproof.market.strategy.Progress.NONE))
                .verdicts();
    }

    /**
     * @param seed every random choice derives from it; it is printed in the evidence
     */
    public static Report run(Mechanism mechanism, MarketInstance instance, long seed, DeviationSearch search) {
        String subject = mechanism.name() + " on " + describe(instance);
        Game game;
        try {
            game = Game.of(mechanism, instance);
        } catch (InvalidInputException e) {
            List<ClaimVerdict> na = new ArrayList<>();
            for (String claim : List.of("ICC", "Lemma 9", "Theorem 3", "Theorem 4", "IRC", "IRB", "BB")) {
                na.add(new ClaimVerdict(claim, ICC_SOURCE, subject, Verdict.NOT_APPLICABLE,
                        "the mechanism cannot serve the instance: " + e.getMessage()));
            }
            return new Report(na, List.of());
        }
        Checker c = new Checker(game, mechanism, instance, subject, new SplittableRandom(seed), seed, search);
        c.icc();
        c.lemma9();
        c.theorem3();
        c.irc();
        c.irb();
        c.bb();
        c.theorem4();
        return new Report(List.copyOf(c.verdicts), List.copyOf(c.counterexamples));
    }

    static String describe(MarketInstance instance) {
        StringBuilder b = new StringBuilder("instance(sigma^2=" + Figures.format(instance.variance()) + ", c=[");
        for (int i = 0; i < instance.contributors().size(); i++) {
            b.append(i == 0 ? "" : ", ").append(Figures.format(instance.cost(i)));
        }
        return b.append("], |B|=").append(instance.buyerCount()).append(")").toString();
    }

    /** The checks, sharing the game and the seeds. */
    private static final class Checker {
        final Game game;
        final Mechanism mechanism;
        final MarketInstance instance;
        final String subject;
        final SplittableRandom seeds;
        final long seed;
        final DeviationSearch search;
        final ExactEvaluator exact = new ExactEvaluator();
        final Profile star;
        final List<ClaimVerdict> verdicts = new ArrayList<>();
        final List<Counterexample> counterexamples = new ArrayList<>();
        boolean iccFalsified;

        Checker(Game game, Mechanism mechanism, MarketInstance instance, String subject, SplittableRandom seeds, long seed,
                DeviationSearch search) {
            this.game = game;
            this.mechanism = mechanism;
            this.instance = instance;
            this.subject = subject;
            this.seeds = seeds;
            this.seed = seed;
            this.search = search;
            this.star = Profile.recommended(game.design());
        }

        GivenPricing pricing() {
            return pricingOf(game.design());
        }

        void verdict(String claim, String source, Verdict v, String evidence) {
            verdicts.add(new ClaimVerdict(claim, source, subject, v, evidence + " [seed " + seed + "]"));
        }

        /** Keeps a counterexample if it replays, with the replay's figures; returns it shrunk. */
        Optional<Counterexample> certify(Counterexample ce) {
            Counterexample shrunk = Shrinker.shrink(ce, mechanism);
            Replay.Outcome o = Replay.check(shrunk, mechanism);
            if (!o.reproduces()) {
                return Optional.empty();
            }
            Counterexample done = shrunk.withFigures(o.figures());
            counterexamples.add(done);
            return Optional.of(done);
        }

        Counterexample deviation(String claim, String source, Profile base, Deviation d) {
            boolean ex = d.exactGain().isPresent();
            SimulationParams sp = ex ? SimulationParams.EXACT : SimulationParams.of(d.deviating());
            return new Counterexample(claim, source, "deviation", mechanism.name(), instance, pricing(), base,
                    d.contributor(), d.strategy(), null, ex ? "exact" : "simulation", sp.samples, sp.level, d.seed(),
                    Map.of());
        }

        void icc() {
            Deviation worst = null;
            int tried = 0;
            for (int i = 0; i < game.contributors(); i++) {
                DeviationSearch.Result r = search.search(game, star, i, seeds.nextLong());
                tried += r.tried();
                Deviation d = r.best();
                if (d.certified()) {
                    Optional<Counterexample> ce = certify(deviation("ICC", ICC_SOURCE, star, d));
                    if (ce.isPresent()) {
                        iccFalsified = true;
                        verdict("ICC", ICC_SOURCE, Verdict.FALSIFIED, "s* is not a Nash equilibrium: " + ce.get().figures());
                        return;
                    }
                }
                if (worst == null || d.gainPoint() > worst.gainPoint()) {
                    worst = d;
                }
            }
            verdict("ICC", ICC_SOURCE, Verdict.NO_COUNTEREXAMPLE_FOUND, tried + " unilateral deviations searched "
                    + "(enumeration, random composition, local improvement); best gain found (a lower bound on the "
                    + "true best gain): " + (worst == null ? "none" : worst.describe()));
        }

        void lemma9() {
            String source = "paper 000, Lemma 9 (appendix B)";
            StringBuilder ev = new StringBuilder();
            for (int i = 0; i < game.contributors(); i++) {
                int target = game.design().instruction(i);
                if (target == 0) {
                    continue;
                }
                Optional<UtilityFigure> atStar = exact.contributorUtility(game, star, i, 0);
                if (atStar.isEmpty()) {
                    verdict("Lemma 9", source, Verdict.NOT_APPLICABLE, "no closed form: the mechanism does not declare "
                            + "that it depends only on sizes and means; the ICC search covers f_b by simulation");
                    return;
                }
                int bestN = target;
                Extended best = atStar.get().exactValue();
                List<Integer> ns = new ArrayList<>(new StrategyCatalog(target, instance.variance()).usefulCollections());
                ns.remove(Integer.valueOf(0));
                for (int n : ns) {
                    Strategy fb = Strategy.of(n, new Submissions.ResizeKeepingMean(target));
                    Extended u = exact.contributorUtility(game, star.with(i, fb), i, 0).orElseThrow().exactValue();
                    if (greater(u, best)) {
                        best = u;
                        bestN = n;
                    }
                }
                ev.append("contributor ").append(i + 1).append(": u(n, f_b) peaks at n = ").append(bestN)
                        .append(" (N_i* = ").append(target).append(", u = ").append(best).append("); ");
                if (bestN != target) {
                    Strategy fb = Strategy.of(bestN, new Submissions.ResizeKeepingMean(target));
                    Counterexample ce = new Counterexample("Lemma 9", source, "deviation", mechanism.name(), instance,
                            pricing(), star, i, fb, null, "exact", 0, 1.0, 0, Map.of());
                    Optional<Counterexample> done = certify(ce);
                    if (done.isPresent()) {
                        verdict("Lemma 9", source, Verdict.FALSIFIED, "utility curve in n under f_b does not peak at N_i*: "
                                + ev + done.get().figures());
                        return;
                    }
                }
            }
            verdict("Lemma 9", source, ev.length() == 0 ? Verdict.NOT_APPLICABLE : Verdict.HOLDS,
                    ev.length() == 0 ? "no contributor is instructed to collect" : "exact over n in the useful range: " + ev);
        }

        void theorem3() {
            String source = "paper 000, Theorem 3 and Lemma 5 (section 4)";
            StringBuilder ev = new StringBuilder();
            boolean any = false;
            for (int i = 0; i < game.contributors(); i++) {
                int target = game.design().instruction(i);
                if (target == 0) {
                    continue;
                }
                any = true;
                // Lemma 5's s_-i: the others collect nothing and submit draws from a fixed N(0, sigma^2)
                Profile others = star;
                for (int k = 0; k < game.contributors(); k++) {
                    if (k != i) {
                        others = others.with(k, Strategy.of(0, new Submissions.FixedNormal(0, instance.variance(),
                                game.design().instruction(k))));
                    }
                }
                DeviationSearch.Result r = search.search(game, others, i, seeds.nextLong());
                if (!r.best().certified()) {
                    verdict("Theorem 3", source, Verdict.NO_COUNTEREXAMPLE_FOUND, "no witness found for contributor "
                            + (i + 1) + " against Lemma 5's s_-i: best " + r.best().describe());
                    return;
                }
                ev.append("contributor ").append(i + 1).append(": truthful (").append(target)
                        .append(", I) is not a best response when the others collect nothing and submit N(0, sigma^2) "
                                + "draws: ").append(r.best().describe()).append("; ");
            }
            verdict("Theorem 3", source, any ? Verdict.HOLDS : Verdict.NOT_APPLICABLE, any
                    ? "witness found (certified), so no contributor instructed to collect has a dominant strategy: " + ev
                    : "no contributor is instructed to collect; Theorem 3 concerns n_i > 0");
        }

        void irc() {
            String source = "paper 000, section 3.2 (IRC) and Theorem 5.1";
            StringBuilder ev = new StringBuilder();
            for (int i = 0; i < game.contributors(); i++) {
                Optional<UtilityFigure> u = exact.contributorUtility(game, star, i, 0);
                if (u.isEmpty()) {
                    verdict("IRC", source, Verdict.NOT_APPLICABLE, "no closed form for u_i(s*) under this mechanism");
                    return;
                }
                ev.append("u_").append(i + 1).append("(s*) = ").append(u.get().exactValue()).append("; ");
                if (u.get().upper() < 0) {
                    Counterexample ce = new Counterexample("IRC", source, "irc", mechanism.name(), instance, pricing(), star,
                            i, null, null, "exact", 0, 1.0, 0, Map.of());
                    Optional<Counterexample> done = certify(ce);
                    if (done.isPresent()) {
                        verdict("IRC", source, Verdict.FALSIFIED, ev + "negative: " + done.get().figures());
                        return;
                    }
                }
            }
            verdict("IRC", source, Verdict.HOLDS, "exact: " + ev);
        }

        void irb() {
            String source = "paper 000, section 3.2 (IRB), utility (9) and Theorem 5.1";
            StringBuilder ev = new StringBuilder();
            for (int j = 0; j < instance.buyers().size(); j++) {
                if (exact.buyerUtility(game, star, j, 0).isEmpty()) {
                    verdict("IRB", source, Verdict.NOT_APPLICABLE, "no closed form for the prices under this mechanism");
                    return;
                }
                Counterexample ce = new Counterexample("IRB", source, "irb", mechanism.name(), instance, pricing(), star, j,
                        null, null, "exact", 0, 1.0, 0, Map.of());
                Replay.Outcome o = Replay.check(ce, mechanism);
                ev.append(instance.buyers().get(j).name()).append(": u = ").append(o.figures().get("u_buyer (9)"))
                        .append("; ");
                if (o.reproduces()) {
                    certify(ce);
                    verdict("IRB", source, Verdict.FALSIFIED, ev + "buyer utility (9) negative: " + o.figures());
                    return;
                }
            }
            verdict("IRB", source, Verdict.HOLDS, "exact at s*: " + ev);
        }

        void bb() {
            String source = "paper 000, section 3.2 (BB), proof in appendix A";
            int[] sizes = new int[game.contributors()];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = game.design().instruction(i);
            }
            Optional<SettlementForms> forms = game.forms(sizes);
            if (forms.isEmpty()) {
                verdict("BB", source, Verdict.NOT_APPLICABLE, "no closed form; budget balance is checked per realization by "
                        + "the market claims");
                return;
            }
            MeanQuadraticForm surplus = ExactEvaluator.surplusForm(game, forms.get());
            if (surplus.isZero()) {
                verdict("BB", source, Verdict.HOLDS, "exact: total prices - total payments is the zero polynomial in the "
                        + "submitted means at the instructed sizes, so it vanishes for every realization");
                return;
            }
            // a realization that shows it: means 0 and 1 for the first two contributors
            List<double[]> subs = new ArrayList<>();
            for (int i = 0; i < sizes.length; i++) {
                double[] y = new double[sizes[i]];
                java.util.Arrays.fill(y, i == 0 ? 0.0 : 1.0);
                subs.add(y);
            }
            Counterexample ce = new Counterexample("BB", source, "bb", mechanism.name(), instance, pricing(), star, -1, null,
                    subs, "exact", 0, 1.0, 0, Map.of());
            Replay.Outcome o = Replay.check(ce, mechanism);
            if (!o.reproduces()) {
                // the surplus vanishes at this realization; it is a non-zero polynomial, so at means (0, 0) or (1, 1)
                subs.replaceAll(y -> { java.util.Arrays.fill(y, 0.0); return y; });
                o = Replay.check(ce, mechanism);
            }
            certify(ce);
            verdict("BB", source, o.reproduces() ? Verdict.FALSIFIED : Verdict.NO_COUNTEREXAMPLE_FOUND,
                    "total prices - total payments at the instructed sizes is not identically 0; realization: " + o.figures());
        }

        void theorem4() {
            String source = "paper 000, Theorem 4 (section 4)";
            if (iccFalsified) {
                verdict("Theorem 4", source, Verdict.NOT_APPLICABLE, "s* is not a Nash equilibrium (ICC falsified), and "
                        + "the bound is about equilibria");
                return;
            }
            if (game.contributors() < 2) {
                verdict("Theorem 4", source, Verdict.NOT_APPLICABLE, "needs two contributors (c_2)");
                return;
            }
            Optional<MuQuadratic> profit = exact.expectedProfit(game, star);
            if (profit.isEmpty()) {
                verdict("Theorem 4", source, Verdict.NOT_APPLICABLE, "no closed form for the profit under this mechanism");
                return;
            }
            Extended p = profit.get().infimum();
            OptBounds opt = OptBounds.of(instance);
            BigFraction gap = BigFraction.from(instance.cost(1)).subtract(BigFraction.from(instance.cost(0)));
            String figures = "profit(M, s*) = " + p + ", OPT in [" + Figures.format(opt.lower().doubleValue()) + ", "
                    + Figures.format(opt.upper().doubleValue()) + "] (certified, from " + opt.source() + "), c_2 - c_1 = " + Figures.format(gap.doubleValue()) + "; s* is an equilibrium as far as the "
                    + "ICC search found";
            if (p.isFinite() && FractionOrder.compare(p.value(), opt.upper().subtract(gap)) > 0) {
                Counterexample ce = new Counterexample("Theorem 4", source, "theorem4", mechanism.name(), instance,
                        pricing(), star, -1, null, null, "exact", 0, 1.0, 0, Map.of());
                Optional<Counterexample> done = certify(ce);
                if (done.isPresent()) {
                    verdict("Theorem 4", source, Verdict.FALSIFIED, figures + ": profit exceeds OPT - (c_2 - c_1)");
                    return;
                }
            }
            boolean holds = !p.isFinite() || FractionOrder.compare(p.value(), opt.lower().subtract(gap)) <= 0;
            verdict("Theorem 4", source, holds ? Verdict.HOLDS : Verdict.NO_COUNTEREXAMPLE_FOUND, figures
                    + (holds ? ": profit <= OPT lower bound - (c_2 - c_1)" : ": within the bounds' gap, undecided"));
        }

        private static boolean greater(Extended a, Extended b) {
            if (!a.isFinite() || !b.isFinite()) {
                return a.infinity() > b.infinity() || (a.isFinite() && b.infinity() < 0);
            }
            return FractionOrder.compare(a.value(), b.value()) > 0;
        }
    }

    /** The simulation parameters recorded in a counterexample. */
    private record SimulationParams(int samples, double level) {
        static final SimulationParams EXACT = new SimulationParams(0, 1.0);

        static SimulationParams of(UtilityFigure f) {
            return new SimulationParams((int) f.samples(), f.level());
        }
    }

    /**
     * @return the Algorithm 1 output an Algorithm 2 design (or a flawed one) was built from, recorded
     *     in counterexamples so that they replay with the same design; null for other designs
     */
    static GivenPricing pricingOf(org.marketproof.market.mechanism.Design design) {
        return MechanismCatalog.algorithm1Output(design).map(a -> new GivenPricing(a.nPlus(), a.purchases(), a.prices()))
                .orElse(null);
    }
}
