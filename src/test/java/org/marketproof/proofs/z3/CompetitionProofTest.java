package org.marketproof.proofs.z3;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.RealSort;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketproof.competition.ContractAlgebra;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The competitive market of paper 003 (Section IV-A, proof of Theorem 1), over the production
 * {@link ContractAlgebra} evaluated with symbolic reals, for a source sold to 1..4 aggregators.
 *
 * <ul>
 *   <li>Lemma 2 / (24): charging c^b_s = bindingCharge makes the participation slack (22) zero,
 *       whatever the other aggregators' charges, variable payments and the effort; and it is the
 *       only such charge. (That the IR constraint binds at every GN equilibrium is an optimality
 *       argument outside Z3's scope; this is the algebra that the argument and (24) rely on.)
 *   <li>(25): with the source's first-order condition (16) in the form
 *       D sigma_s^2 = -D mu_s / a_s (a_s = sum_j a^j_s > 0) and Lemma 1 (D mu_s > 0), the derivative
 *       of aggregator b's reduced cost L~^b_s in a^b_s, (gamma^b_s + sum_{j != b} sum_l a^j_l
 *       xi^j_{l,s}) D sigma_s^2 + D mu_s with xi^j_{s,s} = 1, has the sign of
 *       a^b_s - firstOrderCoefficient(gamma^b_s, coupling) and vanishes exactly there.
 * </ul>
 */
class CompetitionProofTest {

    @ParameterizedTest(name = "{0} aggregator(s)")
    @ValueSource(ints = {1, 2, 3, 4})
    void lemma2BindingChargeMakesParticipationSlackZero(int aggregators) {
        try (RealProver prover = new RealProver()) {
            Z3RealField f = prover.field;
            List<ArithExpr<RealSort>> q = variables(f, "q", aggregators);
            List<ArithExpr<RealSort>> others = variables(f, "c", aggregators - 1);
            ArithExpr<RealSort> effort = f.variable("mu");
            ArithExpr<RealSort> binding = ContractAlgebra.bindingCharge(f, q, effort, others);
            List<ArithExpr<RealSort>> charges = new ArrayList<>(others);
            charges.add(binding);
            assertTrue(prover.check("(24) => (22), " + aggregators + " aggregator(s): slack = 0",
                    prover.eq(ContractAlgebra.participationSlack(f, charges, q, effort), f.zero())).proved());

            ArithExpr<RealSort> own = f.variable("c_b");
            List<ArithExpr<RealSort>> withOwn = new ArrayList<>(others);
            withOwn.add(own);
            BoolExpr binds = prover.eq(ContractAlgebra.participationSlack(f, withOwn, q, effort), f.zero());
            assertTrue(prover.check("(22) => (24), " + aggregators + " aggregator(s): the binding charge is unique",
                    prover.ctx.mkImplies(binds, prover.eq(own, binding))).proved());
        }
    }

    @ParameterizedTest(name = "{0} aggregator(s)")
    @ValueSource(ints = {1, 2, 3, 4})
    void firstOrderConditionSignsTheDerivative(int aggregators) {
        try (RealProver prover = new RealProver()) {
            Z3RealField f = prover.field;
            Context ctx = prover.ctx;
            ArithExpr<RealSort> own = f.variable("a_b_s");
            List<ArithExpr<RealSort>> othersOnS = variables(f, "a_s_", aggregators - 1);
            ArithExpr<RealSort> demand = f.variable("gamma_b_s");
            ArithExpr<RealSort> coupling = f.variable("coupling");   // sum_{j != b} sum_{l != s} a^j_l xi^j_{l,s}
            ArithExpr<RealSort> dMu = f.variable("dmu");
            ArithExpr<RealSort> total = own;
            ArithExpr<RealSort> othersTotal = f.zero();
            for (ArithExpr<RealSort> a : othersOnS) {
                total = f.add(total, a);
                othersTotal = f.add(othersTotal, a);
            }
            prover.assumePositive(total, dMu);
            ArithExpr<RealSort> dSigma2 = f.negate(f.divide(dMu, total));
            ArithExpr<RealSort> derivative = f.add(f.multiply(f.add(demand, f.add(othersTotal, coupling)), dSigma2), dMu);
            ArithExpr<RealSort> gap = f.subtract(own, ContractAlgebra.firstOrderCoefficient(f, demand, coupling));
            String n = aggregators + " aggregator(s)";
            assertTrue(prover.check("(25), " + n + ": D L~ = 0 <=> a^b_s = gamma + coupling",
                    ctx.mkEq(prover.eq(derivative, f.zero()), prover.eq(gap, f.zero()))).proved());
            assertTrue(prover.check("(25), " + n + ": D L~ < 0 <=> a^b_s < gamma + coupling",
                    ctx.mkEq(ctx.mkLt(derivative, f.zero()), ctx.mkLt(gap, f.zero()))).proved());
            assertTrue(prover.check("(25), " + n + ": D L~ > 0 <=> a^b_s > gamma + coupling",
                    ctx.mkEq(ctx.mkGt(derivative, f.zero()), ctx.mkGt(gap, f.zero()))).proved());
        }
    }

    private static List<ArithExpr<RealSort>> variables(Z3RealField f, String prefix, int count) {
        List<ArithExpr<RealSort>> vars = new ArrayList<>();
        for (int j = 1; j <= count; j++) {
            vars.add(f.variable(prefix + j));
        }
        return vars;
    }
}
