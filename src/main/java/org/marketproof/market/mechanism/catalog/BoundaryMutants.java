package org.marketproof.market.mechanism.catalog;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.InvalidInputException;

/**
 * Mutants whose rule differs only at a boundary: an empty submission (which the idle contributors
 * 3, 4, ... make at s*), or an odd N+.
 */
final class BoundaryMutants {

    private BoundaryMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                Mutant.killing("p000.defined", "empty-mean-undefined", "the sample mean of an empty submission throws "
                        + "(\"mean of no data\") instead of taking the convention 0: the mechanism cannot settle when "
                        + "contributor 1 or 2 submits nothing, a strategy every contributor has",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction mean(int i) {
                                if (size(i) == 0) {
                                    throw new IllegalArgumentException("mean of an empty submission");
                                }
                                return super.mean(i);
                            }
                        }.settle()),
                Mutant.killing("p000.defined", "rejects-empty-submissions", "settle validates that every submission is "
                        + "non-empty: with three or more contributors the idle ones submit nothing at s*, and the "
                        + "mechanism throws on the instructed play itself",
                        (d, y) -> {
                            for (double[] yi : y) {
                                if (yi.length == 0) {
                                    throw new IllegalArgumentException("empty submission");
                                }
                            }
                            return Mutant.PAPER.settle(d, y);
                        }),
                Mutant.killing("p000.defined", "all-contributors-paid-by-15", "(15) applied to every contributor, not "
                        + "only to 1 and 2: for i >= 3, N_i* = 0 and the correction d_i sigma^2/N_i* divides by zero, so "
                        + "with three or more contributors no realization settles",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction payment(int i) {
                                if (i <= 2) {
                                    return super.payment(i);
                                }
                                BigFraction ni = BigFraction.ZERO;
                                BigFraction dv = BigFraction.from(instance().cost(i - 1)).multiply(ni.pow(2));
                                BigFraction correction = dv.divide(nPlus()).add(dv.divide(ni));
                                return size(i) == 0 ? correction : BigFraction.ZERO;
                            }
                        }.settle()),
                Mutant.killing("p000.bb", "empty-submission-voids-prices", "if any submission is empty, every price is 0 "
                        + "(\"refund the buyers when data is missing\") while payments are made: with three or more "
                        + "contributors the idle ones submit nothing at s*, so buyers pay nothing and the broker pays W "
                        + "+ costs",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction price(int j) {
                                for (int i = 1; i <= instance().contributors().size(); i++) {
                                    if (size(i) == 0) {
                                        return BigFraction.ZERO;
                                    }
                                }
                                return super.price(j);
                            }
                        }.settle()),
                Mutant.killing("p000.defined", "odd-nplus-unsupported", "the design refuses an odd N+ (\"cannot split the "
                        + "data evenly\"), although Algorithm 2 needs no even split: it cannot serve an instance the paper "
                        + "serves",
                        Mutant.PAPER).announcing(p -> {
                            if (p.nPlus() % 2 == 1) {
                                throw new InvalidInputException("instance", "N+ = " + p.nPlus() + " is odd");
                            }
                            return MutantDesign.of(p);
                        }),
                Mutant.killing("p000.po", "odd-nplus-split", "for odd N+, (13) balances the parity with N_1* = N+ - 2 and "
                        + "N_2* = 2, formulas consistent: contributor 2 collects one more dear point, profit(M, s*) = W - "
                        + "(c_2 - c_1) < OPT - (c_2 - c_1)",
                        Mutant.PAPER).announcing(p -> p.nPlus() % 2 == 1 ? MutantDesign.of(p).withSizes(p.nPlus() - 2, 2)
                                : MutantDesign.of(p)),
                Mutant.killing("p000.icc", "odd-nplus-no-penalty", "for odd N+ the discrepancy term is dropped from (14) "
                        + "and (15) (a branch written for the even case only): the budget balances, but payments no longer "
                        + "depend on the data, so fabricating N_i* points is free",
                        (d, y) -> new Formulas(d, y) {
                            @Override
                            BigFraction discrepancy(int i) {
                                return nPlus() % 2 == 1 ? BigFraction.ZERO : super.discrepancy(i);
                            }
                        }.settle()));
    }
}
