package org.marketproof.market.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The strategies the searches try, for one contributor of one game.
 *
 * <p>Named manipulations at every useful n ({@link #enumerate}), random compositions
 * ({@link #random}) and the neighbours of a strategy for local improvement ({@link #neighbours}).
 * The submitted size targets N_i* (the instruction) or a wrong size; the "useful range" of n is
 * 0..2N_i* + 3 in full for small instructions and a ladder around N_i* for large ones (beyond, the
 * collection cost grows linearly while (15) is bounded in n).
 */
public final class StrategyCatalog {

    private final int instructed;
    private final double variance;
    private final double sd;

    /**
     * @param instructed N_i*
     * @param variance sigma^2
     */
    public StrategyCatalog(int instructed, double variance) {
        this.instructed = instructed;
        this.variance = variance;
        this.sd = Math.sqrt(variance);
    }

    /** @return the values of n to try */
    public List<Integer> usefulCollections() {
        TreeSet<Integer> n = new TreeSet<>();
        int top = 2 * instructed + 3;
        if (top <= 64) {
            for (int k = 0; k <= top; k++) {
                n.add(k);
            }
        } else {
            for (int k = 0; k <= 4; k++) {
                n.add(k);
            }
            for (int d = -3; d <= 3; d++) {
                n.add(instructed + d);
            }
            for (int k = 1; k <= top; k *= 2) {
                n.add(k);
            }
            n.add(instructed / 2);
            n.add(top);
        }
        return List.copyOf(n);
    }

    /** @return the named manipulations at every useful n, and the data-free ones of Lemma 5 */
    public List<Strategy> enumerate() {
        List<Strategy> all = new ArrayList<>();
        int target = instructed;
        for (int n : usefulCollections()) {
            for (Submission f : manipulations(n)) {
                all.add(Strategy.of(n, f));
            }
        }
        for (Submission f : fabrications()) {
            all.add(Strategy.of(0, f));
        }
        all.add(new Strategy.Mixture(0.5, Strategy.truthful(target), Strategy.of(0, new Submissions.Constant(0, target))));
        all.add(new Strategy.Mixture(0.5, Strategy.of(target, new Submissions.Identity()),
                Strategy.of(Math.max(0, target - 1), new Submissions.ResizeKeepingMean(target))));
        return all;
    }

    private List<Submission> manipulations(int n) {
        int target = instructed;
        List<Submission> f = new ArrayList<>();
        f.add(new Submissions.Identity());
        if (n != target) {
            f.add(new Submissions.ResizeKeepingMean(target));
        }
        f.add(new Submissions.FitAndSample(target, variance));
        if (n == target) {
            f.add(new Submissions.Shift(sd / 2));
            f.add(new Submissions.Shift(-sd / 2));
            f.add(new Submissions.ScaleAboutMean(0));
            f.add(new Submissions.ScaleAboutMean(2));
            f.add(new Submissions.AddNoise(sd));
            f.add(new Submissions.ScaleAboutOrigin(0.5));
            f.add(new Submissions.Duplicate(2));
            f.add(new Submissions.ResizeKeepingMean(target + 1));
            f.add(new Submissions.RobustRepeated(Submissions.RobustRepeated.Statistic.MEDIAN, target));
            f.add(new Submissions.RobustRepeated(Submissions.RobustRepeated.Statistic.TRIMMED_MEAN_20, target));
        }
        if (n > target) {
            f.add(new Submissions.Drop(target));
        }
        return f;
    }

    private List<Submission> fabrications() {
        int target = instructed;
        List<Submission> f = new ArrayList<>();
        for (int size : new int[] {target, target + 1, Math.max(0, target - 1)}) {
            f.add(new Submissions.Constant(0, size));
            f.add(new Submissions.FixedNormal(0, variance, size));
        }
        return f;
    }

    /**
     * @param rng the seeded source of every choice
     * @return a random strategy: random n, a chain of 1 to 3 random submissions, sometimes a mixture
     */
    public Strategy random(UniformRandomProvider rng) {
        Strategy s = randomPure(rng);
        if (rng.nextInt(5) == 0) {
            s = new Strategy.Mixture((rng.nextInt(8) + 0.5) / 8, s, randomPure(rng));
        }
        return s;
    }

    private Strategy randomPure(UniformRandomProvider rng) {
        List<Integer> ns = usefulCollections();
        int n = ns.get(rng.nextInt(ns.size()));
        Submission f = randomSubmission(rng);
        int links = rng.nextInt(3);
        for (int k = 0; k < links; k++) {
            f = f.andThen(randomSubmission(rng));
        }
        return Strategy.of(n, f);
    }

    private Submission randomSubmission(UniformRandomProvider rng) {
        int size = Math.max(0, instructed + rng.nextInt(3) - 1);
        double x = (rng.nextDouble() - 0.5) * 2 * sd;
        return switch (rng.nextInt(12)) {
            case 0 -> new Submissions.Identity();
            case 1 -> new Submissions.Shift(x);
            case 2 -> new Submissions.ScaleAboutMean(rng.nextDouble() * 2);
            case 3 -> new Submissions.ScaleAboutOrigin(rng.nextDouble() * 2);
            case 4 -> new Submissions.AddNoise(rng.nextDouble() * sd);
            case 5 -> new Submissions.ResizeKeepingMean(size);
            case 6 -> new Submissions.FitAndSample(size, variance);
            case 7 -> new Submissions.Drop(size);
            case 8 -> new Submissions.Duplicate(1 + rng.nextInt(3));
            case 9 -> new Submissions.RobustRepeated(Submissions.RobustRepeated.Statistic.values()[rng.nextInt(2)], size);
            case 10 -> new Submissions.Constant(x, size);
            default -> new Submissions.FixedNormal(x, variance, size);
        };
    }

    /**
     * @param s the strategy to perturb
     * @return strategies one step away: n moved by 1 or a quarter, parameters halved or negated
     */
    public List<Strategy> neighbours(Strategy s) {
        List<Strategy> out = new ArrayList<>();
        if (s instanceof Strategy.Pure p) {
            int step = Math.max(1, p.collect() / 4);
            for (int n : new int[] {p.collect() - 1, p.collect() + 1, p.collect() - step, p.collect() + step}) {
                if (n >= 0 && n != p.collect()) {
                    out.add(Strategy.of(n, p.submission()));
                }
            }
            for (Submission f : tweaks(p.submission())) {
                out.add(Strategy.of(p.collect(), f));
            }
        } else if (s instanceof Strategy.Mixture m) {
            for (double q : new double[] {m.probability() / 2, (1 + m.probability()) / 2}) {
                out.add(new Strategy.Mixture(q, m.first(), m.second()));
            }
            neighbours(m.first()).forEach(a -> out.add(new Strategy.Mixture(m.probability(), a, m.second())));
        }
        return out;
    }

    private List<Submission> tweaks(Submission f) {
        List<Submission> out = new ArrayList<>();
        if (f instanceof Submissions.Shift sh) {
            out.add(new Submissions.Shift(sh.delta() / 2));
            out.add(new Submissions.Shift(-sh.delta()));
        } else if (f instanceof Submissions.AddNoise an) {
            out.add(new Submissions.AddNoise(an.sd() / 2));
        } else if (f instanceof Submissions.ScaleAboutMean sc) {
            out.add(new Submissions.ScaleAboutMean((1 + sc.factor()) / 2));
        } else if (f instanceof Submissions.ScaleAboutOrigin so) {
            out.add(new Submissions.ScaleAboutOrigin((1 + so.factor()) / 2));
        } else if (f instanceof Submissions.Constant c) {
            out.add(new Submissions.Constant(c.value(), instructed));
        } else if (f instanceof Submissions.Composition c) {
            tweaks(c.first()).forEach(a -> out.add(a.andThen(c.second())));
            tweaks(c.second()).forEach(b -> out.add(c.first().andThen(b)));
        }
        return out;
    }
}
