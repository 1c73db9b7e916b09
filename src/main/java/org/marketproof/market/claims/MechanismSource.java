package org.marketproof.market.claims;

import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.market.pricing.OrderedItemPricer;

/** Rebuilds the mechanism a certificate names, to re-check it. */
@FunctionalInterface
public interface MechanismSource {

    /**
     * @param name the mechanism's name as recorded
     * @param instance the certificate's instance
     * @param pricing the recorded Algorithm 1 output, or null
     * @return the mechanism, designed as it was when the certificate was written
     * @throws org.marketproof.InvalidInputException if no mechanism has that name
     */
    Mechanism mechanism(String name, MarketInstance instance, GivenPricing pricing);

    /**
     * @param pricer the pricer Algorithm 1 runs with when no output is recorded
     * @return catalog mechanisms by name, designed from the recorded Algorithm 1 output or with {@code pricer}
     */
    static MechanismSource catalog(OrderedItemPricer pricer) {
        return (name, instance, pricing) -> MechanismCatalog.named(name, new Scenario(instance, pricing).algorithm1(pricer));
    }
}
