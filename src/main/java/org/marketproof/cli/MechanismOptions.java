package org.marketproof.cli;

import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.pricing.OrderedItemPricer;
import org.marketproof.market.claims.Scenario;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which mechanism a strategic command checks: a catalog mechanism by name (the paper's Algorithm 2
 * by default), or a user's own {@link Mechanism} class, which overrides the name.
 */
final class MechanismOptions {

    @Option(names = "--mechanism", paramLabel = "NAME", defaultValue = "paper",
            description = "Catalog mechanism (default: ${DEFAULT-VALUE}); 'marketproof exploit --list-mechanisms' lists them.")
    String name;

    @Mixin
    UserMechanismOptions user;

    /** @return the selected mechanism, designed with the scenario's (or the pricer's) Algorithm 1 */
    Mechanism mechanism(Scenario scenario, OrderedItemPricer pricer) {
        return user.load().orElseGet(() -> scenario.mechanism(name, pricer));
    }

    /** @return whether the paper's own Algorithm 2 is selected */
    boolean isPaper() {
        return user.className == null && "paper".equals(name);
    }
}
