package org.marketproof.proofs.key;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One {@link KernelProver} run in a JVM of its own (KeY keeps static state; see there), started
 * without waiting so that several loads share the machine's cores, and the verdicts it wrote.
 */
final class KeyFork {

    private static final long TIMEOUT_MINUTES = 15;

    private final Process process;
    private final Path work;

    private KeyFork(Process process, Path work) {
        this.process = process;
        this.work = work;
    }

    /**
     * Starts KeY on the sources in {@code sources}.
     *
     * @param proofDir where to save the proofs, or {@code null} to save none
     * @param contracts the contracts to prove ({@code Class.method}); the others are skipped
     * @param maxSteps KeY's limit of rule applications per contract
     */
    static KeyFork start(Path sources, Path work, Path proofDir, List<String> contracts, int maxSteps)
            throws IOException {
        Files.createDirectories(work);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-Duser.home=" + work.toAbsolutePath().resolve("home"),
                "-cp", classpath, KernelProver.class.getName(), sources.toString(), work.toString(),
                proofDir == null ? "-" : proofDir.toString(), String.join(",", contracts), Integer.toString(maxSteps));
        pb.redirectErrorStream(true).redirectOutput(work.resolve("prover.log").toFile());
        return new KeyFork(pb.start(), work);
    }

    /**
     * Waits for the prover and prints its log.
     *
     * @return each contract KeY found, in its order, with {@code closed}, {@code open} or {@code skipped}
     */
    Map<String, String> verdicts() throws IOException, InterruptedException {
        Path log = work.resolve("prover.log");
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("KeY did not finish within " + TIMEOUT_MINUTES + " minutes; see " + log);
        }
        System.out.println(Files.readString(log));
        Path summary = work.resolve(KernelProver.SUMMARY);
        if (!Files.exists(summary)) {
            throw new AssertionError("KeY exited with " + process.exitValue() + " before proving anything; see " + log);
        }
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(summary)) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new AssertionError("malformed line in " + summary + ": '" + line + "'; see " + log);
            }
            verdicts.put(cols[1], cols[0]);
        }
        return verdicts;
    }

    /** @return where the prover writes its log, summary and open goals */
    Path work() {
        return work;
    }
}
