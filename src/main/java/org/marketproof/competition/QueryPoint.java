package org.marketproof.competition;

import java.util.Arrays;

/**
 * One atom of an aggregator's weighting distribution {@code F_b} over query points (Section
 * III-C): the estimate's squared error at {@code x} counts with probability {@code weight}.
 *
 * @param x the query point's features
 * @param weight its probability under {@code F_b}, {@code > 0}
 */
public record QueryPoint(double[] x, double weight) {

    /**
     * Validates and copies the point.
     *
     * @param x the query point's features, finite
     * @param weight its probability under {@code F_b}, finite and {@code > 0}
     * @throws org.marketproof.InvalidInputException naming the field if {@code x} is missing or has
     *     a non-finite coordinate, or {@code weight} is not a finite number {@code > 0}
     */
    public QueryPoint {
        Checks.require(x != null, "x", "is missing");
        for (int i = 0; i < x.length; i++) {
            Checks.require(Double.isFinite(x[i]), "x[" + i + "]", "must be a finite number");
        }
        Checks.require(Double.isFinite(weight) && weight > 0, "weight",
                "must be a finite number > 0, got " + weight);
        x = x.clone();
    }

    /** @return a copy of the query point {@code x} */
    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueryPoint q && Arrays.equals(x, q.x) && weight == q.weight;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Double.hashCode(weight);
    }

    @Override
    public String toString() {
        return "QueryPoint[x=" + Arrays.toString(x) + ", weight=" + weight + "]";
    }
}
