package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.DoubleField;
import org.marketproof.algebra.ExactField;

/**
 * {@link ContractAlgebra} evaluated exactly ({@link ExactField}) and in doubles ({@link
 * DoubleField}) on the same random inputs: the double result is within its rounding bound of the
 * exact one, and the identities the paper relies on hold exactly: the binding charge (24) makes
 * the IR slack (22) zero, the expected payment (7) plus the variable part is the charge, and (25)
 * is {@code gamma^b_s} plus the coupling.
 */
class ContractAlgebraTest {
    private static final ExactField Q = ExactField.INSTANCE;
    private static final DoubleField D = DoubleField.INSTANCE;

    @Property(tries = 300)
    void exactAndDoubleEvaluationsAgreeAndTheIdentitiesHoldExactly(
            @ForAll @Size(min = 1, max = 4) List<@DoubleRange(min = 0, max = 10) Double> a,
            @ForAll @DoubleRange(min = 0, max = 5) double ownVariance,
            @ForAll @DoubleRange(min = 0, max = 5) double peerVariance,
            @ForAll @DoubleRange(min = -3, max = 3) double chargeOffset,
            @ForAll @DoubleRange(min = 0, max = 20) double effort,
            @ForAll @IntRange(min = 0, max = 3) int payer) {
        int b = payer % a.size();
        List<BigFraction> qExact = new ArrayList<>();
        List<Double> qDouble = new ArrayList<>();
        for (double aj : a) {
            BigFraction exact = ContractAlgebra.variablePayment(Q, Q.of(aj), Q.of(ownVariance), Q.of(peerVariance));
            double approx = ContractAlgebra.variablePayment(D, aj, ownVariance, peerVariance);
            assertClose(exact, approx, 2, exact.doubleValue());
            qExact.add(exact);
            qDouble.add(approx);
        }
        List<BigFraction> othersExact = new ArrayList<>();
        List<Double> othersDouble = new ArrayList<>();
        for (int j = 0; j < a.size(); j++) {
            if (j != b) {
                othersExact.add(qExact.get(j).add(Q.of(chargeOffset)));
                othersDouble.add(qDouble.get(j) + chargeOffset);
            }
        }
        BigFraction binding = ContractAlgebra.bindingCharge(Q, qExact, Q.of(effort), othersExact);
        double bindingDouble = ContractAlgebra.bindingCharge(D, qDouble, effort, othersDouble);
        double magnitude = effort;
        for (int j = 0; j < a.size(); j++) {
            magnitude += 2 * qDouble.get(j) + Math.abs(chargeOffset);
        }
        int operations = 2 * a.size() + 4;
        assertClose(binding, bindingDouble, operations, magnitude);

        List<BigFraction> charges = new ArrayList<>(othersExact);
        charges.add(b, binding);
        assertEquals(BigFraction.ZERO, ContractAlgebra.participationSlack(Q, charges, qExact, Q.of(effort)),
                "binding IR (24) leaves slack (22)");
        assertEquals(binding, ContractAlgebra.expectedPayment(Q, binding, qExact.get(b)).add(qExact.get(b)));
        BigFraction gamma = Q.of(ownVariance);
        BigFraction coupling = Q.of(peerVariance);
        assertEquals(gamma.add(coupling), ContractAlgebra.firstOrderCoefficient(Q, gamma, coupling));
        assertClose(ContractAlgebra.expectedPayment(Q, binding, qExact.get(b)),
                ContractAlgebra.expectedPayment(D, bindingDouble, qDouble.get(b)), operations + 3, magnitude);
    }

    /**
     * A sum or product of {@code operations} roundings, each at most {@code eps/2} relative to a
     * partial result bounded by {@code magnitude}, is off by at most {@code operations * eps *
     * magnitude} (plus the rounding of the exact value to a double for display).
     */
    private static void assertClose(BigFraction exact, double approx, int operations, double magnitude) {
        double e = exact.doubleValue();
        double bound = operations * Math.ulp(1.0) * magnitude + Math.ulp(e);
        assertTrue(Math.abs(approx - e) <= bound, "exact " + e + " vs double " + approx + ", bound " + bound);
    }

}
