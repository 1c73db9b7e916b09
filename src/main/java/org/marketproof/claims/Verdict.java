package org.marketproof.claims;

import java.util.Objects;

/**
 * What checking a claim on one context established. Exactly one of five kinds:
 *
 * <ul>
 *   <li>{@link Holds}: proved for every instance, or computed exactly on this one ({@link Basis});
 *   <li>{@link Falsified}: a {@link Certificate} that re-checked itself (built only by
 *       {@link #certify});
 *   <li>{@link NoCounterexample}: a search found none; what was searched is a lower bound, not a proof;
 *   <li>{@link Inconclusive}: neither certified nor searched to an honest answer (say why);
 *   <li>{@link NotApplicable}: a hypothesis of the claim fails (which, with the numbers).
 * </ul>
 *
 * Only {@link Falsified} fails a CI gate; a strict gate may also fail on shares of the last two
 * kinds.
 */
public sealed interface Verdict {

    /** @return the verdict's kind */
    Kind kind();

    /** @return the figures behind the verdict, one line, no NaN or Infinity */
    String evidence();

    /** @return whether a CI gate fails on this verdict */
    default boolean failsGate() {
        return kind() == Kind.FALSIFIED;
    }

    /** The five verdict words, as printed. */
    enum Kind {
        /** Proved for all instances, or computed exactly on this one. */
        HOLDS,
        /** A certificate that replays shows a violation. */
        FALSIFIED,
        /** A search found nothing; it reports what it searched. */
        NO_COUNTEREXAMPLE,
        /** Neither a certificate nor an honest search result. */
        INCONCLUSIVE,
        /** A hypothesis of the claim fails on this instance. */
        NOT_APPLICABLE
    }

    /** How a {@link Holds} verdict is established. */
    enum Basis {
        /** A machine-checked proof covers every instance (the evidence names the proof). */
        PROVED_FOR_ALL,
        /** Exact computation (rational arithmetic or a decision procedure) on this instance. */
        EXACT_ON_INSTANCE
    }

    /** The claim holds; {@code basis} says whether for all instances or exactly on this one. */
    record Holds(Basis basis, String evidence) implements Verdict {
        /**
         * @param basis for all instances, or exactly on this one
         * @param evidence the proof's name or the exact figures, one line
         * @throws NullPointerException if either is null
         */
        public Holds {
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(evidence, "evidence");
        }

        @Override
        public Kind kind() {
            return Kind.HOLDS;
        }
    }

    /**
     * A certified violation.
     *
     * @param certificate the counterexample, which replays
     * @param recheck the certificate's own re-check, which violates the claim
     * @param evidence what the checker found, one line
     */
    record Falsified(Certificate certificate, Recheck recheck, String evidence) implements Verdict {
        /**
         * @param certificate the counterexample, which replays
         * @param recheck the certificate's own re-check, which must violate the claim
         * @param evidence what the checker found, one line
         * @throws NullPointerException if {@code certificate} or {@code evidence} is null
         * @throws IllegalArgumentException if {@code recheck} is null or does not violate the claim
         *     (use {@link Verdict#certify})
         */
        public Falsified {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(evidence, "evidence");
            if (recheck == null || !recheck.violates()) {
                throw new IllegalArgumentException("a falsified verdict needs a certificate that re-checks; use Verdict.certify");
            }
        }

        @Override
        public Kind kind() {
            return Kind.FALSIFIED;
        }
    }

    /**
     * A search found no counterexample.
     *
     * @param searched what was searched: budget, seeds, sizes
     * @param evidence the best candidate found and any other figures
     */
    record NoCounterexample(Search searched, String evidence) implements Verdict {
        /**
         * @param searched what was searched: budget, seeds, sizes
         * @param evidence the best candidate found and any other figures
         * @throws NullPointerException if either is null
         */
        public NoCounterexample {
            Objects.requireNonNull(searched, "searched");
            Objects.requireNonNull(evidence, "evidence");
        }

        @Override
        public Kind kind() {
            return Kind.NO_COUNTEREXAMPLE;
        }
    }

    /** Neither a certificate nor an honest search result: {@code evidence} says why. */
    record Inconclusive(String evidence) implements Verdict {
        /**
         * @param evidence why neither a certificate nor a search result could be given
         * @throws NullPointerException if {@code evidence} is null
         */
        public Inconclusive {
            Objects.requireNonNull(evidence, "evidence");
        }

        @Override
        public Kind kind() {
            return Kind.INCONCLUSIVE;
        }
    }

    /**
     * A hypothesis of the claim fails.
     *
     * @param hypothesis the hypothesis, as the paper states it
     * @param evidence the numbers that show it fails
     */
    record NotApplicable(String hypothesis, String evidence) implements Verdict {
        /**
         * @param hypothesis the hypothesis, as the paper states it
         * @param evidence the numbers that show it fails
         * @throws NullPointerException if either is null
         */
        public NotApplicable {
            Objects.requireNonNull(hypothesis, "hypothesis");
            Objects.requireNonNull(evidence, "evidence");
        }

        @Override
        public Kind kind() {
            return Kind.NOT_APPLICABLE;
        }
    }

    /**
     * @param evidence the exact figures, one line
     * @return {@code Holds(EXACT_ON_INSTANCE, evidence)}
     */
    static Verdict exact(String evidence) {
        return new Holds(Basis.EXACT_ON_INSTANCE, evidence);
    }

    /**
     * @param evidence the machine-checked proof's name
     * @return {@code Holds(PROVED_FOR_ALL, evidence)}
     */
    static Verdict proved(String evidence) {
        return new Holds(Basis.PROVED_FOR_ALL, evidence);
    }

    /**
     * Re-checks a candidate counterexample with its own predicate: {@link Falsified} when the
     * violation reproduces, otherwise {@link Inconclusive} with both figures (a candidate that did
     * not survive is not a certificate).
     *
     * @param candidate the counterexample the checker found
     * @param evidence what the checker found, one line
     * @return the verdict on the candidate
     */
    static Verdict certify(Certificate candidate, String evidence) {
        Recheck r = candidate.recheck();
        if (r.violates()) {
            return new Falsified(candidate, r, evidence + " [" + r.basis() + ": " + r.describe() + "]");
        }
        return new Inconclusive(evidence + "; the candidate counterexample did not survive its re-check (" + r.describe()
                + ")");
    }
}
