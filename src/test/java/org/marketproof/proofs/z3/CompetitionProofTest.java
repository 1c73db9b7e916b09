package org.marketproof.proofs.z3;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.RealSort;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.marketproof.competition.ContractAlgebra;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The competitive market of paper 003 (Section IV-A, Lemma 2 and the proof of Theorem 1), over the
 * production {@link ContractAlgebra} evaluated with symbolic reals.
 *
 * <ul>
 *   <li>Lemma 2, the step of its proof: at any point where every aggregator's expected payment to
 *       source s is non-negative (its constraint p^b_s >= 0) and the participation slack (22) is
 *       positive, some aggregator b has a charge c' < c^b_s that keeps p^b_s >= 0 and the slack
 *       >= 0 and lowers what b pays, so that point is no GN equilibrium. Needs the effort
 *       mu_s >= 0; with a negative effort Z3 finds a counterexample. Decided for 1..4 aggregators:
 *       {@code participationSlack} folds a Java list of charges, and Z3 sees one term per list
 *       length (an argument for every length would be about the loop, which is KeY's domain).
 *   <li>(25), for sources with the reciprocal effort map sigma_s(e) = s0 / (1 + k e)
 *       ({@code EffortFamily.RECIPROCAL}), every s0, k > 0, any number of aggregators and sources:
 *       nothing is differentiated by hand. In the effort coordinate t = 1 + k e > 0, Z3 proves that
 *       the source's best response to a_s is the t with a_s = t^3 / (2 k s0^2) (its cost
 *       a_s sigma^2 + e is minimal there and only there), and that aggregator b's reduced cost
 *       L~^b_s = (gamma^b_s + sum_{j != b} sum_l a^j_l xi^j_{l,s}) sigma_s^2 + mu_s - sum_{j != b} c^j_s
 *       is minimal over the induced efforts exactly when a^b_s =
 *       {@code firstOrderCoefficient}(gamma^b_s, coupling), the coupling being
 *       sum_{j != b} sum_{l != s} a^j_l xi^j_{l,s} (xi^j_{s,s} = 1 puts the others' a^j_s into the
 *       coefficient). The exponential and power families involve exp and real powers, outside Z3's
 *       real arithmetic; they are checked on instances (specs/competition.md).
 * </ul>
 */
class CompetitionProofTest {

    private static final int MAX_AGGREGATORS = 4;

    @TestFactory
    Stream<DynamicTest> proofs() {
        return Obligation.tests(obligations());
    }

    static List<Obligation> obligations() {
        List<Obligation> all = new ArrayList<>();
        for (int aggregators = 1; aggregators <= MAX_AGGREGATORS; aggregators++) {
            int count = aggregators;
            all.add(Obligation.proved("Lemma 2, " + count + " aggregator(s): positive slack admits a cheaper feasible charge",
                    p -> lemma2(p, count, true)));
            all.add(Obligation.refuted("Lemma 2, " + count + " aggregator(s), effort unconstrained",
                    p -> lemma2(p, count, false)));
        }
        all.add(Obligation.proved("(16) for sigma = s0/(1 + k e): the source's cost is minimal at a_s = t^3/(2 k s0^2)",
                p -> {
                    Reciprocal r = new Reciprocal(p);
                    ArithExpr<RealSort> a = p.field.variable("a_s");
                    p.assume(p.eq(a, r.incentive(r.tStar)));
                    return r.uniqueMinimum(t -> r.sourceCost(a, t));
                }));
        all.add(Obligation.proved("(25) for sigma = s0/(1 + k e): L~^b_s is minimal exactly at a^b_s = gamma^b_s + coupling",
                p -> {
                    Reciprocal r = new Reciprocal(p);
                    Z3RealField f = p.field;
                    ArithExpr<RealSort> demand = f.variable("gamma_b_s");
                    ArithExpr<RealSort> coupling = f.variable("coupling");
                    ArithExpr<RealSort> othersOnS = f.variable("A_minus_b_s");   // sum_{j != b} a^j_s
                    ArithExpr<RealSort> otherCharges = f.variable("C_minus_b_s");
                    p.assumePositive(demand);
                    p.assume(p.ctx.mkGe(coupling, f.zero()));
                    p.assume(p.ctx.mkGe(othersOnS, f.zero()));
                    ArithExpr<RealSort> own = ContractAlgebra.firstOrderCoefficient(f, demand, coupling);
                    p.assume(p.eq(f.add(own, othersOnS), r.incentive(r.tStar)));
                    ArithExpr<RealSort> weight = f.add(demand, f.add(coupling, othersOnS));
                    return r.uniqueMinimum(t -> f.subtract(f.add(f.multiply(weight, r.variance(t)), r.effort(t)), otherCharges));
                }));
        return all;
    }

    /**
     * @param nonNegativeEffort assume mu_s >= 0
     * @return Lemma 2's step for source s sold to {@code count} aggregators
     */
    private static BoolExpr lemma2(RealProver p, int count, boolean nonNegativeEffort) {
        Z3RealField f = p.field;
        Context ctx = p.ctx;
        List<ArithExpr<RealSort>> charges = variables(f, "c", count);
        List<ArithExpr<RealSort>> variable = variables(f, "q", count);
        ArithExpr<RealSort> effort = f.variable("mu");
        if (nonNegativeEffort) {
            p.assume(ctx.mkGe(effort, f.zero()));
        }
        for (int b = 0; b < count; b++) {
            p.assume(ctx.mkGe(ContractAlgebra.expectedPayment(f, charges.get(b), variable.get(b)), f.zero()));
        }
        p.assume(ctx.mkGt(ContractAlgebra.participationSlack(f, charges, variable, effort), f.zero()));
        List<BoolExpr> someoneCanSave = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            ArithExpr<RealSort> lower = f.variable("c_new");
            List<ArithExpr<RealSort>> moved = new ArrayList<>(charges);
            moved.set(b, lower);
            ArithExpr<RealSort> before = ContractAlgebra.expectedPayment(f, charges.get(b), variable.get(b));
            ArithExpr<RealSort> after = ContractAlgebra.expectedPayment(f, lower, variable.get(b));
            BoolExpr better = ctx.mkAnd(ctx.mkGe(after, f.zero()), ctx.mkLt(after, before),
                    ctx.mkGe(ContractAlgebra.participationSlack(f, moved, variable, effort), f.zero()));
            someoneCanSave.add(ctx.mkExists(new Expr<?>[] {lower}, better, 1, null, null, null, null));
        }
        return ctx.mkOr(someoneCanSave.toArray(new BoolExpr[0]));
    }

    private static List<ArithExpr<RealSort>> variables(Z3RealField f, String prefix, int count) {
        List<ArithExpr<RealSort>> vars = new ArrayList<>();
        for (int j = 1; j <= count; j++) {
            vars.add(f.variable(prefix + j));
        }
        return vars;
    }

    /** A source with sigma(e) = s0 / (1 + k e), in the coordinate t = 1 + k e > 0. */
    private static final class Reciprocal {
        final RealProver prover;
        final ArithExpr<RealSort> s0;
        final ArithExpr<RealSort> k;
        /** the effort level (in t) the claim is about */
        final ArithExpr<RealSort> tStar;

        Reciprocal(RealProver prover) {
            this.prover = prover;
            Z3RealField f = prover.field;
            s0 = f.variable("s0");
            k = f.variable("k");
            tStar = f.variable("t_star");
            prover.assumePositive(s0, k, tStar);
        }

        /** @return sigma^2 at t: s0^2 / t^2 */
        ArithExpr<RealSort> variance(ArithExpr<RealSort> t) {
            Z3RealField f = prover.field;
            return f.divide(f.square(s0), f.square(t));
        }

        /** @return the effort e = (t - 1) / k */
        ArithExpr<RealSort> effort(ArithExpr<RealSort> t) {
            Z3RealField f = prover.field;
            return f.divide(f.subtract(t, f.one()), k);
        }

        /** @return a_s sigma^2 + e, the source's expected cost of effort net of its payment's constant */
        ArithExpr<RealSort> sourceCost(ArithExpr<RealSort> a, ArithExpr<RealSort> t) {
            return prover.field.add(prover.field.multiply(a, variance(t)), effort(t));
        }

        /** @return the a_s under which the source chooses t: t^3 / (2 k s0^2) */
        ArithExpr<RealSort> incentive(ArithExpr<RealSort> t) {
            Z3RealField f = prover.field;
            return f.divide(f.multiply(t, f.square(t)), f.multiply(f.of(2), f.multiply(k, f.square(s0))));
        }

        /** @return for every t > 0, g(t) >= g(t*), with equality only at t = t* */
        BoolExpr uniqueMinimum(java.util.function.UnaryOperator<ArithExpr<RealSort>> g) {
            Z3RealField f = prover.field;
            Context ctx = prover.ctx;
            ArithExpr<RealSort> t = f.variable("t");
            BoolExpr body = ctx.mkImplies(ctx.mkGt(t, f.zero()), ctx.mkAnd(ctx.mkGe(g.apply(t), g.apply(tStar)),
                    ctx.mkImplies(prover.eq(g.apply(t), g.apply(tStar)), prover.eq(t, tStar))));
            return ctx.mkForall(new Expr<?>[] {t}, body, 1, null, null, null, null);
        }
    }
}
