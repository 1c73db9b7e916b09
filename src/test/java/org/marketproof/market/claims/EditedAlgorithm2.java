package org.marketproof.market.claims;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.settlement.Settlement;

/**
 * Algorithm 2 edited after the fact through the {@link Mechanism} SPI, the way a developer changing a
 * mechanism might get it subtly wrong (issue 8's examples): each edit rewrites the paper's settlement.
 */
class EditedAlgorithm2 implements Mechanism {

    /** A change to the paper's settlement of some submissions. */
    @FunctionalInterface
    interface Edit {
        Settlement apply(Design design, List<double[]> submissions, Settlement paper);
    }

    private final String name;
    private final boolean quadratic;
    private final Edit edit;
    private final Algorithm2 paper = Algorithm2.withPricer(new GridPricer(0.01));

    /**
     * @param quadratic whether the edited rules stay quadratic in the means (then the mechanism
     *     declares it, as the paper's does)
     */
    EditedAlgorithm2(String name, boolean quadratic, Edit edit) {
        this.name = name;
        this.quadratic = quadratic;
        this.edit = edit;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Design design(MarketInstance instance) {
        return paper.design(instance);
    }

    @Override
    public Settlement settle(Design design, List<double[]> submissions) {
        return edit.apply(design, submissions, paper.settle(design, submissions));
    }

    @Override
    public boolean dependsOnlyOnSizesAndMeans() {
        return quadratic;
    }

    @Override
    public boolean translationInvariant() {
        return quadratic;
    }

    /** @return the settlement with price j shifted by {@code delta} */
    static Settlement shiftPrice(Settlement s, int j, BigFraction delta) {
        List<BigFraction> prices = new ArrayList<>(s.prices());
        prices.set(j, prices.get(j).add(delta));
        return new Settlement(s.instance(), prices, s.payments());
    }

    /** @return the settlement with payment i shifted by {@code delta} */
    static Settlement shiftPayment(Settlement s, int i, BigFraction delta) {
        List<BigFraction> payments = new ArrayList<>(s.payments());
        payments.set(i, payments.get(i).add(delta));
        return new Settlement(s.instance(), s.prices(), payments);
    }
}
