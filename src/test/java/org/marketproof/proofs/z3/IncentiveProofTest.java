package org.marketproof.proofs.z3;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.RealSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real-number steps of ICC for Algorithm 2 (paper 000, section 5.1 and appendix B), over the
 * production formulas. Hypotheses: those of {@link SymbolicAlgorithm2} (sigma^2, c_i, N_i* > 0),
 * plus n > 0 where a deviation n appears; two buyers.
 *
 * <ul>
 *   <li>Lemma 9: after Lemma 8 a contributor who collects n points earns in expectation
 *       u(n) = E[pi_i] - c_i n with E[(mu(X_i) - mu(Y_{-i}))^2] = sigma^2/n + sigma^2/N_{-i}*;
 *       u(N_i*) - u(n) = c_i (n - N_i*)^2 / n, so u is maximised over n > 0 exactly at N_i*.
 *   <li>Lemma 7's inequality I(|Y_i| = N_i*) B_i <= B_i for the bracket B_i of (15): true when
 *       W >= 0, false without it.
 * </ul>
 * The probabilistic steps (Lemma 8: the sample mean is minimax; the expectation of the squared
 * gap) are not in Z3's scope; they enter as the stated expectation.
 */
class IncentiveProofTest {

    private static final int BUYERS = 2;

    @ParameterizedTest(name = "contributor {0}")
    @ValueSource(ints = {1, 2})
    void lemma9UtilityLossIsCostTimesSquaredDeviationOverN(int i) {
        try (Lemma9 l = new Lemma9(i)) {
            Z3RealField f = l.prover.field;
            ArithExpr<RealSort> deviation = f.subtract(l.n, l.m.instruction(i));
            ArithExpr<RealSort> loss = f.divide(f.multiply(l.m.algebra.cost(i), f.square(deviation)), l.n);
            assertTrue(l.prover.check("Lemma 9, i=" + i + ": u(N_i*) - u(n) = c_i (n - N_i*)^2 / n",
                    l.prover.eq(f.subtract(l.atInstruction, l.atN), loss)).proved());
        }
    }

    @ParameterizedTest(name = "contributor {0}")
    @ValueSource(ints = {1, 2})
    void lemma9InstructionIsTheUniqueMaximiser(int i) {
        try (Lemma9 l = new Lemma9(i)) {
            assertTrue(l.prover.check("Lemma 9, i=" + i + ": u(n) <= u(N_i*) for all n > 0",
                    l.prover.ctx.mkLe(l.atN, l.atInstruction)).proved());
            BoolExpr tie = l.prover.eq(l.atN, l.atInstruction);
            assertTrue(l.prover.check("Lemma 9, i=" + i + ": u(n) = u(N_i*) only at n = N_i*",
                    l.prover.ctx.mkImplies(tie, l.prover.eq(l.n, l.m.instruction(i)))).proved());
        }
    }

    @ParameterizedTest(name = "contributor {0}")
    @ValueSource(ints = {1, 2})
    void lemma7RightSizeNeverPaysLessWhenProfitIsNonNegative(int i) {
        try (RealProver prover = new RealProver()) {
            SymbolicAlgorithm2 m = new SymbolicAlgorithm2(prover, BUYERS);
            prover.assume(prover.ctx.mkGe(m.algebra.w(), prover.field.zero()));
            assertTrue(prover.check("Lemma 7, i=" + i + ", W >= 0: pi_i(wrong size) <= pi_i(right size)",
                    rightSizePaysAtLeastAsMuch(m, i)).proved());
        }
    }

    /**
     * FINDING: without W >= 0 the bracket of (15) for contributor 1 can be negative (when c_2 is
     * much larger than c_1, so that W < 0), and then contributor 1 is paid more for submitting the
     * wrong number of points: Lemma 7 needs a hypothesis such as W >= 0, like IRC. (For contributor
     * 2 the bracket is >= N_1* N_2* (c_2 - c_1)/N+ >= 0 whenever q_j >= 0 and c_1 <= c_2.)
     */
    @Test
    void lemma7FailsWithoutTheProfitHypothesis() {
        try (RealProver prover = new RealProver()) {
            SymbolicAlgorithm2 m = new SymbolicAlgorithm2(prover, BUYERS);
            m.assumeRealisticPrices();
            assertTrue(prover.check("Lemma 7, i=1, q_j >= 0, c_1 <= c_2, W unconstrained: pi_1(wrong size) <= pi_1(right size)",
                    rightSizePaysAtLeastAsMuch(m, 1)).refuted());
        }
    }

    private static BoolExpr rightSizePaysAtLeastAsMuch(SymbolicAlgorithm2 m, int i) {
        ArithExpr<RealSort> own = m.prover.field.variable("m_own");
        ArithExpr<RealSort> other = m.prover.field.variable("m_other");
        return m.prover.ctx.mkLe(m.algebra.payment(i, false, own, other), m.algebra.payment(i, true, own, other));
    }

    /** Contributor i's expected utility after Lemma 8 at a symbolic n > 0 and at n = N_i*. */
    private static final class Lemma9 implements AutoCloseable {
        final RealProver prover = new RealProver();
        final SymbolicAlgorithm2 m = new SymbolicAlgorithm2(prover, BUYERS);
        final ArithExpr<RealSort> n = prover.field.variable("n");
        final ArithExpr<RealSort> atN;
        final ArithExpr<RealSort> atInstruction;

        Lemma9(int i) {
            prover.assumePositive(n);
            atN = utility(i, n);
            atInstruction = utility(i, m.instruction(i));
        }

        /** @return E[pi_i] - c_i n when i collects n points and reports their mean with N_i* points */
        private ArithExpr<RealSort> utility(int i, ArithExpr<RealSort> collected) {
            Z3RealField f = prover.field;
            ArithExpr<RealSort> gap = m.algebra.expectedSquaredGap(f.zero(), f.divide(m.variance, collected),
                    f.zero(), f.divide(m.variance, m.algebra.otherInstruction(i)));
            ArithExpr<RealSort> expected = m.algebra.paymentForSquaredGap(i, true, gap);
            return f.subtract(expected, f.multiply(m.algebra.cost(i), collected));
        }

        @Override
        public void close() {
            prover.close();
        }
    }
}
