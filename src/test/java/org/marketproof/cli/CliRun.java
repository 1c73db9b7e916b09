package org.marketproof.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One run of the command line with captured output, as a user would see it.
 *
 * @param exit the exit status
 * @param out standard output
 * @param err standard error
 */
public record CliRun(int exit, String out, String err) {

    /** Runs {@code marketproof args...} in-process. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Copies the bundled example {@code examples/NAME} into {@code dir} and returns its path. */
    public static Path bundled(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = CliRun.class.getResourceAsStream("/examples/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    /** @return whether the run failed the way bad input must: exit 2, one line naming {@code field}, no trace */
    public boolean isCleanBadInput(String field) {
        String e = err.strip();
        return exit == 2 && e.startsWith("error: ") && e.contains(field) && !e.contains("Exception")
                && !e.contains("\tat ") && e.lines().count() <= 2;
    }
}
