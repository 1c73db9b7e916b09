package org.marketproof.proofs;

import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marketproof.algebra.FractionOrder;
import org.marketproof.market.strategy.DataLaw;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.StrategyCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The hypothesis under which Z3 proves Lemma 8 of paper 000 ({@code IncentiveProofTest}): every
 * submission the strategy search evaluates exactly has a mean with E = alpha mu + beta and a
 * variance v >= alpha^2 sigma^2 / n, where n is the number of points collected (the Cramer-Rao
 * bound; with n = 0 the data cannot depend on mu, alpha = 0). Checked exactly on every named
 * strategy of {@link StrategyCatalog#enumerate} and on {@value #RANDOM} random compositions (seed
 * {@value #SEED}), for each branch whose law is exact. This is a check on instances of the
 * catalog, not a proof for every composition.
 */
class CramerRaoBoundTest {

    private static final long SEED = 20_261_128L;
    private static final int RANDOM = 2_000;

    @ParameterizedTest(name = "N_i* = {0}, sigma^2 = {1}")
    @CsvSource({"1, 1", "3, 2.5", "8, 0.25"})
    void everyExactlyEvaluatedSubmissionRespectsTheBound(int instructed, double variance) {
        StrategyCatalog catalog = new StrategyCatalog(instructed, variance);
        List<Strategy> strategies = new ArrayList<>(catalog.enumerate());
        System.out.println("CramerRaoBoundTest seed " + SEED);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
        for (int k = 0; k < RANDOM; k++) {
            strategies.add(catalog.random(rng));
        }
        BigFraction sigma2 = BigFraction.from(variance);
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Strategy s : strategies) {
            Optional<List<Strategy.Branch>> branches = s.laws(sigma2);
            if (branches.isEmpty()) {
                continue;
            }
            for (Strategy.Branch b : branches.get()) {
                checked++;
                if (!respectsBound(b.law(), b.collected(), sigma2)) {
                    violations.add(s.name() + " (n = " + b.collected() + ": " + b.law() + ")");
                }
            }
        }
        System.out.println("CramerRaoBoundTest: " + checked + " exact branches of " + strategies.size() + " strategies");
        assertEquals(List.of(), violations);
    }

    /** @return v >= alpha^2 sigma^2 / n for n > 0; alpha = 0 for n = 0 */
    static boolean respectsBound(DataLaw law, int collected, BigFraction variance) {
        if (collected == 0) {
            return law.alpha().signum() == 0;
        }
        BigFraction bound = law.alpha().multiply(law.alpha()).multiply(variance).divide(collected);
        return FractionOrder.compare(law.meanVariance(), bound) >= 0;
    }
}
