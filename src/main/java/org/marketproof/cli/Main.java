package org.marketproof.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.marketproof.InvalidInputException;
import org.marketproof.market.claims.MechanismLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point of the {@code marketproof} command-line tool.
 *
 * <p>Exit codes (also in every command's help): 0 success or gate passed, 1 a claim is FALSIFIED
 * (not accepted by a baseline) or a certificate reproduces, 2 bad input (one line on standard error
 * naming the field), 3 an internal error, 4 strict mode: too many claims not checked.
 */
@Command(
        name = "marketproof",
        mixinStandardHelpOptions = true,
        description = "Verification suite for data-marketplace mechanisms.",
        subcommands = {
            CommandLine.HelpCommand.class,
            DesignCommand.class,
            SettleCommand.class,
            VerifyCommand.class,
            PriceCommand.class,
            EquilibriumCommand.class,
            PlotPoaCommand.class,
            ExploitCommand.class,
            ReplayCommand.class,
            PlotCommand.class,
        })
public final class Main implements Runnable {

    /** Exit status when a claim is falsified (verify), a certificate reproduces (replay) or a deviation is certified (exploit). */
    public static final int EXIT_CLAIM_FALSIFIED = 1;
    /** Exit status for bad input. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit status for an unexpected internal error. */
    public static final int EXIT_INTERNAL = 3;
    /** Exit status of {@code verify --strict} when too many claims were not checked. */
    public static final int EXIT_TOO_MANY_UNCHECKED = 4;

    /** Every command's exit codes, as its help lists them. */
    private static final Map<String, String> EXIT_CODES = Map.of(
            "0", "success; for verify, the gate passed",
            "1", "a claim is FALSIFIED (verify: not accepted by --baseline; replay: the certificate reproduces; "
                    + "exploit: a certified profitable deviation)",
            "2", "bad input: one line 'error: FIELD: PROBLEM' on standard error",
            "3", "internal error",
            "4", "verify --strict: more NOT_APPLICABLE or INCONCLUSIVE verdicts than the stated share");

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The version of the build, from the resource Maven filters ({@code org/marketproof/version.properties}). */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {line()};
        }

        /** @return {@code marketproof VERSION} */
        static String line() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/org/marketproof/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // the version line is informational; an unreadable resource leaves it unknown
            }
            return "marketproof " + p.getProperty("version", "unknown");
        }
    }

    /**
     * Builds the command line with the project's error handling: bad input and usage errors print
     * one line and exit 2, never a stack trace; a mistyped command or option gets picocli's
     * suggestions.
     *
     * @return the command line, ready to execute
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        for (CommandLine c : withSubcommands(cl)) {
            c.getCommandSpec().versionProvider(new Version());
            c.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(new TreeMap<>(EXIT_CODES));
        }
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, commandLine.getErr()));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            List<String> suggestions = ex instanceof UnmatchedArgumentException u ? u.getSuggestions() : List.of();
            c.getErr().println("error: " + field(ex) + ": " + oneLine(ex.getMessage())
                    .replaceFirst("^Invalid value for (option|positional parameter) [^:]*: ", "")
                    .replaceFirst("is not an? (long|int)$", "is not a whole number")
                    .replaceFirst("is not a double$", "is not a number")
                    + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ",
                    suggestions.stream().map(s -> "'" + s + "'").toList()) + "?")
                    + " (run 'marketproof " + (c.getParent() == null ? "" : c.getCommandName() + " ") + "--help' for usage)");
            c.getErr().flush();
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    /**
     * Reports a failure of a command on one line: bad input (including a user's mechanism class
     * that throws) exits 2, anything else is an internal error, exit 3. Never a stack trace.
     *
     * @return the exit status
     */
    static int failure(Throwable ex, PrintWriter err) {
        int exit;
        if (ex instanceof InvalidInputException) {
            err.println("error: " + oneLine(ex.getMessage()));
            exit = EXIT_BAD_INPUT;
        } else if (userClass(ex).isPresent()) {
            err.println("error: --mechanism-class: " + userClass(ex).get() + " threw " + oneLine(rootCause(ex).toString()));
            exit = EXIT_BAD_INPUT;
        } else {
            err.println("internal error: " + oneLine(ex.toString()) + (ex.getCause() == null ? ""
                    : " (caused by " + oneLine(rootCause(ex).toString()) + ")"));
            exit = EXIT_INTERNAL;
        }
        err.flush();
        return exit;
    }

    /** @return the user's class in whose code {@code ex} (or a cause) was thrown, if any */
    private static java.util.Optional<String> userClass(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (MechanismLoader.LOADER_NAME.equals(frame.getClassLoaderName())) {
                    return java.util.Optional.of(frame.getClassName() + "." + frame.getMethodName());
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static Throwable rootCause(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** @return the option or parameter a usage error is about, as the user would type it */
    private static String field(ParameterException ex) {
        if (ex.getArgSpec() instanceof OptionSpec o) {
            return o.longestName();
        }
        if (ex.getArgSpec() instanceof PositionalParamSpec p) {
            return p.paramLabel();
        }
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return m.getMissing().get(0) instanceof OptionSpec o ? o.longestName()
                    : ((PositionalParamSpec) m.getMissing().get(0)).paramLabel();
        }
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return u.getUnmatched().get(0);
        }
        return "marketproof " + ex.getCommandLine().getCommandName();
    }

    private static List<CommandLine> withSubcommands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        root.getSubcommands().values().forEach(c -> all.addAll(withSubcommands(c)));
        return all;
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int exit;
        try {
            exit = commandLine().execute(args);
        } catch (Throwable t) {
            // an Error (such as running out of memory) passes picocli's handlers
            exit = failure(t, new PrintWriter(System.err, true));
        }
        System.exit(exit);
    }
}
