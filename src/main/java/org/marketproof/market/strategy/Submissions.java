package org.marketproof.market.strategy;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The catalog of submission functions: the manipulations of paper 000 (fabrication, Lemma 5's
 * fixed-distribution draws, the resizing functions f_a and f_b of Lemmas 7 and 8) and the usual
 * data-tampering moves. Each is a value with a readable name; they compose with
 * {@link Submission#andThen}.
 *
 * <p>Resized outputs keep the sample mean up to the rounding of the double points written (relative
 * 1e-16); the mechanism recomputes submitted means exactly.
 */
public final class Submissions {

    private Submissions() {
    }

    /**
     * @return the sample mean with Neumaier-compensated summation (error about one ulp, far below any
     *     statistical effect; the mechanism itself recomputes means exactly), 0 for an empty dataset
     */
    static double mean(double[] x) {
        if (x.length == 0) {
            return 0.0;
        }
        double sum = 0;
        double c = 0;
        for (double v : x) {
            double t = sum + v;
            c += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        return (sum + c) / x.length;
    }

    static BigFraction exact(double x) {
        return BigFraction.from(x);
    }

    /** f = I: submit as collected. */
    public record Identity() implements Submission {
        @Override public String name() { return "as-collected"; }
        @Override public int outputSize(int inputSize) { return inputSize; }
        @Override public double[] apply(double[] x, UniformRandomProvider rng) { return x.clone(); }
        @Override public boolean translationEquivariant() { return true; }
        @Override public boolean ignoresData() { return false; }
        @Override public Optional<DataLaw> law(DataLaw in) { return Optional.of(in); }
    }

    /** Adds delta to every point: a biased report. */
    public record Shift(double delta) implements Submission {
        @Override public String name() { return "shift(" + delta + ")"; }
        @Override public int outputSize(int inputSize) { return inputSize; }
        @Override public double[] apply(double[] x, UniformRandomProvider rng) {
            return Arrays.stream(x).map(v -> v + delta).toArray();
        }
        @Override public boolean translationEquivariant() { return true; }
        @Override public boolean ignoresData() { return false; }
        @Override public Optional<DataLaw> law(DataLaw in) {
            return Optional.of(in.size() == 0 ? in : new DataLaw(in.size(), in.alpha(), in.beta().add(exact(delta)),
                    in.meanVariance(), in.pointVariance()));
        }
    }

    /** x -> mean + k (x - mean): shrinks (k &lt; 1) or inflates the spread, keeps the mean. */
    public record ScaleAboutMean(double factor) implements Submission {
        @Override public String name() { return "scale-about-mean(" + factor + ")"; }
        @Override public int outputSize(int inputSize) { return inputSize; }
        @Override public double[] apply(double[] x, UniformRandomProvider rng) {
            double m = mean(x);
            return Arrays.stream(x).map(v -> m + factor * (v - m)).toArray();
        }
        @Override public boolean translationEquivariant() { return true; }
        @Override public boolean ignoresData() { return false; }
        @Override public Optional<DataLaw> law(DataLaw in) { return Optional.of(in.resized(in.size())); }
    }

    /** x -> k x: scales about the origin, so the mean becomes k mu; not equivariant for k != 1. */
    public record ScaleAboutOrigin(double factor) implements Submission {
        @Override public String name() { return "scale-about-origin(" + factor + ")"; }
        @Override public int outputSize(int inputSize) { return inputSize; }
        @Override public double[] apply(double[] x, UniformRandomProvider rng) {
            return Arrays.stream(x).map(v -> factor * v).toArray();
        }
        @Override public boolean translationEquivariant() { return factor == 1.0; }
        @Override public boolean ignoresData() { return factor == 0.0; }
        @Override public Optional<DataLaw> law(DataLaw in) {
            BigFraction k = exact(factor);
            return Optional.of(in.size() == 0 ? in : new DataLaw(in.size(), in.alpha().multiply(k),
                    in.beta().multiply(k), in.meanVariance().multiply(k).multiply(k),
                    in.pointVariance().map(p -> p.multiply(k).multiply(k))));
        }
    }

    /** Adds independent N(0, tau^2) noise to every point. */
    public record AddNoise(double sd) implements Submission {
        /**
         * @param sd tau, the noise's standard deviation, finite and {@code >= 0}
         * @throws IllegalArgumentException if {@code sd} is negative, NaN or infinite
         */
        public AddNoise {
            if (!(sd >= 0) || !Double.isFinite(sd)) {
                throw new IllegalArgumentException("noise sd must be finite and >= 0: " + sd);
            }
        }
        @Override public String name() { return "add-noise(sd=" + sd + ")"; }
        @Override public int outputSize(int inputSize) { return inputSize; }
        @Override public double[] apply(double[] x, UniformRandomProvider rng) {
            ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
            return Arrays.stream(x).map(v -> v + sd * z.sample()).toArray();
        }
        @Override public boolean translationEquivariant() { return true; }
        @Override public boolean ignoresData() { return false; }
        @Override public Optional<DataLaw> law(DataLaw in) {
            if (in.size() == 0) {
                return Optional.of(in);
            }
            BigFraction t2 = exact(sd).multiply(exact(sd));
            return Optional.of(new DataLaw(in.size(), in.alpha(), in.beta(), in.meanVariance().add(t2.divide(in.size())),
                    in.pointVariance().map(p -> p.add(t2))));
        }
    }

    /**
     * Resizes to {@code target} points keeping the sample mean: pads with copies of the mean, or
     * keeps the first {@code target} points re-centred on the full mean. This is f_a / f_b of
     * Lemmas 7 and 8 (f_b when applied to the collected data). An empty input has mean 0 by
     * convention, so it becomes {@code target} zeros.
     */
    public record ResizeKeepingMean(int target) implements Submission {
        /**
         * @param target the output size, {@code >= 0}
         * @throws IllegalArgumentException if {@code target < 0}
         */
        public ResizeKeepingMean {
            if (target < 0) {
                throw new IllegalArgumentException("target size must be >= 0: " + target);
            }
        }
        @Override public String name() { return "resize-keeping-mean(" + target + ")"; }
        @Override public int outputSize(int inputSize) { return target; }
        @Override public double[] apply(double[] x, UniformRandomProvider rng) {
            double m = mean(x);
            double[] y = new double[target];
            if (x.length >= target) {
                double keptMean = mean(Arrays.copyOf(x, target));
                for (int k = 0; k < target; k++) {
                    y[k] = x[k] - keptMean + m;
                }
            } else {
                System.arraycopy(x, 0, y, 0, x.length);
                Arrays.fill(y, x.length, target, m);
            }
            return y;
        }
        @Override public boolean translationEquivariant() { return true; }
        @Override public boolean ignoresData() { return false; }
        @Override public Optional<DataLaw> law(DataLaw in) {
            return Optional.of(target == 0 ? DataLaw.empty() : in.size() == 0
                    ? DataLaw.constantMean(target, BigFraction.ZERO) : in.resized(target));
        }
    }

    /**
     * Fabrication: fits N(m, sigma^2) to the collected data (m its sample mean, sigma^2 the public
     * variance) and submits {@code target} fresh draws from the fit.
     */
    public record FitAndSample(int target, double variance) implements Submission {
        @Override public String name() { return "fabricate-from-fit(" + target + ")"; }
        @Override public int outputSize(int inputSize) { return target; }
        @Override public double[] apply(double[] x, UniformRandomProvider rng) {
            double m = mean(x);
            double sd = Math.sqrt(variance);
            ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
            double[] y = new double[target];
            for (int k = 0; k < target; k++) {
                y[k] = m + sd * z.sample();
            }
            return y;
        }
        @Override public boolean translationEquivariant() { return true; }
        @Override public boolean ignoresData() { return false; }
        @Override public Optional<DataLaw> law(DataLaw in) {
            if (target == 0) {
                return Optional.of(DataLaw.empty());
            }
            BigFraction v = exact(variance);
            return Optional.of(new DataLaw(target, in.alpha(), in.beta(), in.meanVariance().add(v.divide(target)),
                    Optional.empty()));
        }
    }

    /** Keeps the first {@code keep} points (all if fewer): a size mismatch without bias. */
    public record Drop(int keep) implements Submission {
        @Override public String name() { return "keep-first(" + keep + ")"; }
        @Override public int outputSize(int inputSize) { return Math.min(keep, inputSize); }
        @Override public double[] apply(double[] x, UniformRandomProvider rng) {
            return Arrays.copyOf(x, Math.min(keep, x.length));
        }
        @Override public boolean translationEquivariant() { return true; }
        @Override public boolean ignoresData() { return false; }
        @Override public Optional<DataLaw> law(DataLaw in) {
            int k = Math.min(keep, in.size());
            if (k == in.size()) {
                return Optional.of(in);
            }
            if (k == 0) {
                return Optional.of(DataLaw.empty());
            }
            return in.pointVariance().map(p -> new DataLaw(k, in.alpha(), in.beta(), p.divide(k), Optional.of(p)));
        }
    }

    /** Submits every point {@code copies} times: a larger dataset with the same mean. */
    public record Duplicate(int copies) implements Submission {
        /**
         * @param copies how many times each point is submitted, {@code >= 1}
         * @throws IllegalArgumentException if {@code copies < 1}
         */
        public Duplicate {
            if (copies < 1) {
                throw new IllegalArgumentException("copies must be >= 1: " + copies);
            }
        }
        @Override public String name() { return "duplicate(x" + copies + ")"; }
        @Override public int outputSize(int inputSize) { return Math.multiplyExact(inputSize, copies); }
        @Override public double[] apply(double[] x, UniformRandomProvider rng) {
            double[] y = new double[x.length * copies];
            for (int c = 0; c < copies; c++) {
                System.arraycopy(x, 0, y, c * x.length, x.length);
            }
            return y;
        }
        @Override public boolean translationEquivariant() { return true; }
        @Override public boolean ignoresData() { return false; }
        @Override public Optional<DataLaw> law(DataLaw in) {
            return Optional.of(copies == 1 ? in : in.resized(in.size() * copies));
        }
    }

    /** A robust statistic of X, repeated {@code target} times. No closed form: simulation only. */
    public record RobustRepeated(Statistic statistic, int target) implements Submission {
        /** The robust statistics on offer. */
        public enum Statistic {
            /** The sample median (the mean of the two middle points for an even count). */
            MEDIAN("median"),
            /** The mean after dropping the lowest and highest 20% (rounded down) of the points. */
            TRIMMED_MEAN_20("trimmed-mean-20%");

            private final String label;

            Statistic(String label) {
                this.label = label;
            }

            double of(double[] x) {
                if (x.length == 0) {
                    return 0.0;
                }
                double[] s = x.clone();
                Arrays.sort(s);
                if (this == MEDIAN) {
                    int h = s.length / 2;
                    return s.length % 2 == 1 ? s[h] : (s[h - 1] + s[h]) / 2;
                }
                int cut = (int) Math.floor(0.2 * s.length);
                return mean(Arrays.copyOfRange(s, cut, s.length - cut));
            }
        }

        @Override public String name() { return statistic.label + "-repeated(" + target + ")"; }
        @Override public int outputSize(int inputSize) { return target; }
        @Override public double[] apply(double[] x, UniformRandomProvider rng) {
            double[] y = new double[target];
            Arrays.fill(y, statistic.of(x));
            return y;
        }
        @Override public boolean translationEquivariant() { return true; }
        @Override public boolean ignoresData() { return false; }
        @Override public Optional<DataLaw> law(DataLaw in) {
            // with one or two points both statistics are the sample mean
            return in.size() <= 2 && in.pointVariance().isPresent() ? new ResizeKeepingMean(target).law(in)
                    : Optional.empty();
        }
    }

    /** Ignores X and submits {@code target} copies of {@code value} (the paper's (mu~, ..., mu~)). */
    public record Constant(double value, int target) implements Submission {
        @Override public String name() { return "constant(" + value + " x" + target + ")"; }
        @Override public int outputSize(int inputSize) { return target; }
        @Override public double[] apply(double[] x, UniformRandomProvider rng) {
            double[] y = new double[target];
            Arrays.fill(y, value);
            return y;
        }
        @Override public boolean translationEquivariant() { return false; }
        @Override public boolean ignoresData() { return true; }
        @Override public Optional<DataLaw> law(DataLaw in) {
            return Optional.of(DataLaw.constantMean(target, exact(value)));
        }
    }

    /** Ignores X and submits {@code target} draws from N(mu', sigma^2): Lemma 5's f_{i,mu'}. */
    public record FixedNormal(double center, double variance, int target) implements Submission {
        @Override public String name() { return "draws-from-N(" + center + ", sigma^2) x" + target; }
        @Override public int outputSize(int inputSize) { return target; }
        @Override public double[] apply(double[] x, UniformRandomProvider rng) {
            ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
            double sd = Math.sqrt(variance);
            double[] y = new double[target];
            for (int k = 0; k < target; k++) {
                y[k] = center + sd * z.sample();
            }
            return y;
        }
        @Override public boolean translationEquivariant() { return false; }
        @Override public boolean ignoresData() { return true; }
        @Override public Optional<DataLaw> law(DataLaw in) {
            if (target == 0) {
                return Optional.of(DataLaw.empty());
            }
            BigFraction v = exact(variance);
            return Optional.of(new DataLaw(target, BigFraction.ZERO, exact(center), v.divide(target), Optional.of(v)));
        }
    }

    /** X -> second(first(X)). */
    public record Composition(Submission first, Submission second) implements Submission {
        @Override public String name() { return first.name() + " then " + second.name(); }
        @Override public int outputSize(int inputSize) { return second.outputSize(first.outputSize(inputSize)); }
        @Override public double[] apply(double[] x, UniformRandomProvider rng) {
            return second.apply(first.apply(x, rng), rng);
        }
        /**
         * Equivariant when both parts are, unless the first can empty a non-empty dataset and the
         * second turns the empty dataset into points (whose mean, 0 by convention, ignores mu).
         */
        @Override public boolean translationEquivariant() {
            return first.translationEquivariant() && second.translationEquivariant()
                    && !(first.outputSize(1) == 0 && second.outputSize(0) > 0);
        }
        @Override public boolean ignoresData() { return first.ignoresData() || second.ignoresData(); }
        @Override public Optional<DataLaw> law(DataLaw in) { return first.law(in).flatMap(second::law); }
    }
}
