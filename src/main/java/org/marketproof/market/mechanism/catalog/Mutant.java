package org.marketproof.market.mechanism.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.marketproof.claims.ClaimId;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Algorithm2Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.settlement.Settlement;

/**
 * A mutant of Algorithm 2 (paper 000, section 5): one change a developer could make to the
 * mechanism, with the claim of paper 000 it must break and why, or none for an equivalent mutant
 * (a refactoring, or a change of behaviour no claim sees), which must never be flagged. The
 * mutation benchmark ({@code specs/mutation.md}) checks every mutant on every claim.
 *
 * @param name the name on the command line ({@code --mechanism}) and in replay files
 * @param breaks the claim the mutant must falsify; empty for an equivalent mutant
 * @param why what changed and why that claim breaks (or why no claim sees it)
 * @param announce the announcement (13) made from the paper's design
 * @param settle prices and payments of one realization
 * @param quadraticInMeans whether prices and payments stay polynomials of degree at most 2 in the
 *     submitted means at each size profile (declared through the Mechanism SPI)
 */
public record Mutant(String name, Optional<ClaimId> breaks, String why, Announce announce, Settle settle,
        boolean quadraticInMeans) {

    /** The announcement of a mutant, from the paper's design; may refuse the instance. */
    @FunctionalInterface
    public interface Announce {
        /**
         * @param paper the paper's design (13) for the instance
         * @return the mutant's announcement
         * @throws org.marketproof.InvalidInputException if the mutant cannot serve the instance
         */
        MutantDesign announce(Algorithm2Design paper);
    }

    /** The settlement of a mutant for one realization. */
    @FunctionalInterface
    public interface Settle {
        /**
         * @param design the mutant's announcement
         * @param submissions Y_i for every contributor in cost order
         * @return each buyer type's price and each contributor's payment
         */
        Settlement settle(MutantDesign design, List<double[]> submissions);
    }

    /** The paper's prices (14) and payments (15), term by term. */
    static final Settle PAPER = (d, y) -> new Formulas(d, y).settle();

    /**
     * @param name the name on the command line and in replay files
     * @param breaks the claim the mutant must falsify; empty for an equivalent mutant
     * @param why what changed and why, not blank
     * @param announce the announcement made from the paper's design
     * @param settle prices and payments of one realization
     * @param quadraticInMeans whether prices and payments stay quadratic in the submitted means
     * @throws NullPointerException if {@code name}, {@code breaks}, {@code announce} or {@code settle} is null
     * @throws IllegalArgumentException if {@code why} is null or blank
     */
    public Mutant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(breaks, "breaks");
        Objects.requireNonNull(announce, "announce");
        Objects.requireNonNull(settle, "settle");
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException(name + ": a mutant says why it breaks its claim");
        }
    }

    /**
     * @param claim the id of the claim it must falsify, e.g. {@code p000.bb}
     * @return a mutant with the paper's announcement, quadratic in the means
     */
    static Mutant killing(String claim, String name, String why, Settle settle) {
        return new Mutant(name, Optional.of(ClaimId.of(claim)), why, MutantDesign::of, settle, true);
    }

    /** @return an equivalent mutant with the paper's announcement, quadratic in the means */
    static Mutant equivalent(String name, String why, Settle settle) {
        return new Mutant(name, Optional.empty(), why, MutantDesign::of, settle, true);
    }

    /** @return this mutant with another announcement */
    Mutant announcing(Announce a) {
        return new Mutant(name, breaks, why, a, settle, quadraticInMeans);
    }

    /** @return this mutant declaring that its prices or payments are not quadratic in the means */
    Mutant notQuadratic() {
        return new Mutant(name, breaks, why, announce, settle, false);
    }

    /** @return whether no claim may be falsified on this mutant (unless on the paper's mechanism too) */
    public boolean equivalent() {
        return breaks.isEmpty();
    }

    /**
     * @param algorithm1 runs Algorithm 1 on an instance (with the ordered-item pricer of choice)
     * @return the mutant as a mechanism, its Algorithm 2 running {@code algorithm1}
     */
    public Mechanism mechanism(Function<MarketInstance, Algorithm1Result> algorithm1) {
        return new MutatedAlgorithm2(this, new Algorithm2(algorithm1));
    }
}
