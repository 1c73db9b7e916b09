package org.marketproof.cli;

import java.nio.file.Path;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.pricing.OrderedItemPricer;
import org.marketproof.verify.MechanismLoader;
import org.marketproof.verify.Scenario;
import picocli.CommandLine.Option;

/**
 * Which mechanism a strategic command checks: a catalog mechanism by name (the paper's Algorithm 2
 * by default), or a user's own {@link Mechanism} class loaded from a jar or directory.
 */
final class MechanismOptions {

    @Option(names = "--mechanism", paramLabel = "NAME", defaultValue = "paper",
            description = "Catalog mechanism (default: ${DEFAULT-VALUE}); 'marketproof exploit --list-mechanisms' lists them.")
    String name;

    @Option(names = "--mechanism-class", paramLabel = "CLASS",
            description = "A user's Mechanism class (public no-argument constructor); overrides --mechanism.")
    String className;

    @Option(names = "--classpath", paramLabel = "PATH", description = "Jar or directory holding --mechanism-class.")
    Path classpath;

    /** @return the selected mechanism, designed with the scenario's (or the pricer's) Algorithm 1 */
    Mechanism mechanism(Scenario scenario, OrderedItemPricer pricer) {
        return className != null ? MechanismLoader.load(className, classpath) : scenario.mechanism(name, pricer);
    }

    /** @return whether the paper's own Algorithm 2 is selected */
    boolean isPaper() {
        return className == null && "paper".equals(name);
    }
}
