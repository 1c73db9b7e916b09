package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.rng.simple.RandomSource;

/** Theorem 2: bounded effort. */
class Theorem2Properties {

    @Provide
    Arbitrary<CompetitionInstance> bounded() {
        return Markets.instances(Markets.BOUNDED);
    }

    @Property(tries = 6)
    void withBoundedEffortAnEquilibriumAlwaysExists(@ForAll("bounded") CompetitionInstance market, @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).boundedExistence();
        assertTrue(v.applicable() && v.holds(), v.evidence());
    }

    @Property(tries = 4)
    void withBoundedEffortEveryPolytopePointIsAnEquilibrium(@ForAll("bounded") CompetitionInstance market,
            @ForAll long seed) {
        ClaimVerdict v = new CompetitionClaims(market, seed).polytopeIsEquilibrium();
        assertTrue(v.holds(), v.evidence());
    }

    /** Theorem 2 item 1 on the bundled bounded example: two equilibria with different a, both confirmed by the oracle. */
    @Example
    void twoEquilibriaWithDifferentCoefficientsExist() {
        CompetitionInstance instance = CompetitionFile.read(Path.of("src/main/resources/examples/competition-bounded.json"));
        Market market = new Market(instance);
        List<Equilibrium> found = new EquilibriumSolver(market).analyze().equilibria();
        assertTrue(found.size() >= 2, "found " + found.size());
        assertTrue(EquilibriumSolver.distance(found.get(0).a(), found.get(1).a()) > 1e-3);
        DeviationOracle oracle = new DeviationOracle(market, 2);
        for (Equilibrium e : found) {
            var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
            OracleReport r = oracle.check(new ChargePolytope(market, e.a()).randomPoint(rng), e.a(), rng);
            assertTrue(r.equilibrium(), r.summary());
        }
    }
}
