package org.marketproof.market.strategy;

import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A submission function f_i of paper 000, section 3.1: maps the collected dataset X_i to the
 * submitted dataset Y_i = f_i(X_i), of any size, possibly at random.
 *
 * <p>Each function declares whether it is translation-equivariant, f(X + t) = f(X) + t (in
 * distribution, for non-empty X); the declaration is checked by a metamorphic property. It may
 * also give the exact law of its output's mean ({@link #law}), which is what the exact evaluator
 * uses; functions without a closed form (the median) are evaluated by simulation only.
 */
public interface Submission {

    /** @return a readable name with the parameters, e.g. {@code shift(0.5)} */
    String name();

    /**
     * @param collected X_i (not modified)
     * @param rng the source of any randomness of f
     * @return Y_i
     */
    double[] apply(double[] collected, UniformRandomProvider rng);

    /**
     * @param inputSize |X|, {@code >= 0}
     * @return |f(X)| as a function of |X| (every submission here has a deterministic size; and none
     *     returns an empty dataset from some non-empty input but not from a one-point input)
     */
    int outputSize(int inputSize);

    /** @return whether f(X + t) = f(X) + t in distribution for every non-empty X and real t */
    boolean translationEquivariant();

    /** @return whether the output's law does not depend on X at all (fabrication from nothing) */
    boolean ignoresData();

    /**
     * @param input the law of X
     * @return the law of f(X), when it has a closed form
     */
    Optional<DataLaw> law(DataLaw input);

    /**
     * @param then the submission applied to f's output
     * @return f followed by {@code then}: X -> then(f(X))
     */
    default Submission andThen(Submission then) {
        return new Submissions.Composition(this, then);
    }
}
