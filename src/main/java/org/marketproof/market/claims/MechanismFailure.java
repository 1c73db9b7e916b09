package org.marketproof.market.claims;

import java.util.List;
import java.util.Optional;

/**
 * A mechanism that could not serve an input of a valid instance: its {@code design} or
 * {@code settle} threw, or returned no usable result. Paper 000 defines a mechanism's design for
 * every instance and its price and payment rules on every tuple of datasets (section 3.1:
 * p_j, pi_i : X^|C| -> R), so this is a counterexample to {@code p000.defined}.
 */
public final class MechanismFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<double[]> submissions;

    /**
     * @param submissions the datasets {@code settle} failed on, or null when {@code design} failed
     * @param problem what went wrong, e.g. the exception the mechanism threw
     */
    MechanismFailure(List<double[]> submissions, String problem, Throwable cause) {
        super(problem, cause);
        this.submissions = submissions == null ? null : List.copyOf(submissions);
    }

    /** @return the datasets {@code settle} failed on, or empty when {@code design} failed */
    public Optional<List<double[]>> submissions() {
        return Optional.ofNullable(submissions);
    }

    /** @return {@code design} or {@code settle} */
    public String stage() {
        return submissions == null ? "design" : "settle";
    }

    /** @return one line: the stage, the input's sizes and the problem */
    public String describe() {
        return stage() + (submissions == null ? "" : " on submissions of sizes " + CertificateJson.sizes(submissions))
                + ": " + getMessage();
    }
}
