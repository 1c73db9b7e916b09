package org.marketproof.proofs.z3;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Model;
import com.microsoft.z3.Params;
import com.microsoft.z3.RealSort;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Decides claims over the reals with Z3: a claim is proved under hypotheses H when H together with
 * the negated claim is unsatisfiable; when it is satisfiable, Z3's model is a counterexample.
 *
 * <p>One instance owns one Z3 context; close it after use. Not thread-safe.
 */
final class RealProver implements AutoCloseable {

    /** Per-query limit; every obligation of the suite is decided in well under a second. */
    private static final int TIMEOUT_MILLIS = 60_000;

    /** The outcome of one query: unsat means proved, sat carries a counterexample. */
    record Verdict(String claim, Status status, String model) {

        boolean proved() {
            return status == Status.UNSATISFIABLE;
        }

        boolean refuted() {
            return status == Status.SATISFIABLE;
        }

        @Override
        public String toString() {
            return claim + ": " + (proved() ? "proved (negation unsat)"
                    : refuted() ? "COUNTEREXAMPLE (negation sat)\n" + model : "unknown");
        }
    }

    final Context ctx = new Context();
    final Z3RealField field = new Z3RealField(ctx);
    private final List<BoolExpr> hypotheses = new ArrayList<>();

    /** Adds a hypothesis for every later query of this prover. */
    void assume(BoolExpr hypothesis) {
        hypotheses.add(hypothesis);
    }

    /** Assumes {@code x > 0} for each term. */
    @SafeVarargs
    final void assumePositive(ArithExpr<RealSort>... terms) {
        for (ArithExpr<RealSort> t : terms) {
            assume(ctx.mkGt(t, field.zero()));
        }
    }

    /** @return the verdict on {@code claim} under the hypotheses so far and {@code extra} */
    Verdict check(String name, BoolExpr claim, BoolExpr... extra) {
        Solver solver = ctx.mkSolver();
        solver.setParameters(timeout());
        hypotheses.forEach(solver::add);
        solver.add(extra);
        solver.add(ctx.mkNot(claim));
        Status status = solver.check();
        String model = "";
        if (status == Status.SATISFIABLE) {
            model = describe(solver.getModel());
        }
        Verdict verdict = new Verdict(name, status, model);
        System.out.println("[z3] " + verdict);
        return verdict;
    }

    /** @return the model's constants as {@code name = value} lines, sorted by name */
    private static String describe(Model model) {
        return Arrays.stream(model.getConstDecls())
                .map(d -> "    " + d.getName() + " = " + model.getConstInterp(d))
                .sorted()
                .collect(Collectors.joining("\n"));
    }

    BoolExpr eq(ArithExpr<RealSort> a, ArithExpr<RealSort> b) {
        return ctx.mkEq(a, b);
    }

    private Params timeout() {
        Params p = ctx.mkParams();
        p.add("timeout", TIMEOUT_MILLIS);
        return p;
    }

    @Override
    public void close() {
        ctx.close();
    }
}
