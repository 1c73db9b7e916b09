package org.marketproof.competition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The exact test of whether a point {@code (c, a)} is a GN equilibrium (Definition 4), the one
 * predicate behind every verdict on the existence or uniqueness of equilibria and every
 * certificate about them (derivation 8 of {@code specs/competition.md}).
 *
 * <p>With the others' contracts fixed, aggregator {@code b}'s problem (20)/(37) is, after choosing
 * each {@code c^b_s} at the larger of its lower bounds (8), (9), the minimisation over the induced
 * efforts {@code e_s in [mu_s(R^b_s), e_max]} ({@code R^b_s} the others' total) of
 *
 * <pre>
 *   sum_i gamma^b_i sigma_i^2(e_i) + sum_{s in S_b} max(0, owed^b_s(e)),
 *   owed^b_s = sum_{j in B_s, j != b} a^j_s (sigma_s^2 + sum_{l in S_j, l != s} xi^j_{s,l} sigma_l^2) + e_s - sum_{j != b} c^j_s,
 * </pre>
 *
 * a convex function when every {@code gamma^b_i >= 0} ({@code sigma^2} is convex by Assumption 3,
 * {@code a, xi >= 0}). Its subgradient at {@code e_s = mu_s(a_s)}, where {@code sigma_s^2' = -1/a_s}
 * for {@code a_s in [underline a_s, bar a_s)}, is {@code G^b_s / a_s} with
 * {@code G^b_s = theta^b_s a^b_s - gamma^b_s - sum_{i in S_b, i != s} theta^b_i sum_{j in B_i cap B_s, j != b} a^j_i xi^j_{i,s}}
 * and {@code theta^b_i} in the subdifferential of {@code max(0, .)} at {@code owed^b_i}: 1 if
 * positive, 0 if negative, any value in {@code [0, 1]} at 0. So {@code b} is at a best response iff
 * for some admissible {@code theta}: {@code G^b_s = 0} where {@code e_s} is interior and {@code G^b_s
 * >= 0} where it is at its lower end. Everything here is rational and decided exactly; only a
 * comparison with a (transcendental) upper threshold uses an enclosure.
 *
 * <p>Outcomes: {@link Status#GNE} when every aggregator's conditions hold with the candidate's
 * {@code theta} and its loss is convex (a proof); {@link Status#NOT_GNE} when the point is
 * infeasible for some aggregator, or some aggregator's charges are above its optimum, or its
 * conditions fail where every {@code theta^b_s} is forced (the loss is then differentiable there,
 * and a non-zero gradient in a feasible direction is an improvement); otherwise
 * {@link Status#UNDECIDED}, saying why.
 */
public final class Stationarity {
    private Stationarity() {}

    /** The three outcomes of {@link #judge}. */
    public enum Status {
        /** Proved a generalized Nash equilibrium: every aggregator's conditions hold and its loss is convex. */
        GNE,
        /** Proved not an equilibrium: some aggregator is infeasible or has an improving direction. */
        NOT_GNE,
        /** Neither could be proved; the judgement's summary says why. */
        UNDECIDED
    }

    /**
     * @param status the outcome
     * @param summary one line: which aggregator and source decided it, with the figures
     * @param figures the figures behind it, in print order
     */
    public record Judgement(Status status, String summary, Map<String, String> figures) {
        /**
         * Copies {@code figures}, keeping their order.
         *
         * @param status the outcome
         * @param summary one line: which aggregator and source decided it, with the figures
         * @param figures the figures behind it, in print order
         */
        public Judgement {
            figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }
    }

    /**
     * @param em the market's exact constants
     * @param c the candidate {@code (c, a)}, its multipliers {@code theta} and charge shares
     * @return whether {@code (c, a)} is a GN equilibrium, decided exactly where possible
     */
    public static Judgement judge(ExactMarket em, EquilibriumCandidate c) {
        Market market = em.market();
        Names names = new Names(market);
        Map<String, String> figures = new LinkedHashMap<>();
        Optional<String> malformed = malformed(market, c);
        if (malformed.isPresent()) {
            return new Judgement(Status.UNDECIDED, "malformed candidate: " + malformed.get(), figures);
        }
        BigFraction[][] a = c.a();
        BigFraction[] totals = em.totals(a);
        boolean[] positive = new boolean[market.sourceCount()];
        for (int s = 0; s < totals.length; s++) {
            for (int b : market.buyers(s)) {
                if (a[b][s].signum() < 0) {
                    return infeasible(figures, names.a(b, s) + " = " + Exact.show(a[b][s]) + " < 0");
                }
            }
            if (Exact.compare(totals[s], em.lowerThreshold(s)) < 0) {
                return infeasible(figures, "a_" + names.source(s) + " = " + Exact.show(totals[s])
                        + " < underline a = " + Exact.show(em.lowerThreshold(s)) + " (a_s in A_s)");
            }
            Optional<Integer> upper = em.compareToUpper(s, totals[s]);
            if (upper.isEmpty()) {
                return new Judgement(Status.UNDECIDED, "a_" + names.source(s) + " = " + Exact.show(totals[s])
                        + " is within 2^-46 of the upper threshold", figures);
            }
            if (upper.get() > 0) {
                return new Judgement(Status.UNDECIDED, "a_" + names.source(s) + " is at or above the upper threshold:"
                        + " efforts at e_max are judged by the numerical oracle only", figures);
            }
            positive[s] = Exact.compare(totals[s], em.lowerThreshold(s)) > 0;
        }
        Judgement undecided = null;
        for (int b = 0; b < market.aggregatorCount(); b++) {
            Judgement j = aggregator(em, c, b, totals, positive, names, figures);
            if (j.status() == Status.NOT_GNE) {
                return j;
            }
            if (j.status() == Status.UNDECIDED && undecided == null) {
                undecided = j;
            }
        }
        return undecided != null ? undecided
                : new Judgement(Status.GNE, "every aggregator's first-order conditions hold exactly and its loss is"
                        + " convex", figures);
    }

    private static Judgement aggregator(ExactMarket em, EquilibriumCandidate c, int b, BigFraction[] totals,
            boolean[] positive, Names names, Map<String, String> figures) {
        Market market = em.market();
        BigFraction[][] a = c.a();
        int[] members = market.members(b);
        BigFraction[] theta = new BigFraction[market.sourceCount()];
        boolean smooth = true;
        for (int s : members) {
            BigFraction othersSlack = BigFraction.ZERO;
            for (int j : market.buyers(s)) {
                if (j != b) {
                    othersSlack = othersSlack.add(c.slack()[j][s]);
                }
            }
            boolean pays = c.shares()[b][s].signum() > 0 && positive[s];
            if (c.slack()[b][s].signum() > 0 || pays && othersSlack.signum() > 0) {
                figures.put("IR slack of " + names.source(s), Exact.show(othersSlack.add(c.slack()[b][s])));
                return new Judgement(Status.NOT_GNE, names.aggregator(b) + " can lower c^" + names.aggregator(b) + "_"
                        + names.source(s) + ": the IR constraint (8) of " + names.source(s) + " is slack by "
                        + Exact.show(othersSlack.add(c.slack()[b][s])) + " and " + names.aggregator(b)
                        + "'s payment (9) is above 0", figures);
            }
            if (pays) {
                theta[s] = BigFraction.ONE;
            } else if (othersSlack.signum() > 0) {
                theta[s] = BigFraction.ZERO;
            } else {
                theta[s] = c.theta()[b][s];
                smooth = false;
            }
        }
        boolean convex = true;
        for (int s : members) {
            convex &= em.demand(b, s).signum() >= 0;
        }
        for (int s : members) {
            BigFraction g = theta[s].multiply(a[b][s]).subtract(em.demand(b, s));
            for (int[] p : market.couplingPartners(b, s)) {
                g = g.subtract(theta[p[1]].multiply(a[p[0]][p[1]]).multiply(em.xi(p[0], p[1], s)));
            }
            boolean lowerEnd = a[b][s].signum() == 0 || Exact.compare(totals[s], em.lowerThreshold(s)) == 0;
            boolean holds = lowerEnd ? g.signum() >= 0 : g.signum() == 0;
            if (!holds) {
                String where = names.aggregator(b) + "'s first-order condition at " + names.source(s) + ": a_s G = "
                        + Exact.show(g) + (lowerEnd ? " < 0 at the lower end of its effort range" : " != 0 (interior)");
                figures.put("G^" + names.aggregator(b) + "_" + names.source(s), Exact.show(g));
                return smooth ? new Judgement(Status.NOT_GNE, where + "; its loss is differentiable there (every"
                        + " subgradient weight is forced), so it can improve", figures)
                        : new Judgement(Status.UNDECIDED, where + " with the candidate's subgradient weights", figures);
            }
        }
        return convex ? new Judgement(Status.GNE, names.aggregator(b) + " is at a best response", figures)
                : new Judgement(Status.UNDECIDED, names.aggregator(b) + "'s first-order conditions hold but some"
                        + " gamma^b_s < 0, so its loss need not be convex", figures);
    }

    private static Judgement infeasible(Map<String, String> figures, String why) {
        return new Judgement(Status.NOT_GNE, "infeasible: " + why, figures);
    }

    private static Optional<String> malformed(Market market, EquilibriumCandidate c) {
        int m = market.aggregatorCount();
        int n = market.sourceCount();
        for (BigFraction[][] x : java.util.List.of(c.a(), c.shares(), c.theta(), c.slack())) {
            if (x.length != m || java.util.Arrays.stream(x).anyMatch(row -> row.length != n)) {
                return Optional.of("profiles must be " + m + " x " + n);
            }
        }
        for (int s = 0; s < n; s++) {
            BigFraction total = BigFraction.ZERO;
            for (int b : market.buyers(s)) {
                BigFraction lambda = c.shares()[b][s];
                BigFraction theta = c.theta()[b][s];
                if (lambda.signum() < 0 || theta.signum() < 0 || Exact.compare(theta, BigFraction.ONE) > 0
                        || c.slack()[b][s].signum() < 0) {
                    return Optional.of("shares and slack must be >= 0 and theta in [0, 1] (aggregator " + b
                            + ", source " + s + ")");
                }
                total = total.add(lambda);
            }
            if (!total.isOne()) {
                return Optional.of("the shares of source " + s + " sum to " + Exact.show(total) + ", not 1");
            }
        }
        return Optional.empty();
    }

    /** Names of the instance's parties, for the summaries. */
    private record Names(Market market) {
        String source(int s) {
            return market.instance().sources().get(s).name();
        }

        String aggregator(int b) {
            return market.instance().aggregators().get(b).name();
        }

        String a(int b, int s) {
            return "a^" + aggregator(b) + "_" + source(s);
        }
    }
}
