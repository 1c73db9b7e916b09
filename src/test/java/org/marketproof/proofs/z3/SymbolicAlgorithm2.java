package org.marketproof.proofs.z3;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.RealSort;
import org.marketproof.market.mechanism.Algorithm2Algebra;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Algorithm 2 of paper 000 with symbolic parameters: the production {@link Algorithm2Algebra}
 * evaluated over {@link Z3RealField}, so each price, payment, d_i and W is the Z3 term of exactly
 * the formula the code computes.
 *
 * <p>Symbols: {@code sigma2} (sigma^2), {@code c1}, {@code c2}, {@code N1}, {@code N2} (the
 * instructions N_i*, taken as positive reals, which covers every integer instance) and one base
 * price {@code q1..qB} per buyer. Standing hypotheses, added to the prover: sigma^2 > 0, N_1* > 0,
 * N_2* > 0 (the formulas divide by them), c_1 > 0 and c_2 > 0 (costs are positive in the paper).
 * The base prices and the means are unconstrained reals.
 */
final class SymbolicAlgorithm2 {

    final RealProver prover;
    final ArithExpr<RealSort> variance;
    final ArithExpr<RealSort> c1;
    final ArithExpr<RealSort> c2;
    final ArithExpr<RealSort> n1;
    final ArithExpr<RealSort> n2;
    final List<ArithExpr<RealSort>> basePrices = new ArrayList<>();
    final Algorithm2Algebra<ArithExpr<RealSort>> algebra;

    SymbolicAlgorithm2(RealProver prover, int buyers) {
        this.prover = prover;
        Z3RealField f = prover.field;
        variance = f.variable("sigma2");
        c1 = f.variable("c1");
        c2 = f.variable("c2");
        n1 = f.variable("N1");
        n2 = f.variable("N2");
        ArithExpr<RealSort> total = f.zero();
        for (int j = 1; j <= buyers; j++) {
            ArithExpr<RealSort> q = f.variable("q" + j);
            basePrices.add(q);
            total = f.add(total, q);
        }
        prover.assumePositive(variance, n1, n2, c1, c2);
        algebra = new Algorithm2Algebra<>(f, variance, c1, c2, n1, n2, total, f.of(buyers));
    }

    /**
     * Adds the hypotheses of a realistic instance: base prices q_j >= 0 and c_1 <= c_2 (contributor
     * 1 is the cheapest). Used where a counterexample should not rest on negative prices.
     */
    void assumeRealisticPrices() {
        for (ArithExpr<RealSort> q : basePrices) {
            prover.assume(prover.ctx.mkGe(q, prover.field.zero()));
        }
        prover.assume(prover.ctx.mkLe(c1, c2));
    }

    /** @return the instruction N_i* */
    ArithExpr<RealSort> instruction(int i) {
        return algebra.instruction(i);
    }

    /** @return sum over buyers of price (14) at the given size indicators and means */
    ArithExpr<RealSort> revenue(boolean size1Ok, boolean size2Ok, ArithExpr<RealSort> mean1, ArithExpr<RealSort> mean2) {
        ArithExpr<RealSort> sum = prover.field.zero();
        for (ArithExpr<RealSort> q : basePrices) {
            sum = prover.field.add(sum, algebra.price(q, size1Ok, size2Ok, mean1, mean2));
        }
        return sum;
    }

    /** @return payment (15) to contributor 1 plus payment (15) to contributor 2 (the others get 0) */
    ArithExpr<RealSort> payout(boolean size1Ok, boolean size2Ok, ArithExpr<RealSort> mean1, ArithExpr<RealSort> mean2) {
        return prover.field.add(algebra.payment(1, size1Ok, mean1, mean2), algebra.payment(2, size2Ok, mean2, mean1));
    }

    /**
     * E[(mu(Y_1) - mu(Y_2))^2] when both submit truthfully the instructed amounts:
     * {@code expectedSquaredGap(0, sigma^2/N_1*, 0, sigma^2/N_2*)} = sigma^2/N_1* + sigma^2/N_2*.
     */
    ArithExpr<RealSort> truthfulSquaredGap() {
        Z3RealField f = prover.field;
        return algebra.expectedSquaredGap(f.zero(), f.divide(variance, n1), f.zero(), f.divide(variance, n2));
    }

    /**
     * The expectation of a formula F(m_1, m_2) of the two submitted means that is affine in the
     * squared gap, F = a + b (m_1 - m_2)^2 with a, b free of the means (check this with
     * {@link #affineInSquaredGap}): by linearity of expectation E[F] = a + b E[(m_1 - m_2)^2] =
     * F(0,0) + E[gap^2] (F(1,0) - F(0,0)).
     */
    ArithExpr<RealSort> expectation(BinaryOperator<ArithExpr<RealSort>> formula, ArithExpr<RealSort> expectedSquaredGap) {
        Z3RealField f = prover.field;
        ArithExpr<RealSort> a = formula.apply(f.zero(), f.zero());
        ArithExpr<RealSort> b = f.subtract(formula.apply(f.one(), f.zero()), a);
        return f.add(a, f.multiply(expectedSquaredGap, b));
    }

    /** Checks that F(m_1, m_2) = F(0,0) + (m_1 - m_2)^2 (F(1,0) - F(0,0)) for all real means. */
    RealProver.Verdict affineInSquaredGap(String name, BinaryOperator<ArithExpr<RealSort>> formula) {
        Z3RealField f = prover.field;
        ArithExpr<RealSort> m1 = f.variable("m1");
        ArithExpr<RealSort> m2 = f.variable("m2");
        ArithExpr<RealSort> gap = f.square(f.subtract(m1, m2));
        return prover.check(name + " is affine in (m1 - m2)^2",
                prover.eq(formula.apply(m1, m2), expectation(formula, gap)));
    }
}
