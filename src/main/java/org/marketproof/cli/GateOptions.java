package org.marketproof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marketproof.InvalidInputException;
import org.marketproof.claims.ClaimResult;
import org.marketproof.gate.Baseline;
import org.marketproof.gate.GateDecision;
import org.marketproof.gate.GatePolicy;
import org.marketproof.io.OutputFiles;
import org.marketproof.report.ReportContext;
import org.marketproof.report.ReportDirectory;
import org.marketproof.report.VerifyReport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The CI gate of {@code verify}: report files, a baseline of accepted findings, strict mode, and the
 * exit status they decide (policy in {@link GatePolicy}; file formats in {@code specs/cli.md}).
 */
final class GateOptions {

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "Write " + ReportDirectory.JUNIT + " (JUnit XML), " + ReportDirectory.SARIF + " (SARIF 2.1.0), "
                    + ReportDirectory.VERDICTS + " (this run's --json document) and replay/*.json (one replay file per "
                    + "certificate, for 'marketproof replay') into DIR.")
    Path reportDir;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accepted findings (claim id, instance, optional mechanism): FALSIFIED verdicts listed there do "
                    + "not fail the gate; only new ones do.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write a baseline accepting every FALSIFIED verdict of this run into FILE (review it, then pass "
                    + "it with --baseline).")
    Path writeBaseline;

    @Option(names = "--strict",
            description = "Also fail (exit 4) when more than --max-unchecked-share of the verdicts are NOT_APPLICABLE or "
                    + "INCONCLUSIVE, i.e. claims that were not checked.")
    boolean strict;

    @Option(names = "--max-unchecked-share", paramLabel = "SHARE", defaultValue = "0.25",
            description = "With --strict: the share of NOT_APPLICABLE and INCONCLUSIVE verdicts that still passes, in [0, 1] "
                    + "(default ${DEFAULT-VALUE}).")
    BigDecimal maxUnchecked;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The run's start, for the reports' wall time: picocli builds the mixin while parsing. */
    private final long started = System.nanoTime();

    /**
     * Decides the gate on a run's verdicts, prints them, writes the requested files, and returns the
     * exit status.
     *
     * @param results every verdict of the run
     * @param instanceUris each instance's file as a URI reference relative to the working directory
     * @param seed the run's seed
     * @param output the command's output options
     * @param text the text form of the verdicts (without {@code --json})
     * @return 0 passed, 1 new FALSIFIED verdicts, 4 strict mode failed
     */
    int conclude(List<ClaimResult> results, Map<String, String> instanceUris, long seed, OutputOptions output,
            Function<List<ClaimResult>, String> text) {
        GateDecision decision = policy().decide(results);
        ReportContext context = new ReportContext(Main.Version.line(), seed, (System.nanoTime() - started) / 1e9,
                instanceUris);
        PrintWriter err = command.commandLine().getErr();
        Map<ClaimResult, String> replay = Map.of();
        try {
            if (reportDir != null) {
                ReportDirectory.Written w = ReportDirectory.write(reportDir, decision, context);
                replay = w.replayFiles();
                err.println("reports: " + w.files().size() + " files in " + reportDir + " (" + ReportDirectory.JUNIT + ", "
                        + ReportDirectory.SARIF + ", " + ReportDirectory.VERDICTS + ", " + replay.size() + " replay files)");
            }
            if (writeBaseline != null) {
                Baseline.accepting(decision.results().stream().filter(r -> r.verdict().failsGate()).toList(),
                        "accepted with verify --write-baseline; review").write(writeBaseline);
                err.println("baseline: " + writeBaseline + " accepts the " + (decision.newFalsified().size()
                        + decision.accepted().size()) + " FALSIFIED verdicts of this run");
            }
        } catch (IOException e) {
            throw reportDir != null ? OutputFiles.problem("--report-dir", reportDir, e)
                    : OutputFiles.problem("--write-baseline", writeBaseline, e);
        }
        output.print(VerifyReport.of(decision, context, replay).json(), r -> text.apply(results) + System.lineSeparator()
                + decision.summary());
        err.flush();
        return switch (decision.outcome()) {
            case PASSED -> 0;
            case FALSIFIED -> Main.EXIT_CLAIM_FALSIFIED;
            case TOO_MANY_UNCHECKED -> Main.EXIT_TOO_MANY_UNCHECKED;
        };
    }

    private GatePolicy policy() {
        if (maxUnchecked.signum() < 0 || maxUnchecked.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("--max-unchecked-share", "must be between 0 and 1, found "
                    + maxUnchecked.toPlainString());
        }
        return new GatePolicy(baseline == null ? Baseline.none() : Baseline.read(baseline), strict ? maxUnchecked : null);
    }
}
