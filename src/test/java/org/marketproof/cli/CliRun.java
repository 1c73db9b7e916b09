package org.marketproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.numbers.fraction.BigFraction;

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

    /** @return the exact value of a printed number {@code {"decimal": ..., "exact": "p/q"}} */
    public static BigFraction exact(JsonNode n) {
        String[] f = n.get("exact").asText().split("/");
        return f.length == 1 ? BigFraction.of(new BigInteger(f[0])) : BigFraction.of(new BigInteger(f[0]), new BigInteger(f[1]));
    }

    /** @return the printed decimal of a number {@code {"decimal": ..., "exact": ...}} */
    public static BigDecimal decimal(JsonNode n) {
        return new BigDecimal(n.get("decimal").asText());
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
