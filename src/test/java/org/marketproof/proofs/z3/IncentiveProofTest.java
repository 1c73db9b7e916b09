package org.marketproof.proofs.z3;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.RealSort;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real-number steps of ICC for Algorithm 2 (paper 000, section 5.1 and appendix B), over the
 * production formulas, for every number of buyers and every total base price (the symbols of
 * {@link SymbolicAlgorithm2}), for both contributors i = 1, 2; n > 0 where a deviation n appears.
 *
 * <ul>
 *   <li>Lemma 7's inequality I(|Y_i| = N_i*) B_i <= B_i for the bracket B_i of (15): true when
 *       W >= 0, false without it.
 *   <li>Lemma 8 for the estimators the strategy search evaluates exactly: a submission whose mean
 *       has E = alpha mu + beta and a variance v that does not depend on mu ({@code DataLaw}). If
 *       v >= alpha^2 sigma^2 / n (the Cramer-Rao bound for n normal observations, a probabilistic
 *       fact that enters as a hypothesis), some mu makes the expected payment (15) no larger than
 *       that of resubmitting the sample mean of the n points, so the worst case over mu is no
 *       better: u(f_a) <= u(f_b). Without the bound (an estimator better than the sample mean)
 *       Z3 finds a counterexample. That the search's submissions satisfy the bound is checked on
 *       each of them ({@code CramerRaoBoundTest}).
 *   <li>Lemma 9: after Lemma 8 a contributor who collects n points earns in expectation
 *       u(n) = E[pi_i] - c_i n with E[(mu(X_i) - mu(Y_{-i}))^2] = sigma^2/n + sigma^2/N_{-i}*;
 *       u(N_i*) - u(n) = c_i (n - N_i*)^2 / n, so u is maximised over n > 0 exactly at N_i*.
 * </ul>
 */
class IncentiveProofTest {

    @TestFactory
    Stream<DynamicTest> proofs() {
        return Obligation.tests(obligations());
    }

    static List<Obligation> obligations() {
        List<Obligation> all = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            int c = i;
            all.add(Obligation.proved("Lemma 7, i=" + c + ", W >= 0: pi_i(wrong size) <= pi_i(right size)", p -> {
                SymbolicAlgorithm2 m = new SymbolicAlgorithm2(p);
                p.assume(p.ctx.mkGe(m.algebra.w(), p.field.zero()));
                return rightSizePaysAtLeastAsMuch(m, c);
            }));
            all.add(Obligation.proved("Lemma 8, i=" + c + ": with Var >= alpha^2 sigma^2/n some mu pays no more than the sample mean",
                    p -> new Lemma8(p, c, true).worstCaseNoBetter()));
            all.add(Obligation.refuted("Lemma 8, i=" + c + ", without the Cramer-Rao bound (alpha = 1)",
                    p -> new Lemma8(p, c, false).worstCaseNoBetter()));
            all.add(Obligation.proved("Lemma 9, i=" + c + ": u(N_i*) - u(n) = c_i (n - N_i*)^2 / n", p -> {
                Lemma9 l = new Lemma9(p, c);
                Z3RealField f = p.field;
                ArithExpr<RealSort> deviation = f.subtract(l.n, l.m.instruction(c));
                ArithExpr<RealSort> loss = f.divide(f.multiply(l.m.algebra.cost(c), f.square(deviation)), l.n);
                return p.eq(f.subtract(l.atInstruction, l.atN), loss);
            }));
            all.add(Obligation.proved("Lemma 9, i=" + c + ": u(n) <= u(N_i*) for all n > 0",
                    p -> {
                        Lemma9 l = new Lemma9(p, c);
                        return p.ctx.mkLe(l.atN, l.atInstruction);
                    }));
            all.add(Obligation.proved("Lemma 9, i=" + c + ": u(n) = u(N_i*) only at n = N_i*", p -> {
                Lemma9 l = new Lemma9(p, c);
                return p.ctx.mkImplies(p.eq(l.atN, l.atInstruction), p.eq(l.n, l.m.instruction(c)));
            }));
        }
        // FINDING: without W >= 0 the bracket of (15) for contributor 1 can be negative (when c_2
        // is much larger than c_1, so that W < 0), and then contributor 1 is paid more for
        // submitting the wrong number of points: Lemma 7 needs a hypothesis such as W >= 0, like
        // IRC. (For contributor 2 the bracket is >= N_1* N_2* (c_2 - c_1)/N+ >= 0 whenever q_j >= 0
        // and c_1 <= c_2.)
        all.add(Obligation.refuted("Lemma 7, i=1, q_j >= 0, c_1 <= c_2, W unconstrained", p -> {
            SymbolicAlgorithm2 m = new SymbolicAlgorithm2(p);
            m.assumeRealisticPrices();
            return rightSizePaysAtLeastAsMuch(m, 1);
        }));
        return all;
    }

    private static BoolExpr rightSizePaysAtLeastAsMuch(SymbolicAlgorithm2 m, int i) {
        ArithExpr<RealSort> own = m.prover.field.variable("m_own");
        ArithExpr<RealSort> other = m.prover.field.variable("m_other");
        return m.prover.ctx.mkLe(m.algebra.payment(i, false, own, other), m.algebra.payment(i, true, own, other));
    }

    /**
     * Lemma 8 for contributor i who collected n > 0 points and submits N_i* points whose mean has
     * E = alpha mu + beta and variance v, while the others play s*_{-i} (unbiased, variance
     * sigma^2 / N_{-i}*).
     */
    private static final class Lemma8 {
        final RealProver prover;
        final SymbolicAlgorithm2 m;
        final int i;
        final ArithExpr<RealSort> n;
        final ArithExpr<RealSort> alpha;
        final ArithExpr<RealSort> beta;
        final ArithExpr<RealSort> v;

        /** @param cramerRao assume v >= alpha^2 sigma^2 / n; otherwise alpha = 1 and v unconstrained (>= 0) */
        Lemma8(RealProver prover, int i, boolean cramerRao) {
            this.prover = prover;
            this.m = new SymbolicAlgorithm2(prover);
            this.i = i;
            Z3RealField f = prover.field;
            n = f.variable("n");
            alpha = f.variable("alpha");
            beta = f.variable("beta");
            v = f.variable("v");
            prover.assumePositive(n);
            prover.assume(prover.ctx.mkGe(v, f.zero()));
            if (cramerRao) {
                prover.assume(prover.ctx.mkGe(v, f.divide(f.multiply(f.square(alpha), m.variance), n)));
            } else {
                // alpha = 1: the payment does not depend on mu, so a model refutes the claim for every mu
                prover.assume(prover.eq(alpha, f.one()));
            }
        }

        /** @return E[pi_i] when the own mean has bias {@code bias} (relative to mu) and variance {@code var} */
        ArithExpr<RealSort> expectedPayment(ArithExpr<RealSort> bias, ArithExpr<RealSort> var) {
            Z3RealField f = prover.field;
            ArithExpr<RealSort> gap = m.algebra.expectedSquaredGap(bias, var, f.zero(),
                    f.divide(m.variance, m.algebra.otherInstruction(i)));
            return m.algebra.paymentForSquaredGap(i, true, gap);
        }

        /**
         * @return E[pi_i(f_a)] at mu* <= E[pi_i(f_b)] (which does not depend on mu), hence the
         *     infimum over mu of E[pi_i(f_a)] is no larger. The witness mu* is 0 when alpha = 1,
         *     else the mu at which the bias (alpha - 1) mu + beta is sigma^2/n + 1, whose square
         *     exceeds sigma^2/n; Z3 checks it (an existential over mu alone stays undecided).
         */
        BoolExpr worstCaseNoBetter() {
            Z3RealField f = prover.field;
            ArithExpr<RealSort> sampleMeanVariance = f.divide(m.variance, n);
            ArithExpr<RealSort> steep = f.divide(f.subtract(f.add(sampleMeanVariance, f.one()), beta), f.subtract(alpha, f.one()));
            @SuppressWarnings("unchecked")
            ArithExpr<RealSort> mu = (ArithExpr<RealSort>) prover.ctx.mkITE(prover.eq(alpha, f.one()), f.zero(), steep);
            ArithExpr<RealSort> bias = f.add(f.multiply(f.subtract(alpha, f.one()), mu), beta);
            return prover.ctx.mkLe(expectedPayment(bias, v), expectedPayment(f.zero(), sampleMeanVariance));
        }
    }

    /** Contributor i's expected utility after Lemma 8 at a symbolic n > 0 and at n = N_i*. */
    private static final class Lemma9 {
        final RealProver prover;
        final SymbolicAlgorithm2 m;
        final int i;
        final ArithExpr<RealSort> n;
        final ArithExpr<RealSort> atN;
        final ArithExpr<RealSort> atInstruction;

        Lemma9(RealProver prover, int i) {
            this.prover = prover;
            this.m = new SymbolicAlgorithm2(prover);
            this.i = i;
            n = prover.field.variable("n");
            prover.assumePositive(n);
            atN = utility(n);
            atInstruction = utility(m.instruction(i));
        }

        /** @return E[pi_i] - c_i n when i collects n points and reports their mean with N_i* points */
        private ArithExpr<RealSort> utility(ArithExpr<RealSort> collected) {
            Z3RealField f = prover.field;
            ArithExpr<RealSort> gap = m.algebra.expectedSquaredGap(f.zero(), f.divide(m.variance, collected),
                    f.zero(), f.divide(m.variance, m.algebra.otherInstruction(i)));
            ArithExpr<RealSort> expected = m.algebra.paymentForSquaredGap(i, true, gap);
            return f.subtract(expected, f.multiply(m.algebra.cost(i), collected));
        }
    }
}
