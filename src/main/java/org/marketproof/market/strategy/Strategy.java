package org.marketproof.market.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A contributor's strategy s_i = (n_i, f_i) of paper 000, section 3.1, possibly randomized: how
 * many points to collect and what to submit.
 */
public sealed interface Strategy permits Strategy.Pure, Strategy.Mixture {

    /** @return a readable name, e.g. {@code collect 3, resize-keeping-mean(5)} */
    String name();

    /**
     * @return whether the submitted data move with mu: f is translation-equivariant, at least one
     *     point is collected and at least one submitted, in every branch (however rare: a simulation
     *     cannot be relied on to visit it)
     */
    boolean translationEquivariant();

    /** @return whether the submission's law does not depend on mu in any branch (nothing collected or used) */
    boolean ignoresData();

    /**
     * Plays once: collects n points from N(mu, sigma^2) and submits f of them.
     *
     * @param mu the true mean mu of the readings
     * @param sd sigma, the readings' standard deviation
     * @param rng the source of the readings and of any randomness of the strategy
     * @return the realized play
     */
    Play play(double mu, double sd, UniformRandomProvider rng);

    /**
     * @param variance sigma^2, the variance of one reading
     * @return the strategy as weighted pure branches with the exact law of each submission, if every
     *     branch has one
     */
    default Optional<List<Branch>> laws(BigFraction variance) {
        List<Branch> all = new ArrayList<>();
        for (Component c : components()) {
            Pure p = c.strategy();
            Optional<DataLaw> law = p.submission().law(DataLaw.collected(p.collect(), variance));
            if (law.isEmpty()) {
                return Optional.empty();
            }
            all.add(new Branch(c.probability(), p.collect(), law.get()));
        }
        return Optional.of(List.copyOf(all));
    }

    /**
     * @return the pure strategies this one plays, each with its probability (the product of the
     *     mixture probabilities on its path, exactly); the probabilities sum to 1
     */
    List<Component> components();

    /**
     * A pure strategy played with a probability.
     *
     * @param probability in [0, 1]
     * @param strategy the pure strategy
     */
    record Component(BigFraction probability, Pure strategy) {
    }

    /**
     * One realization of a strategy.
     *
     * @param collected n_i
     * @param submitted Y_i
     */
    record Play(int collected, double[] submitted) {
    }

    /**
     * A pure branch of a strategy with the exact law of its submission.
     *
     * @param probability its probability
     * @param collected n_i in this branch
     * @param law the law of Y_i
     */
    record Branch(BigFraction probability, int collected, DataLaw law) {
    }

    /**
     * @param collect n_i, the number of points collected, {@code >= 0}
     * @param f the submission function f_i
     * @return the pure strategy (n, f)
     */
    static Strategy of(int collect, Submission f) {
        return new Pure(collect, f);
    }

    /**
     * @param instructed N_i*, the number of points the design instructs
     * @return the paper's recommended play (N_i*, I)
     */
    static Strategy truthful(int instructed) {
        return new Pure(instructed, new Submissions.Identity());
    }

    /**
     * A pure strategy (n, f).
     *
     * @param collect n_i >= 0
     * @param submission f_i
     */
    record Pure(int collect, Submission submission) implements Strategy {
        /**
         * @param collect n_i >= 0
         * @param submission f_i
         * @throws IllegalArgumentException if {@code collect < 0}
         */
        public Pure {
            if (collect < 0) {
                throw new IllegalArgumentException("cannot collect a negative number of points: " + collect);
            }
        }

        @Override
        public String name() {
            return submission instanceof Submissions.Identity ? "collect " + collect + ", submit as collected"
                    : "collect " + collect + ", " + submission.name();
        }

        /**
         * Equivariant when something is collected, f is equivariant and f submits something: an
         * empty submission has the conventional mean 0, which does not move with mu.
         */
        @Override
        public boolean translationEquivariant() {
            return collect > 0 && submission.translationEquivariant() && submission.outputSize(collect) > 0;
        }

        @Override
        public boolean ignoresData() {
            return collect == 0 || submission.ignoresData();
        }


        @Override
        public Play play(double mu, double sd, UniformRandomProvider rng) {
            double[] x = Sampling.normals(collect, mu, sd, rng);
            return new Play(collect, submission.apply(x, rng));
        }

        @Override
        public List<Component> components() {
            return List.of(new Component(BigFraction.ONE, this));
        }
    }

    /**
     * With probability p play {@code first}, else {@code second} (the coin is independent of data).
     *
     * @param probability p in [0, 1]
     * @param first played with probability p
     * @param second played with probability 1 - p
     */
    record Mixture(double probability, Strategy first, Strategy second) implements Strategy {
        /**
         * @param probability p in [0, 1]
         * @param first played with probability p
         * @param second played with probability 1 - p
         * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
         */
        public Mixture {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("mixture probability must be in [0, 1]: " + probability);
            }
        }

        @Override
        public String name() {
            return "with prob " + probability + " [" + first.name() + "] else [" + second.name() + "]";
        }

        @Override
        public boolean translationEquivariant() {
            return first.translationEquivariant() && second.translationEquivariant();
        }

        @Override
        public boolean ignoresData() {
            return first.ignoresData() && second.ignoresData();
        }


        @Override
        public Play play(double mu, double sd, UniformRandomProvider rng) {
            return rng.nextDouble() < probability ? first.play(mu, sd, rng) : second.play(mu, sd, rng);
        }

        @Override
        public List<Component> components() {
            List<Component> all = new ArrayList<>();
            BigFraction p = BigFraction.from(probability);
            BigFraction q = BigFraction.ONE.subtract(p);
            first.components().forEach(c -> all.add(new Component(c.probability().multiply(p), c.strategy())));
            second.components().forEach(c -> all.add(new Component(c.probability().multiply(q), c.strategy())));
            return List.copyOf(all);
        }
    }
}
