package org.marketproof.cli;

import java.io.PrintWriter;
import org.marketproof.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code marketproof} command-line tool.
 *
 * <p>Exit codes: 0 success, 1 a checked claim was falsified (for {@code verify}), 2 bad input
 * (one line on standard error naming the field), 3 an internal error.
 */
@Command(
        name = "marketproof",
        mixinStandardHelpOptions = true,
        version = "marketproof 0.1.0",
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

    /** Exit status when a claim checked by {@code verify} is falsified. */
    public static final int EXIT_CLAIM_FALSIFIED = 1;
    /** Exit status for bad input. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit status for an unexpected internal error. */
    public static final int EXIT_INTERNAL = 3;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /**
     * Builds the command line with the project's error handling: bad input and usage errors print
     * one line and exit 2, never a stack trace.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof InvalidInputException) {
                err.println("error: " + ex.getMessage());
                return EXIT_BAD_INPUT;
            }
            err.println("internal error: " + ex);
            return EXIT_INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("error: " + ex.getMessage());
            c.getErr().println("(run 'marketproof " + c.getCommandName() + " --help' for usage)");
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
