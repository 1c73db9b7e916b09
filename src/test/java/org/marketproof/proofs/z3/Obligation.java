package org.marketproof.proofs.z3;

import com.microsoft.z3.BoolExpr;
import org.junit.jupiter.api.DynamicTest;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One Z3 obligation: a named claim over the production formulas, what the suite asserts of it
 * (proved, or refuted by Z3's counterexample), and how to build it in a fresh prover.
 *
 * <p>Each obligation is decided in a prover of its own. The proof tests assert the expectation;
 * {@code ProofMutationTest} decides the same obligations over mutated copies of the formulas and
 * asserts that some expectation then fails.
 *
 * @param claim what is claimed, for the log
 * @param expectProved true: the negation is unsatisfiable; false: Z3 finds a counterexample
 * @param build adds the hypotheses to the prover and returns the claim
 */
record Obligation(String claim, boolean expectProved, Function<RealProver, BoolExpr> build) {

    static Obligation proved(String claim, Function<RealProver, BoolExpr> build) {
        return new Obligation(claim, true, build);
    }

    static Obligation refuted(String claim, Function<RealProver, BoolExpr> build) {
        return new Obligation(claim, false, build);
    }

    /** @return the verdict on the claim */
    RealProver.Verdict decide() {
        try (RealProver prover = new RealProver()) {
            return prover.check(claim, build.apply(prover));
        }
    }

    /** @return whether Z3's verdict is the expected one */
    boolean met() {
        RealProver.Verdict verdict = decide();
        return expectProved ? verdict.proved() : verdict.refuted();
    }

    /** @return one JUnit test per obligation, each asserting its expectation */
    static Stream<DynamicTest> tests(List<Obligation> obligations) {
        return obligations.stream().map(o -> DynamicTest.dynamicTest(o.claim(),
                () -> assertTrue(o.met(), o.claim() + ": expected " + (o.expectProved() ? "a proof" : "a counterexample"))));
    }
}
