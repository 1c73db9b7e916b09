package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.math3.linear.RealMatrix;
import org.marketproof.testing.CompetitionArbitraries;

/**
 * The exact constants ({@link ExactMarket}: xi from explicit leave-one-out refits in rationals)
 * against the double ones ({@link Market}, {@link SeparableEstimator}: Sherman-Morrison on the hat
 * matrix), two independent routes to (17)-(19) and (26).
 */
class ExactMarketTest {

    @Provide
    Arbitrary<CompetitionInstance> markets() {
        return Arbitraries.oneOf(CompetitionArbitraries.instances(CompetitionArbitraries.THEOREM1_AS_STATED), CompetitionArbitraries.instances(CompetitionArbitraries.PARTIAL),
                CompetitionArbitraries.instances(CompetitionArbitraries.BOUNDED));
    }

    @Property(tries = 40)
    void exactAndDoubleConstantsAgree(@ForAll("markets") CompetitionInstance instance) {
        Market m = new Market(instance);
        ExactMarket em = ExactMarket.of(m).orElseThrow();
        for (int s = 0; s < m.sourceCount(); s++) {
            assertEquals(m.effort(s).lowerThreshold(), em.lowerThreshold(s).doubleValue(),
                    1e-14 * m.effort(s).lowerThreshold());
            for (int b = 0; b < m.aggregatorCount(); b++) {
                assertEquals(m.demand(b, s), em.demand(b, s).doubleValue(), 1e-9 * (1 + Math.abs(m.demand(b, s))),
                        "gamma^" + b + "_" + s);
            }
        }
        RealMatrix dense = new CouplingMatrix(m).dense();
        var exact = em.couplingMatrix();
        for (int i = 0; i < em.dimension(); i++) {
            for (int j = 0; j < em.dimension(); j++) {
                double x = exact[i][j].doubleValue();
                assertEquals(x, dense.getEntry(i, j), 1e-8 * (1 + x), "Xi[" + i + "][" + j + "]");
            }
        }
    }
}
