package org.marketproof.market.mechanism.catalog;

import java.util.List;
import org.marketproof.InvalidInputException;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Algorithm2Design;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.settlement.Settlement;

/**
 * The paper's Algorithm 2 with one {@link Flaw}: a decorator that asks the paper's mechanism for its
 * design and settlement and then applies the flaw's rewrite.
 */
public final class FlawedAlgorithm2 implements Mechanism {

    private final Algorithm2 paper;
    private final Flaw flaw;

    public FlawedAlgorithm2(Algorithm2 paper, Flaw flaw) {
        this.paper = paper;
        this.flaw = flaw;
    }

    /** @return the flaw */
    public Flaw flaw() {
        return flaw;
    }

    @Override
    public String name() {
        return flaw.label();
    }

    @Override
    public Design design(MarketInstance instance) {
        Algorithm2Design d = paper.design(instance);
        if (flaw == Flaw.OFF_BY_ONE_N1 && d.n1() < 2) {
            throw new InvalidInputException("instance", "off-by-one-N1 needs N+ >= 3 so that N+ - 2 >= 1, but N+ = "
                    + d.nPlus());
        }
        return new FlawedDesign(d, flaw);
    }

    @Override
    public Settlement settle(Design design, List<double[]> submissions) {
        Algorithm2Design d = ((FlawedDesign) design).paper();
        return flaw.settle(d, submissions, paper.settle(d, submissions));
    }

    /** Every flaw keeps (14) and (15) functions of the sizes and means, quadratic in the means. */
    @Override
    public boolean dependsOnlyOnSizesAndMeans() {
        return true;
    }

    /** Every flaw keeps the formulas functions of mean differences (the pooled mean moves with both). */
    @Override
    public boolean translationInvariant() {
        return true;
    }

    /**
     * The paper's design with the flaw's announcement (13).
     *
     * @param paper the paper's design, whose constants the settlement uses
     * @param flaw the flaw
     */
    public record FlawedDesign(Algorithm2Design paper, Flaw flaw) implements Design {
        @Override
        public MarketInstance instance() {
            return paper.instance();
        }

        @Override
        public int instruction(int contributor) {
            return flaw.instruction(paper, contributor);
        }

        @Override
        public int allocation(int buyerType) {
            return paper.allocation(buyerType);
        }

        @Override
        public boolean sold(int contributor) {
            return flaw == Flaw.SINGLE_COLLECTOR ? contributor == 0 : paper.sold(contributor);
        }
    }
}
