package org.marketproof.competition;

/**
 * The separable estimators (Assumption 4) an aggregator may use. Both are linear least-squares
 * smoothers {@code f_hat(x*) = z(x*)^T (Z^T Z)^-1 Z^T y} on a feature map {@code z}: ordinary least
 * squares on {@code z(x) = [x, 1]}, and the sample mean, which is least squares on {@code z(x) =
 * [1]}. For such an estimator, with independent zero-mean noise (Assumption 2) and {@code f} in
 * the model class, {@code E (f_hat(x*) - f(x*))^2 = sum_i (z(x*)^T G^-1 z_i)^2 sigma_i^2}, so
 * {@code h(x_i, x, F) = E_{x* ~ F} (z(x*)^T G^-1 z_i)^2} with {@code G = Z^T Z} (the formula of
 * [17, Footnote 6] quoted in the proof of Corollary 1).
 */
public enum EstimatorKind {
    /** Ordinary least squares on the features {@code [x, 1]}. */
    OLS("ols"),
    /** The sample mean: least squares on the constant feature {@code [1]}. */
    MEAN("mean");

    private final String jsonName;

    EstimatorKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** @return the name used in competition files */
    public String jsonName() {
        return jsonName;
    }

    /** @return the feature vector {@code z(x)} */
    double[] features(double[] x) {
        if (this == MEAN) {
            return new double[] {1};
        }
        double[] z = new double[x.length + 1];
        System.arraycopy(x, 0, z, 0, x.length);
        z[x.length] = 1;
        return z;
    }
}
