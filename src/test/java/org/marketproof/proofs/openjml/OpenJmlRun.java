package org.marketproof.proofs.openjml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs OpenJML on the project when it is installed (Maven profile {@code openjml}, active when
 * {@code OPENJML_HOME} is set): {@code --check} (parse and type-check the JML) on every source file
 * under {@code src/main/java} that carries JML, then {@code --esc} (prove) on the verified kernel.
 * Exits with status 1 if OpenJML reports any error, warning or unproved assertion, or exits
 * abnormally.
 *
 * <p>Usage: {@code OpenJmlRun SOURCE_ROOT KERNEL_DIR}; OpenJML's classpath is this JVM's classpath
 * (the compiled classes and the dependencies), so that classes without JML, records among them,
 * are read as class files and never parsed by OpenJML. The prover is the installation's default
 * (set {@code org.openjml.option.prover} in {@code $OPENJML_HOME/openjml.properties} to change it).
 */
public final class OpenJmlRun {

    /** A JML annotation comment: {@code //@}, {@code /*@}, or with annotation keys, {@code //+KeY@}, {@code /*-KeY@}. */
    private static final Pattern JML = Pattern.compile("(//|/\\*)([+-][A-Za-z_][A-Za-z0-9_]*)*@");

    private OpenJmlRun() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String home = System.getenv("OPENJML_HOME");
        if (home == null || home.isBlank()) {
            System.err.println("error: OPENJML_HOME: not set");
            System.exit(2);
        }
        Path openjml = Path.of(home, "openjml");
        List<Path> annotated = annotatedSources(Path.of(args[0]));
        List<Path> kernel = annotatedSources(Path.of(args[1]));
        boolean ok = run(openjml, "--check", annotated) & run(openjml, "--esc", kernel);
        System.out.println("OpenJML: " + (ok ? "every JML-annotated file checks and every kernel contract is proved"
                : "FAILED, see the diagnostics above"));
        System.exit(ok ? 0 : 1);
    }

    /** @return the Java files below {@code root} that contain a JML annotation comment */
    static List<Path> annotatedSources(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (JML.matcher(Files.readString(p)).find()) {
                    files.add(p);
                }
            }
        }
        return files;
    }

    /** Runs OpenJML in one mode on the files; @return whether it exited 0 and reported nothing */
    private static boolean run(Path openjml, String mode, List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(openjml.toString(), mode, "--progress", "-cp",
                System.getProperty("java.class.path")));
        files.forEach(f -> command.add(f.toString()));
        System.out.println("OpenJML " + mode + " on " + files.size() + " file(s): " + files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        System.out.print(output);
        List<String> complaints = output.lines()
                .filter(l -> l.contains(" error: ") || l.contains(" warning: ") || l.contains(" verify: ")
                        || l.startsWith("error: ") || l.startsWith("warning: ") || l.contains("Internal JML bug"))
                .toList();
        System.out.println("OpenJML " + mode + ": exit " + exit + ", " + complaints.size() + " complaint(s)");
        return exit == 0 && complaints.isEmpty();
    }
}
