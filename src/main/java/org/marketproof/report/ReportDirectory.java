package org.marketproof.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marketproof.claims.ClaimResult;
import org.marketproof.gate.GateDecision;
import org.marketproof.io.JsonOutput;
import org.marketproof.io.OutputFiles;

/**
 * The report files of one run, for CI systems: {@value #JUNIT} (JUnit XML), {@value #SARIF}
 * (SARIF 2.1.0), {@value #VERDICTS} (the {@code verify --json} document) and one replay file per
 * certificate in {@value ReplayFiles#FOLDER}/.
 */
public final class ReportDirectory {

    /** The JUnit XML report's file name (Surefire's {@code TEST-*.xml} pattern, so CI globs find it). */
    public static final String JUNIT = "TEST-marketproof.xml";
    /** The SARIF log's file name. */
    public static final String SARIF = "marketproof.sarif";
    /** The JSON verdicts' file name. */
    public static final String VERDICTS = "verdicts.json";

    private ReportDirectory() {
    }

    /**
     * Writes every report file into {@code dir}, creating it.
     *
     * @param dir the directory
     * @param decision the gate's decision on the run's verdicts
     * @param context the run
     * @return the files written, and each FALSIFIED verdict's replay file relative to {@code dir}
     * @throws IOException if one cannot be written
     */
    public static Written write(Path dir, GateDecision decision, ReportContext context) throws IOException {
        Files.createDirectories(dir);
        Map<ClaimResult, String> replay = ReplayFiles.write(dir, decision.results());
        List<Path> written = new ArrayList<>();
        written.add(OutputFiles.replace(dir.resolve(JUNIT), JunitReport.xml(decision, context, replay)));
        written.add(OutputFiles.replace(dir.resolve(SARIF), JsonOutput.text(SarifReport.log(decision, context, replay)) + "\n"));
        written.add(OutputFiles.replace(dir.resolve(VERDICTS),
                JsonOutput.text(VerifyReport.of(decision, context, replay).json()) + "\n"));
        replay.values().forEach(name -> written.add(dir.resolve(name)));
        return new Written(written, replay);
    }

    /**
     * What {@link #write} wrote.
     *
     * @param files every file, reports first
     * @param replayFiles each FALSIFIED verdict's replay file, relative to the directory
     */
    public record Written(List<Path> files, Map<ClaimResult, String> replayFiles) {
        /**
         * Copies the list and the map, keeping the map's order.
         *
         * @param files every file, reports first
         * @param replayFiles each FALSIFIED verdict's replay file, relative to the directory
         */
        public Written {
            files = List.copyOf(files);
            replayFiles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(replayFiles));
        }
    }
}
