package org.marketproof.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.market.strategy.Deviation;
import org.marketproof.market.strategy.DeviationSearch;
import org.marketproof.market.strategy.Game;
import org.marketproof.market.strategy.Generators;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.Progress;
import org.marketproof.market.strategy.Scenarios;
import org.marketproof.market.strategy.SimulationEvaluator;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.Submissions;

/** The catalog and Theorem 3 on generated instances. */
class CatalogProperties {

    private static final DeviationSearch LIGHT = new DeviationSearch(new SimulationEvaluator(200, 0.999),
            new SimulationEvaluator(4000, 1 - 1e-6), 10, 2, Progress.NONE);

    @Provide
    Arbitrary<Scenarios> catalogScenarios() {
        return Generators.scenariosForTheCatalog();
    }

    @Provide
    Arbitrary<String> flawed() {
        return Arbitraries.of(MechanismCatalog.names().stream().filter(n -> !n.equals("paper") && !n.equals("nothing-sold"))
                .toList());
    }

    @Provide
    Arbitrary<String> instructing() {
        return Arbitraries.of(MechanismCatalog.names().stream().filter(n -> !n.equals("nothing-sold")).toList());
    }

    /** Every broken mechanism falsifies at least one claim, with a counterexample that replays. */
    @Property(tries = 40)
    void everyBrokenMechanismIsCaught(@ForAll("flawed") String name, @ForAll("catalogScenarios") Scenarios sc,
            @ForAll long seed) {
        Mechanism m = MechanismCatalog.named(name, sc.pricing());
        StrategicClaims.Report r = StrategicClaims.run(m, sc.instance(), seed, LIGHT);
        assertTrue(r.verdicts().stream().anyMatch(v -> v.verdict().failsGate()), () -> name + " not caught: " + r.verdicts());
        r.counterexamples().forEach(ce -> CatalogTest.assertReplays(ce, m));
    }

    /**
     * Theorem 3 (via Lemma 5): for the paper's mechanism and every catalog variant, against others
     * who collect nothing and submit draws from N(0, sigma^2), collecting N_i* > 0 and reporting
     * truthfully is certifiably not a best response.
     */
    @Property(tries = 40)
    void truthfulPlayIsNeverDominant(@ForAll("instructing") String name, @ForAll("catalogScenarios") Scenarios sc,
            @ForAll long seed) {
        Mechanism m = MechanismCatalog.named(name, sc.pricing());
        Game game = Game.of(m, sc.instance());
        for (int c = 0; c < game.contributors(); c++) {
            int i = c;
            if (game.design().instruction(i) == 0) {
                continue;
            }
            Profile lemma5 = Profile.recommended(game.design());
            for (int k = 0; k < game.contributors(); k++) {
                if (k != i) {
                    lemma5 = lemma5.with(k, Strategy.of(0, new Submissions.FixedNormal(0, sc.instance().variance(),
                            game.design().instruction(k))));
                }
            }
            Deviation d = LIGHT.search(game, lemma5, i, seed + i).best();
            assertTrue(d.certified(), () -> "no witness against dominance for contributor " + (i + 1)
                    + " under " + name + ": " + d.describe());
        }
    }
}
