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
 * Budget balance (BB) of Algorithm 2, paper 000, for every number of buyers: for every realisation
 * of the submitted means, the prices (14) summed over the buyers equal the payments (15) summed
 * over the contributors.
 *
 * <p>The revenue of buyers 1..k, R(k) = sum_{j <= k} p(q_j), is a sum of a production formula over
 * a list; Z3 proves the statement R(k) = k p(0) + Q_k s for every k by induction on k, where
 * Q_k = q_1 + ... + q_k and s = p(1) - p(0): the base case R(0) = 0, and the step
 * R(k) = k p(0) + Q_k s => R(k) + p(q) = (k + 1) p(0) + (Q_k + q) s for symbolic k, R(k), Q_k and a
 * symbolic next price q. At k = |B| the revenue is therefore |B| p(0) + Q s, a term in the symbols
 * |B| and Q of {@link SymbolicAlgorithm2}, which Z3 compares with the payout. Each claim is decided
 * for all four values of the size indicators I(|Y_1| = N_1*), I(|Y_2| = N_2*) where it differs.
 */
class BudgetBalanceProofTest {

    @TestFactory
    Stream<DynamicTest> proofs() {
        return Obligation.tests(obligations());
    }

    static List<Obligation> obligations() {
        List<Obligation> all = new ArrayList<>();
        boolean[] both = {true, false};
        for (boolean ok1 : both) {
            for (boolean ok2 : both) {
                String sizes = "I1=" + ok1 + ", I2=" + ok2;
                all.add(Obligation.proved("revenue, base case: R(0) = 0 p(0) + 0 s; " + sizes,
                        p -> new Revenue(p, ok1, ok2).inductionBase()));
                all.add(Obligation.proved("revenue, induction step: R(k) = k p(0) + Q_k s => R(k+1) = (k+1) p(0) + Q_(k+1) s; "
                        + sizes, p -> new Revenue(p, ok1, ok2).inductionStep()));
            }
        }
        all.add(Obligation.proved("BB for every |B|, both sizes right (the truthful profile s* and every deviation keeping the sizes)",
                p -> new Revenue(p, true, true).balanced()));
        all.add(Obligation.proved("BB for every |B|, both sizes wrong: no base is charged or paid and the discrepancy terms cancel",
                p -> new Revenue(p, false, false).balanced()));
        for (boolean size1Ok : both) {
            String only = "only size " + (size1Ok ? 1 : 2) + " right";
            // FINDING M2: with exactly one size wrong and c_1 != c_2 the mechanism is not budget
            // balanced; the paper defines BB under s* only (section 3.2, item 5), so this does not
            // contradict Theorem 5.1, but settlement code must not assume BB there.
            all.add(Obligation.refuted("BB, " + only + ", c1 != c2", p -> {
                Revenue r = new Revenue(p, size1Ok, !size1Ok);
                p.assume(p.ctx.mkNot(p.eq(r.m.c1, r.m.c2)));
                return r.balanced();
            }));
            all.add(Obligation.proved("revenue - payout = N1 N2 (c_other - c_own) / N+ for every |B|, " + only, p -> {
                Revenue r = new Revenue(p, size1Ok, !size1Ok);
                Z3RealField f = p.field;
                SymbolicAlgorithm2 m = r.m;
                ArithExpr<RealSort> costGap = size1Ok ? f.subtract(m.c2, m.c1) : f.subtract(m.c1, m.c2);
                ArithExpr<RealSort> expected = f.divide(f.multiply(f.multiply(m.n1, m.n2), costGap), f.add(m.n1, m.n2));
                return p.eq(f.subtract(r.total(), r.payout()), expected);
            }));
        }
        return all;
    }

    /** The revenue of Algorithm 2 as a function of the buyers' base prices, at symbolic means. */
    private static final class Revenue {
        final RealProver prover;
        final SymbolicAlgorithm2 m;
        final boolean ok1;
        final boolean ok2;
        final ArithExpr<RealSort> mean1;
        final ArithExpr<RealSort> mean2;

        Revenue(RealProver prover, boolean ok1, boolean ok2) {
            this.prover = prover;
            this.m = new SymbolicAlgorithm2(prover);
            this.ok1 = ok1;
            this.ok2 = ok2;
            this.mean1 = prover.field.variable("m1");
            this.mean2 = prover.field.variable("m2");
        }

        /** @return p(q), price (14) of a buyer with base price q */
        ArithExpr<RealSort> price(ArithExpr<RealSort> q) {
            return m.algebra.price(q, ok1, ok2, mean1, mean2);
        }

        /** @return s = p(1) - p(0) */
        ArithExpr<RealSort> slope() {
            return prover.field.subtract(price(prover.field.one()), price(prover.field.zero()));
        }

        /** @return k p(0) + Q_k s, the claimed revenue of k buyers whose base prices sum to Q_k */
        ArithExpr<RealSort> closedForm(ArithExpr<RealSort> k, ArithExpr<RealSort> qk) {
            Z3RealField f = prover.field;
            return f.add(f.multiply(k, price(f.zero())), f.multiply(qk, slope()));
        }

        BoolExpr inductionBase() {
            return prover.eq(prover.field.zero(), closedForm(prover.field.zero(), prover.field.zero()));
        }

        BoolExpr inductionStep() {
            Z3RealField f = prover.field;
            ArithExpr<RealSort> k = f.integer("k");
            ArithExpr<RealSort> rk = f.variable("R_k");
            ArithExpr<RealSort> qk = f.variable("Q_k");
            ArithExpr<RealSort> q = f.variable("q");
            prover.assume(prover.ctx.mkGe(k, f.zero()));
            prover.assume(prover.eq(rk, closedForm(k, qk)));
            return prover.eq(f.add(rk, price(q)), closedForm(f.add(k, f.one()), f.add(qk, q)));
        }

        /** @return R(|B|) = |B| p(0) + Q s, the revenue of all buyers (by the induction) */
        ArithExpr<RealSort> total() {
            return closedForm(m.buyers, m.totalBasePrice);
        }

        ArithExpr<RealSort> payout() {
            return m.payout(ok1, ok2, mean1, mean2);
        }

        BoolExpr balanced() {
            return prover.eq(total(), payout());
        }
    }
}
