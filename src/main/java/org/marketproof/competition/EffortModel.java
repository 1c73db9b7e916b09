package org.marketproof.competition;

/**
 * One source's effort set {@code E_s} and effort-to-variance map {@code sigma_s^2} (Section
 * III-B), with the induced best-response effort {@code mu_s} of Section III-F.
 *
 * <p>The source maximises (12), {@code -a sigma^2(e) - e + const} over {@code E_s}, where {@code
 * a} is the total linear coefficient (13). With {@code phi(e) = -d/de sigma^2(e) > 0} strictly
 * decreasing (Assumption 3: {@code (sigma^2)'' = 2(sigma'^2 + sigma sigma'') > 0}), the objective
 * is strictly concave and its maximiser is {@code phi^-1(1/a)} clipped to {@code E_s}: this is the
 * first-order condition (16), {@code 2 a sigma sigma' + 1 = 0}, with its corner cases.
 *
 * @param family the parametric family of {@code sigma}
 * @param s0 the standard deviation at zero effort, {@code > 0}
 * @param k the rate, {@code > 0}
 * @param maxEffort {@code e_max}, or {@code +inf} for {@code E_s = [0, inf)}
 */
public record EffortModel(EffortFamily family, double s0, double k, double maxEffort) {

    /**
     * Validates the parameters.
     *
     * @param family the parametric family of {@code sigma}
     * @param s0 the standard deviation at zero effort, {@code > 0}
     * @param k the rate, {@code > 0}
     * @param maxEffort {@code e_max > 0}, or {@code +inf} for {@code E_s = [0, inf)}
     * @throws org.marketproof.InvalidInputException naming the field if {@code family} is missing,
     *     {@code s0} or {@code k} is not a finite number {@code > 0}, or {@code maxEffort} is NaN or
     *     not {@code > 0}
     */
    public EffortModel {
        Checks.require(family != null, "family", "is missing");
        Checks.require(Double.isFinite(s0) && s0 > 0, "s0", "must be a finite number > 0, got " + s0);
        Checks.require(Double.isFinite(k) && k > 0, "k", "must be a finite number > 0, got " + k);
        Checks.require(maxEffort > 0 && !Double.isNaN(maxEffort), "max",
                "must be a number > 0 (absent for unbounded effort), got " + maxEffort);
    }

    /**
     * @param family the parametric family of {@code sigma}
     * @param s0 the standard deviation at zero effort, {@code > 0}
     * @param k the rate, {@code > 0}
     * @return an unbounded-effort model, {@code E_s = [0, inf)}
     */
    public static EffortModel unbounded(EffortFamily family, double s0, double k) {
        return new EffortModel(family, s0, k, Double.POSITIVE_INFINITY);
    }

    /** @return whether {@code E_s = [0, e_max]} with {@code e_max} finite */
    public boolean bounded() {
        return maxEffort != Double.POSITIVE_INFINITY;
    }

    /**
     * @param e the effort, in {@code E_s}
     * @return {@code sigma_s(e)}, the standard deviation of the reading at effort {@code e}
     */
    public double sigma(double e) {
        return family.sigma(s0, k, e);
    }

    /**
     * @param e the effort, in {@code E_s}
     * @return {@code sigma_s^2(e)}, the variance of the reading at effort {@code e}
     */
    public double variance(double e) {
        double s = sigma(e);
        return s * s;
    }

    /**
     * @param e the effort, in {@code E_s}
     * @return {@code d sigma_s / de} at {@code e} (negative: effort lowers the noise)
     */
    public double dSigma(double e) {
        return family.dSigma(s0, k, e);
    }

    /**
     * @param e the effort, in {@code E_s}
     * @return {@code d^2 sigma_s / de^2} at {@code e}
     */
    public double d2Sigma(double e) {
        return family.d2Sigma(s0, k, e);
    }

    /**
     * @param e the effort, in {@code E_s}
     * @return {@code phi(e) = -d/de sigma^2(e) = -2 sigma(e) sigma'(e)}, the marginal variance cut
     */
    public double marginalVarianceCut(double e) {
        return -2 * sigma(e) * dSigma(e);
    }

    /**
     * The lower threshold {@code underline(a)_s} of Definition 3: the largest total coefficient at
     * which the source still exerts no effort, {@code 1 / phi(0)}. (The converted text of (14)
     * reads "min {a : mu(a) = 0}", which would be 0; the table and the use in Theorem 1 make clear
     * that the threshold below which effort would be negative is meant.)
     *
     * @return {@code 1 / phi(0)}
     */
    public double lowerThreshold() {
        return 1 / marginalVarianceCut(0);
    }

    /**
     * The upper threshold {@code bar(a)_s} of Definition 3, (15): the smallest total coefficient
     * at which the source exerts {@code e_max}, {@code 1 / phi(e_max)}; {@code +inf} when effort
     * is unbounded.
     *
     * @return {@code 1 / phi(e_max)}, or {@code +inf} for unbounded effort
     */
    public double upperThreshold() {
        return bounded() ? 1 / marginalVarianceCut(maxEffort) : Double.POSITIVE_INFINITY;
    }

    /**
     * {@code mu_s(a)}: the source's unique best-response effort (12) to the total linear
     * coefficient {@code a} (13), from (16) with the corners of Definition 3: zero at or below the
     * lower threshold, {@code e_max} at or above the upper threshold.
     *
     * @param a the total linear coefficient {@code a_s = sum_{j in B_s} a^j_s} (13); NaN gives 0
     * @return {@code mu_s(a)}, in {@code E_s}
     */
    public double bestEffort(double a) {
        if (!(a > lowerThreshold())) {
            return 0;
        }
        if (a >= upperThreshold()) {
            return maxEffort;
        }
        double e = family.phiInverse(s0, k, 1 / a);
        return Math.min(Math.max(e, 0), maxEffort);
    }

    /**
     * The smallest total coefficient that induces effort {@code e}: {@code 1 / phi(e)}, the
     * inverse of {@link #bestEffort} on the interior of {@code A_s}.
     *
     * @param e the effort, in {@code E_s}
     * @return {@code 1 / phi(e)}
     */
    public double coefficientFor(double e) {
        return 1 / marginalVarianceCut(e);
    }

    /**
     * The derivative of {@code mu_s} at {@code a} in the interior of {@code A_s}, by implicit
     * differentiation of (16) (proof of Lemma 1): {@code (2 a^2 (sigma'^2 + sigma sigma''))^-1}
     * evaluated at {@code mu_s(a)}.
     *
     * @param a the total linear coefficient, strictly between the thresholds of Definition 3
     * @return {@code mu_s'(a)}
     */
    public double bestEffortSlope(double a) {
        double e = bestEffort(a);
        double ds = dSigma(e);
        return 1 / (2 * a * a * (ds * ds + sigma(e) * d2Sigma(e)));
    }
}
