package org.marketproof.market.mechanism.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/** Mutants of the announcement (13): the instructions N_i* and the allocations m_j*. */
final class DesignMutants {

    private DesignMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                Mutant.killing("p000.irc", "off-by-one-N1", "(13) announces N_1* = N+ - 2 while (14) and (15) still test "
                        + "|Y_1| = N+ - 1: the instructed play forfeits contributor 1's bracket and keeps the penalty, "
                        + "u_1(s*) < 0 (and collecting one more point pays: ICC)",
                        Mutant.PAPER).announcing(p -> MutantDesign.of(p).announcing(p.nPlus() - 2, p.n2())),
                Mutant.killing("p000.icc", "single-collector", "Algorithm 1's baseline: contributor 1 collects all N+ "
                        + "points and is paid the whole revenue when |Y_1| = N+; nothing is compared, so submitting N+ "
                        + "fabricated points is free (Claim 6)",
                        (d, y) -> new Formulas(d, y) {
                            /** @return I(|Y_1| = N+) */
                            boolean collected() {
                                return size(1) == nPlus();
                            }

                            @Override
                            BigFraction price(int j) {
                                return collected() ? q(j) : BigFraction.ZERO;
                            }

                            @Override
                            BigFraction payment(int i) {
                                BigFraction revenue = BigFraction.ZERO;
                                for (int j = 0; j < types(); j++) {
                                    revenue = revenue.add(q(j).multiply(count(j)));
                                }
                                return i == 1 && collected() ? revenue : BigFraction.ZERO;
                            }
                        }.settle()).announcing(p -> MutantDesign.of(p).announcing(p.nPlus(), 0)),
                Mutant.killing("p000.po", "swapped-instructions", "(13) with the indices swapped, N_1* = 1 and N_2* = "
                        + "N+ - 1, formulas consistent: everything balances and is incentive compatible, but the dear "
                        + "contributor collects, profit(M, s*) = W - (c_2 - c_1)(N+ - 2) < OPT - (c_2 - c_1) for N+ >= 3",
                        Mutant.PAPER).announcing(p -> MutantDesign.of(p).withSizes(1, p.nPlus() - 1)),
                Mutant.killing("p000.po", "nplus-instead-of-n1", "(13) with N_1* = N+ (the - 1 forgotten) and N_2* = 1, "
                        + "formulas consistent: one point more than Algorithm 1 priced is collected, profit(M, s*) = "
                        + "W - c_1 < OPT - (c_2 - c_1)",
                        Mutant.PAPER).announcing(p -> MutantDesign.of(p).withSizes(p.nPlus(), 1)),
                Mutant.killing("p000.efb", "allocations-reversed", "m_j* read from the buyer type list in reverse order "
                        + "(an index swap), prices unchanged: a type pays its own q_j+ for another type's amount of data, "
                        + "and whoever now gets more data for less is envied",
                        Mutant.PAPER).announcing(p -> {
                            MutantDesign paper = MutantDesign.of(p);
                            List<Integer> m = new ArrayList<>(paper.allocations());
                            Collections.reverse(m);
                            return paper.allocating(m);
                        }));
    }
}
