package org.marketproof.competition;

import java.util.ArrayList;
import java.util.List;
import org.marketproof.claims.Progress;

/**
 * The price of anarchy against the coupling scale {@code alpha} (the remark after Theorem 2:
 * {@code Xi} replaced by {@code alpha Xi}), from 0 up to where equilibria stop existing: {@code
 * 1 / rho(Xi)} under Theorem 1's hypotheses, else a fixed range.
 *
 * @param alphas the scales sampled
 * @param poa per scale, the prices of anarchy of the equilibria found (empty when none)
 * @param limit {@code 1 / rho(Xi)} when equilibria stop existing there, else {@code +inf}
 */
public record PoaCurve(double[] alphas, List<double[]> poa, double limit) {

    /**
     * @param instance the market; its own coupling scale is ignored (the curve starts from 1)
     * @param points how many scales to sample
     * @return the curve
     * @throws org.marketproof.InvalidInputException for field {@code --points} if {@code points < 2}
     */
    public static PoaCurve of(CompetitionInstance instance, int points) {
        return of(instance, points, Progress.NONE);
    }

    /**
     * @param instance the market; its own coupling scale is ignored (the curve starts from 1)
     * @param points how many scales to sample
     * @param progress told after each scale how many of the {@code points} are done
     * @return the curve
     * @throws org.marketproof.InvalidInputException for field {@code --points} if {@code points < 2}
     */
    public static PoaCurve of(CompetitionInstance instance, int points, Progress progress) {
        Checks.require(points >= 2, "--points", "must be at least 2, got " + points);
        Market unit = new Market(instance.withCouplingScale(1));
        EquilibriumSolver solver = new EquilibriumSolver(unit);
        double rho = solver.couplingMatrix().spectralRadius().estimate();
        boolean linear = Hypotheses.of(unit).theorem1();
        double limit = linear && rho > 0 ? 1 / rho : Double.POSITIVE_INFINITY;
        double top = Double.isFinite(limit) ? limit * (1 - 1e-3) : Math.max(2, rho > 0 ? 2 / rho : 2);
        double[] alphas = new double[points];
        List<double[]> poa = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            progress.report(i, points, "alpha " + (i + 1) + "/" + points);
            alphas[i] = top * i / (points - 1);
            Market m = new Market(instance.withCouplingScale(alphas[i]));
            SocialCost cost = new SocialCost(m);
            if (!cost.priceOfAnarchyDefined()) {
                poa.add(new double[0]);
                continue;
            }
            poa.add(new EquilibriumSolver(m).analyze().equilibria().stream()
                    .mapToDouble(e -> cost.priceOfAnarchy(e.efforts())).toArray());
        }
        progress.report(points, points, "alpha " + points + "/" + points);
        return new PoaCurve(alphas, poa, limit);
    }
}
