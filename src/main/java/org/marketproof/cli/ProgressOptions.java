package org.marketproof.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --progress} and {@code --no-progress}, shared by every command that can run longer than a few
 * seconds. By default the bar is shown only when a person is watching ({@link System#console()} is
 * present): a CI log, a pipe and the byte-for-byte comparison of unattended runs see exactly what they
 * saw without it.
 */
final class ProgressOptions {

    @Option(names = "--progress", negatable = true,
            description = "Show (--progress) or hide (--no-progress) a progress bar on standard error with the budget "
                    + "searched so far; default: shown only when a console is attached.")
    Boolean shown;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * @param task what the bar counts, e.g. {@code claims checked}
     * @return a progress bar on the command's standard error, or a silent one when not shown
     */
    ProgressLine line(String task) {
        boolean show = shown != null ? shown : System.console() != null;
        return new ProgressLine(task, show ? command.commandLine().getErr() : null);
    }
}
