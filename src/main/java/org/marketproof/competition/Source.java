package org.marketproof.competition;

import java.util.Arrays;

/**
 * A strategic data source (Section III-B): it samples {@code f} at the common-knowledge feature
 * point {@code x_s} with a variance it controls through private effort.
 *
 * @param name unique name
 * @param x the feature point {@code x_s}
 * @param effort the effort set and effort-to-variance map
 */
public record Source(String name, double[] x, EffortModel effort) {

    /**
     * Validates and copies the feature point.
     *
     * @param name unique, non-blank name
     * @param x the feature point {@code x_s}, finite
     * @param effort the effort set and effort-to-variance map
     * @throws org.marketproof.InvalidInputException naming the field if the name is blank, {@code x}
     *     is missing or has a non-finite coordinate, or {@code effort} is missing
     */
    public Source {
        Checks.require(name != null && !name.isBlank(), "name", "must be a non-empty string");
        Checks.require(x != null, "x", "is missing");
        for (int i = 0; i < x.length; i++) {
            Checks.require(Double.isFinite(x[i]), "x[" + i + "]", "must be a finite number");
        }
        Checks.require(effort != null, "effort", "is missing");
        x = x.clone();
    }

    /** @return a copy of the feature point {@code x_s} */
    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source s && name.equals(s.name) && Arrays.equals(x, s.x)
                && effort.equals(s.effort);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(x)) + effort.hashCode();
    }

    @Override
    public String toString() {
        return "Source[" + name + ", x=" + Arrays.toString(x) + ", " + effort + "]";
    }
}
