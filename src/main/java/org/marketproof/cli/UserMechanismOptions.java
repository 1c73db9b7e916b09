package org.marketproof.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.claims.MechanismLoader;
import picocli.CommandLine.Option;

/** A user's own {@link Mechanism} class, loaded from a jar or directory. */
final class UserMechanismOptions {

    @Option(names = "--mechanism-class", paramLabel = "CLASS",
            description = "A user's Mechanism class (public no-argument constructor).")
    String className;

    @Option(names = "--classpath", paramLabel = "PATH", description = "Jar or directory holding --mechanism-class.")
    Path classpath;

    /** @return the user's mechanism, if one was named */
    Optional<Mechanism> load() {
        return className == null ? Optional.empty() : Optional.of(MechanismLoader.load(className, classpath));
    }
}
