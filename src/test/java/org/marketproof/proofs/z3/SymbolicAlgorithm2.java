package org.marketproof.proofs.z3;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.RealSort;
import org.marketproof.market.mechanism.Algorithm2Algebra;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

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
     * Checks that a formula of the squared gap g = (mu(Y_1) - mu(Y_2))^2 is affine in g,
     * F(g) = F(0) + g (F(1) - F(0)) for every real g, so that by linearity of expectation
     * E[F(g)] = F(E[g]).
     */
    RealProver.Verdict affineInSquaredGap(String name, UnaryOperator<ArithExpr<RealSort>> formula) {
        Z3RealField f = prover.field;
        ArithExpr<RealSort> g = f.variable("g");
        ArithExpr<RealSort> at0 = formula.apply(f.zero());
        ArithExpr<RealSort> affine = f.add(at0, f.multiply(g, f.subtract(formula.apply(f.one()), at0)));
        return prover.check(name + " is affine in the squared gap", prover.eq(formula.apply(g), affine));
    }
}
