package org.marketproof.market.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.settlement.Settlement;

/**
 * Every price and payment of a mechanism at one profile of submission sizes, as exact quadratic
 * forms in the submitted means, obtained by probing the mechanism with constant datasets.
 *
 * <p>Probing: with e_k the k-th unit vector of means, f(0) gives c, f(+e_k) and f(-e_k) give b_k
 * and Q_kk, f(e_k + e_l) gives Q_kl. The fit is then checked exactly at two further mean vectors
 * and against a non-constant dataset with the same means; a mismatch means the mechanism's
 * declaration {@link Mechanism#dependsOnlyOnSizesAndMeans()} is false, and the probe refuses.
 * The check is a spot check: a mechanism that agrees with a quadratic at every probe point and
 * differs elsewhere would escape it, which is why the property is a declaration.
 *
 * @param prices the form of each buyer type's price
 * @param payments the form of each contributor's payment
 */
public record SettlementForms(List<MeanQuadraticForm> prices, List<MeanQuadraticForm> payments) {

    /**
     * @param mechanism the mechanism probed
     * @param design its design for the instance
     * @param sizes |Y_k| for every contributor
     * @return the exact forms of every price and payment at these sizes
     * @throws IllegalStateException if the mechanism is not quadratic in the means at these sizes
     */
    public static SettlementForms probe(Mechanism mechanism, Design design, int[] sizes) {
        int k = sizes.length;
        Prober p = new Prober(mechanism, design, sizes);
        double[] zero = new double[k];
        BigFraction[] f0 = p.at(zero);
        int outs = f0.length;
        BigFraction[][] linear = new BigFraction[outs][k];
        BigFraction[][][] quad = new BigFraction[outs][k][k];
        for (BigFraction[][] q : quad) {
            for (BigFraction[] row : q) {
                Arrays.fill(row, BigFraction.ZERO);
            }
        }
        for (BigFraction[] row : linear) {
            Arrays.fill(row, BigFraction.ZERO);
        }
        for (int i = 0; i < k; i++) {
            if (sizes[i] == 0) {
                continue; // the mean of an empty dataset is fixed at 0
            }
            BigFraction[] plus = p.at(unit(k, i, 1));
            BigFraction[] minus = p.at(unit(k, i, -1));
            for (int o = 0; o < outs; o++) {
                linear[o][i] = plus[o].subtract(minus[o]).divide(2);
                quad[o][i][i] = plus[o].add(minus[o]).divide(2).subtract(f0[o]);
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (sizes[i] == 0 || sizes[j] == 0) {
                    continue;
                }
                double[] m = new double[k];
                m[i] = 1;
                m[j] = 1;
                BigFraction[] both = p.at(m);
                for (int o = 0; o < outs; o++) {
                    quad[o][i][j] = both[o].subtract(f0[o]).subtract(linear[o][i]).subtract(linear[o][j])
                            .subtract(quad[o][i][i]).subtract(quad[o][j][j]);
                }
            }
        }
        List<MeanQuadraticForm> forms = new ArrayList<>();
        for (int o = 0; o < outs; o++) {
            forms.add(new MeanQuadraticForm(f0[o], linear[o], quad[o]));
        }
        for (double[] check : new double[][] {pattern(sizes, 3.0, -1.75), pattern(sizes, -2.5, 0.625)}) {
            p.verify(check, forms, false);
            p.verify(check, forms, true);
        }
        int types = design.instance().buyers().size();
        return new SettlementForms(List.copyOf(forms.subList(0, types)), List.copyOf(forms.subList(types, outs)));
    }

    private static double[] unit(int k, int i, double v) {
        double[] m = new double[k];
        m[i] = v;
        return m;
    }

    private static double[] pattern(int[] sizes, double first, double step) {
        double[] m = new double[sizes.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = sizes[i] == 0 ? 0 : first + i * step;
        }
        return m;
    }

    /** Settles constant (or spread-out) datasets with prescribed means. */
    private record Prober(Mechanism mechanism, Design design, int[] sizes) {

        BigFraction[] at(double[] means) {
            return settle(means, false);
        }

        BigFraction[] settle(double[] means, boolean spread) {
            List<double[]> subs = new ArrayList<>();
            for (int i = 0; i < sizes.length; i++) {
                double[] y = new double[sizes[i]];
                Arrays.fill(y, means[i]);
                if (spread && y.length >= 2) {
                    // same mean, different points: +1/2 and -1/2 around it (exact in binary)
                    y[0] += 0.5;
                    y[1] -= 0.5;
                }
                subs.add(y);
            }
            Settlement s = mechanism.settle(design, subs);
            List<BigFraction> all = new ArrayList<>(s.prices());
            all.addAll(s.payments());
            return all.toArray(new BigFraction[0]);
        }

        void verify(double[] means, List<MeanQuadraticForm> forms, boolean spread) {
            BigFraction[] actual = settle(means, spread);
            List<BigFraction> m = new ArrayList<>();
            for (double x : means) {
                m.add(BigFraction.from(x));
            }
            for (int o = 0; o < actual.length; o++) {
                if (!forms.get(o).at(m).equals(actual[o])) {
                    throw new IllegalStateException("mechanism '" + mechanism.name() + "' declares that it depends "
                            + "only on submission sizes and means, quadratically, but at sizes " + Arrays.toString(sizes)
                            + (spread ? " a dataset with the same means but spread-out points" : " the probe at means "
                            + Arrays.toString(means)) + " disagrees with the fitted quadratic");
                }
            }
        }
    }
}
