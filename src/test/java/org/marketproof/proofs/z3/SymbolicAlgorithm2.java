package org.marketproof.proofs.z3;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.RealSort;
import org.marketproof.market.mechanism.Algorithm2Algebra;

import java.util.function.UnaryOperator;

/**
 * Algorithm 2 of paper 000 with symbolic parameters: the production {@link Algorithm2Algebra}
 * evaluated over {@link Z3RealField}, so each price, payment, d_i and W is the Z3 term of exactly
 * the formula the code computes.
 *
 * <p>Symbols: {@code sigma2} (sigma^2), {@code c1}, {@code c2}, {@code N1}, {@code N2} (the
 * instructions N_i*, positive reals, which covers every integer instance), the number of buyers
 * {@code B} (an integer >= 1) and the sum of their base prices {@code Q} = sum_j q_j+. The formulas
 * depend on the buyers only through B and Q, so one obligation covers every number of buyers and
 * every list of base prices with that sum; where one buyer's price matters it is a further
 * symbol q. Standing hypotheses, added to the prover: sigma^2 > 0, N_1* > 0, N_2* > 0 (the
 * formulas divide by them), c_1 > 0 and c_2 > 0 (costs are positive in the paper), B >= 1. Q, q
 * and the means are unconstrained reals.
 */
final class SymbolicAlgorithm2 {

    final RealProver prover;
    final ArithExpr<RealSort> variance;
    final ArithExpr<RealSort> c1;
    final ArithExpr<RealSort> c2;
    final ArithExpr<RealSort> n1;
    final ArithExpr<RealSort> n2;
    /** |B| */
    final ArithExpr<RealSort> buyers;
    /** sum over all buyers of q_j+ */
    final ArithExpr<RealSort> totalBasePrice;
    final Algorithm2Algebra<ArithExpr<RealSort>> algebra;

    SymbolicAlgorithm2(RealProver prover) {
        this.prover = prover;
        Z3RealField f = prover.field;
        variance = f.variable("sigma2");
        c1 = f.variable("c1");
        c2 = f.variable("c2");
        n1 = f.variable("N1");
        n2 = f.variable("N2");
        buyers = f.integer("B");
        totalBasePrice = f.variable("Q");
        prover.assumePositive(variance, n1, n2, c1, c2);
        prover.assume(prover.ctx.mkGe(buyers, f.one()));
        algebra = new Algorithm2Algebra<>(f, variance, c1, c2, n1, n2, totalBasePrice, buyers);
    }

    /**
     * Adds the hypotheses of a realistic instance: base prices q_j >= 0 (so Q >= 0; every buyer may
     * then pay Q/B) and c_1 <= c_2 (contributor 1 is the cheapest). Used where a counterexample
     * should not rest on negative prices.
     */
    void assumeRealisticPrices() {
        prover.assume(prover.ctx.mkGe(totalBasePrice, prover.field.zero()));
        prover.assume(prover.ctx.mkLe(c1, c2));
    }

    /** @return the instruction N_i* */
    ArithExpr<RealSort> instruction(int i) {
        return algebra.instruction(i);
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
     * The claim that a formula F of one real x is affine in x: F(x) = F(0) + x (F(1) - F(0)) for every
     * real x. With x the squared gap g = (mu(Y_1) - mu(Y_2))^2 this gives, by linearity of
     * expectation, E[F(g)] = F(E[g]); with x a buyer's base price, that the revenue of any number of
     * buyers is a function of B and Q alone.
     */
    BoolExpr affine(UnaryOperator<ArithExpr<RealSort>> formula) {
        Z3RealField f = prover.field;
        ArithExpr<RealSort> x = f.variable("x");
        ArithExpr<RealSort> at0 = formula.apply(f.zero());
        ArithExpr<RealSort> affine = f.add(at0, f.multiply(x, f.subtract(formula.apply(f.one()), at0)));
        return prover.eq(formula.apply(x), affine);
    }
}
