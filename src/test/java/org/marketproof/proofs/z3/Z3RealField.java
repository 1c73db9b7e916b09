package org.marketproof.proofs.z3;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.RealSort;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.algebra.Field;

/**
 * The {@link Field} of real numbers as Z3 terms: evaluating a formula of the production code over
 * this field builds the formula itself, so that Z3 reasons about exactly what the code computes.
 *
 * <p>Division is Z3's real division, which is total (x/0 is an unspecified value); every obligation
 * that divides therefore states its denominators positive among its hypotheses.
 */
final class Z3RealField implements Field<ArithExpr<RealSort>> {

    private final Context ctx;

    Z3RealField(Context ctx) {
        this.ctx = ctx;
    }

    /** @return a fresh real variable named {@code name} */
    ArithExpr<RealSort> variable(String name) {
        return ctx.mkRealConst(name);
    }

    /** @return a fresh integer variable named {@code name}, as a real (its models are whole numbers) */
    ArithExpr<RealSort> integer(String name) {
        return ctx.mkInt2Real(ctx.mkIntConst(name));
    }

    @Override
    public ArithExpr<RealSort> of(long n) {
        return ctx.mkReal(Long.toString(n));
    }

    @Override
    public ArithExpr<RealSort> of(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        BigFraction exact = BigFraction.from(x);
        return ctx.mkReal(exact.getNumerator() + "/" + exact.getDenominator());
    }

    @Override
    public ArithExpr<RealSort> add(ArithExpr<RealSort> a, ArithExpr<RealSort> b) {
        return ctx.mkAdd(a, b);
    }

    @Override
    public ArithExpr<RealSort> subtract(ArithExpr<RealSort> a, ArithExpr<RealSort> b) {
        return ctx.mkSub(a, b);
    }

    @Override
    public ArithExpr<RealSort> multiply(ArithExpr<RealSort> a, ArithExpr<RealSort> b) {
        return ctx.mkMul(a, b);
    }

    @Override
    public ArithExpr<RealSort> divide(ArithExpr<RealSort> a, ArithExpr<RealSort> b) {
        return ctx.mkDiv(a, b);
    }
}
