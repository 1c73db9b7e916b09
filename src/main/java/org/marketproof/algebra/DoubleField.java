package org.marketproof.algebra;

/** IEEE doubles: fast, rounded. For figures that are statistical or approximate anyway. */
public enum DoubleField implements Field<Double> {
    /** The one instance. */
    INSTANCE;

    @Override public Double of(long n) { return (double) n; }

    @Override public Double of(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        return x;
    }

    @Override public Double add(Double a, Double b) { return a + b; }

    @Override public Double subtract(Double a, Double b) { return a - b; }

    @Override public Double multiply(Double a, Double b) { return a * b; }

    @Override public Double divide(Double a, Double b) { return a / b; }
}
