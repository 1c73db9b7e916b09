package org.marketproof.competition;

/**
 * The parametric effort-to-standard-deviation maps {@code sigma(e)} a source may have. Each one is
 * strictly decreasing, convex and twice continuously differentiable on {@code [0, inf)} for
 * {@code s0, k > 0}, which is Assumption 3 of the paper.
 *
 * <p>All three have a closed-form inverse of the source's marginal gain {@code phi(e) = -d/de
 * sigma^2(e) = -2 sigma sigma'}, which is what the first-order condition (16), {@code a phi(e) =
 * 1}, needs.
 */
public enum EffortFamily {
    /** {@code sigma(e) = s0 exp(-k e)}. */
    EXPONENTIAL("exponential") {
        @Override double sigma(double s0, double k, double e) { return s0 * Math.exp(-k * e); }
        @Override double dSigma(double s0, double k, double e) { return -k * sigma(s0, k, e); }
        @Override double d2Sigma(double s0, double k, double e) { return k * k * sigma(s0, k, e); }
        @Override double phiInverse(double s0, double k, double y) {
            return Math.log(2 * k * s0 * s0 / y) / (2 * k);
        }
    },
    /** {@code sigma(e) = s0 / (1 + k e)}. */
    RECIPROCAL("reciprocal") {
        @Override double sigma(double s0, double k, double e) { return s0 / (1 + k * e); }
        @Override double dSigma(double s0, double k, double e) {
            double d = 1 + k * e;
            return -k * s0 / (d * d);
        }
        @Override double d2Sigma(double s0, double k, double e) {
            double d = 1 + k * e;
            return 2 * k * k * s0 / (d * d * d);
        }
        @Override double phiInverse(double s0, double k, double y) {
            return (Math.cbrt(2 * k * s0 * s0 / y) - 1) / k;
        }
    },
    /** {@code sigma(e) = s0 (1 + e)^(-k)}. */
    POWER("power") {
        @Override double sigma(double s0, double k, double e) { return s0 * Math.pow(1 + e, -k); }
        @Override double dSigma(double s0, double k, double e) {
            return -k * s0 * Math.pow(1 + e, -k - 1);
        }
        @Override double d2Sigma(double s0, double k, double e) {
            return k * (k + 1) * s0 * Math.pow(1 + e, -k - 2);
        }
        @Override double phiInverse(double s0, double k, double y) {
            return Math.pow(2 * k * s0 * s0 / y, 1 / (2 * k + 1)) - 1;
        }
    };

    private final String jsonName;

    EffortFamily(String jsonName) {
        this.jsonName = jsonName;
    }

    /** @return the name used for this family in competition files */
    public String jsonName() {
        return jsonName;
    }

    abstract double sigma(double s0, double k, double e);

    abstract double dSigma(double s0, double k, double e);

    abstract double d2Sigma(double s0, double k, double e);

    /**
     * @return the effort {@code e} (possibly negative) with {@code phi(e) = y}, where {@code phi =
     *     -2 sigma sigma'}; {@code phi} is strictly decreasing, so this is well defined for
     *     {@code y > 0}
     */
    abstract double phiInverse(double s0, double k, double y);
}
