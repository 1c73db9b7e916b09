package org.marketproof.testing;

import java.util.List;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.settlement.Settlement;

/** A mechanism that forwards to another, so that a test can give it a public no-argument constructor. */
class ForwardingMechanism implements Mechanism {

    private final Mechanism delegate;

    ForwardingMechanism(Mechanism delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Design design(MarketInstance instance) {
        return delegate.design(instance);
    }

    @Override
    public Settlement settle(Design design, List<double[]> submissions) {
        return delegate.settle(design, submissions);
    }

    @Override
    public boolean dependsOnlyOnSizesAndMeans() {
        return delegate.dependsOnlyOnSizesAndMeans();
    }

    @Override
    public boolean translationInvariant() {
        return delegate.translationInvariant();
    }
}
