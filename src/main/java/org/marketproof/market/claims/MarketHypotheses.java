package org.marketproof.market.claims;

import java.util.Optional;
import org.marketproof.claims.Hypothesis;
import org.marketproof.market.mechanism.Design;

/** Hypotheses several claims of paper 000 share. */
final class MarketHypotheses {

    private MarketHypotheses() {
    }

    /** The claims name c_2 (Algorithm 2, Theorem 4, Theorem 5.1), so the instance needs two contributors. */
    static final Hypothesis<MarketContext> TWO_CONTRIBUTORS = Hypothesis.of("|C| >= 2 (the claim names c_2)",
            c -> c.contributors() >= 2, c -> "the instance has " + c.contributors() + " contributor");

    /** Claims about s* need the mechanism's design; when it fails, p000.defined is the falsified claim. */
    static final Hypothesis<MarketContext> SERVED = new Hypothesis<>("the mechanism serves the instance",
            c -> c.design().isPresent() ? Optional.empty() : Optional.of("its design fails on the instance (see "
                    + "p000.defined)"));

    /** Claims about the two collectors of (13): contributors 1 and 2 are instructed to collect. */
    static final Hypothesis<MarketContext> TWO_COLLECTORS = Hypothesis.of(
            "contributors 1 and 2 are instructed to collect (N_1*, N_2* >= 1)", c -> {
                Design d = c.design().orElseThrow();
                return c.contributors() >= 2 && d.instruction(0) >= 1 && d.instruction(1) >= 1;
            }, c -> "N* = " + instructions(c.design().orElseThrow()));

    /** (16) and section 5's payment identity are about Algorithm 2, built from Algorithm 1's output. */
    static final Hypothesis<MarketContext> ALGORITHM1_OUTPUT = Hypothesis.of(
            "the design is built from Algorithm 1's output (N+, m_j+, q_j+), as Algorithm 2's is",
            c -> c.pricing() != null, c -> "the design (" + c.design().orElseThrow().getClass().getSimpleName()
                    + ") exposes no Algorithm 1 output");

    /**
     * Theorem 5.1's EFB and IRB rest on Algorithm 1's output being envy-free and individually
     * rational; an output given in a scenario file need not be (mechanisms without one pass).
     */
    static final Hypothesis<MarketContext> FEASIBLE_OUTPUT = Hypothesis.of(
            "the Algorithm 1 output the design is built from is envy-free and individually rational, as Algorithm 1's is",
            c -> c.pricing() == null || OptBounds.profitIfEnvyFree(c.instance(), c.pricing()).isPresent(),
            c -> "the given output " + c.pricing() + " is not, on the rounded valuations");

    /**
     * Theorem 5.1's profit bound rests on Algorithm 1 having searched N with an ordered-item pricer;
     * an output given in a scenario file (no N priced) carries no such guarantee.
     */
    static final Hypothesis<MarketContext> COMPUTED_OUTPUT = Hypothesis.of(
            "the Algorithm 1 output the design is built from was computed by Algorithm 1 with a pricer",
            c -> c.algorithm1().map(r -> r.solved() > 0 || r.nPlus() == 0).orElse(true),
            c -> "the output " + c.pricing() + " is given (as in a scenario file), not computed");

    /** @return the instructions N_i as a list */
    static String instructions(Design d) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < d.instance().contributors().size(); i++) {
            b.append(i == 0 ? "" : ", ").append(d.instruction(i));
        }
        return b.append("]").toString();
    }
}
