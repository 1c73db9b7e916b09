package org.marketproof.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.marketproof.InvalidInputException;
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

    /**
     * @param className the class a replay file records for a user's mechanism
     * @return an instance of it, loaded from {@code --classpath}
     * @throws InvalidInputException naming {@code --classpath} if it cannot be loaded from there
     */
    Mechanism loadRecorded(String className) {
        try {
            return MechanismLoader.load(className, entries());
        } catch (InvalidInputException e) {
            // the loader names --mechanism-class, which this replay was not given: its problem is the class path's
            throw new InvalidInputException("--classpath", "the replay file's mechanism is the class " + className
                    + ", which could not be loaded from " + (classpath == null ? "the tool's class path (give its jars and "
                    + "directories with --classpath)" : "--classpath " + classpath) + ": " + e.problem());
        }
    }

    private List<Path> entries() {
        return classpath == null ? List.of() : Arrays.stream(classpath.split(Pattern.quote(File.pathSeparator)))
                .filter(s -> !s.isEmpty()).map(Path::of).toList();
    }
}
