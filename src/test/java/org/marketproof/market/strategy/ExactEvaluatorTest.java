package org.marketproof.market.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.marketproof.market.mechanism.Algorithm2Design;

/** The exact evaluator against the paper's own closed forms (appendix A, Lemma 9). */
class ExactEvaluatorTest {

    private final ExactEvaluator exact = new ExactEvaluator();

    @Test
    void truthfulUtilityIsTheProfitShareOfTheIrcProof() {
        Scenarios sc = Scenarios.ordinary();
        Game game = Game.of(sc.paper(), sc.instance());
        Algorithm2Design d = (Algorithm2Design) game.design();
        Profile star = Profile.recommended(d);
        for (int i = 0; i < 3; i++) {
            UtilityFigure u = exact.contributorUtility(game, star, i, 0).orElseThrow();
            assertEquals(Extended.of(d.truthfulUtility(i)), u.exactValue(), "contributor " + (i + 1));
        }
    }

    @Test
    void lemma9CurveIsMinusCnMinusDSigmaSquaredOverN() {
        Scenarios sc = Scenarios.ordinary();
        Game game = Game.of(sc.paper(), sc.instance());
        Algorithm2Design d = (Algorithm2Design) game.design();
        var a = d.algebra();
        Profile star = Profile.recommended(d);
        BigFraction sigma2 = game.variance();
        for (int n = 1; n <= 12; n++) {
            Strategy fb = Strategy.of(n, new Submissions.ResizeKeepingMean(d.n1()));
            BigFraction expected = a.paymentBase(1).subtract(a.cost(1).multiply(n))
                    .subtract(a.d(1).multiply(sigma2).divide(n)).subtract(a.d(1).multiply(sigma2).divide(d.n2()));
            assertEquals(Extended.of(expected), exact.contributorUtility(game, star.with(0, fb), 0, 0).orElseThrow()
                    .exactValue(), "n = " + n);
        }
    }

    @Test
    void aStrategyThatIgnoresMuIsUnboundedBelow() {
        Scenarios sc = Scenarios.ordinary();
        Game game = Game.of(sc.paper(), sc.instance());
        Profile star = Profile.recommended(game.design());
        UtilityFigure u = exact.contributorUtility(game, star.with(0, Strategy.of(0, new Submissions.Constant(0, 5))), 0, 0)
                .orElseThrow();
        assertFalse(u.exactValue().isFinite());
        assertTrue(u.exactValue().infinity() < 0);
    }
}
