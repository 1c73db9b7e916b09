package org.marketproof.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.marketproof.market.claims.MechanismLoader;
import org.marketproof.market.mechanism.Mechanism;
import picocli.CommandLine.Option;

/** A user's own {@link Mechanism} class, loaded from jars or directories. */
final class UserMechanismOptions {

    @Option(names = "--mechanism-class", paramLabel = "CLASS",
            description = "A user's Mechanism class (public no-argument constructor).")
    String className;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Jars and directories holding --mechanism-class and its dependencies, separated by the platform's "
                    + "path separator (':' on Linux and macOS, ';' on Windows), like java's -cp.")
    String classpath;

    /** @return the user's mechanism, if one was named */
    Optional<Mechanism> load() {
        return className == null ? Optional.empty() : Optional.of(MechanismLoader.load(className, entries()));
    }

    private List<Path> entries() {
        return classpath == null ? List.of() : Arrays.stream(classpath.split(Pattern.quote(File.pathSeparator)))
                .filter(s -> !s.isEmpty()).map(Path::of).toList();
    }
}
