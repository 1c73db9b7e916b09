package org.marketproof.proofs.key;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Re-proves every JML contract of the verified kernel with KeY on each build ({@code mvn verify}
 * runs it in the test phase) and fails if any contract does not close.
 *
 * <p>Each integer semantics is one load of the kernel in a fresh JVM ({@link KernelProver}). The
 * contracts listed under {@link #PLAN} are proved in that semantics; every contract KeY finds in
 * the kernel must appear closed in exactly one load, so a new contract without a plan entry fails
 * the build. The loads run in parallel (one JVM each). Proofs are saved to {@code target/proofs/key/}
 * (set {@code -Dmarketproof.proofDir=proofs/key} to refresh the committed artifacts); logs and open
 * goals go to {@code target/key-<semantics>/}.
 */
class KernelProofTest {

    /**
     * Integer semantics per contract. Overflow checking wherever KeY's automatic strategy closes the
     * proof with it; see {@code proofs/README.md} for why the others are not.
     */
    private static final Map<String, List<String>> PLAN = new LinkedHashMap<>();

    static {
        PLAN.put(KernelProver.CHECKING_OVERFLOW, List.of("SubsetSelection.select",
                "EnvyFreeness.individuallyRational", "EnvyFreeness.envyFree"));
        PLAN.put(KernelProver.IGNORING_OVERFLOW, List.of("BalancedRounding.balance", "EnvyFreeness.prefersOwn"));
    }

    private static final long FORK_TIMEOUT_MINUTES = 8;

    @Test
    void everyKernelContractClosesInKeY() throws Exception {
        Map<String, Process> running = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> load : PLAN.entrySet()) {
            running.put(load.getKey(), start(work(load.getKey()), load.getKey(), load.getValue()));
        }
        List<String> closed = new ArrayList<>();
        List<String> seen = null;
        for (Map.Entry<String, Process> load : running.entrySet()) {
            Path work = work(load.getKey());
            int exit = await(load.getValue(), work);
            List<String> summary = Files.readAllLines(work.resolve(KernelProver.SUMMARY));
            List<String> names = new ArrayList<>();
            for (String line : summary) {
                String[] cols = line.split("\t");
                names.add(cols[1]);
                if (cols[0].equals("closed")) {
                    closed.add(cols[1]);
                }
            }
            assertEquals(0, exit, "KeY left a contract open under " + load.getKey() + ": " + summary
                    + "; open goals in " + work.resolve("open-goals"));
            names.sort(null);
            assertTrue(seen == null || seen.equals(names), "loads disagree on the kernel's contracts");
            seen = names;
        }
        closed.sort(null);
        assertEquals(seen, closed, "every kernel contract must close in exactly one planned load");
    }

    private static Path work(String semantics) {
        return Path.of("target", "key-" + semantics.replaceAll(".*:", ""));
    }

    /** Starts {@link KernelProver} in a fresh JVM on one integer semantics. */
    private static Process start(Path work, String semantics, List<String> contracts) throws IOException {
        Files.createDirectories(work);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String proofDir = System.getProperty("marketproof.proofDir", Path.of("target", "proofs", "key").toString());
        Files.createDirectories(Path.of(proofDir));
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-Duser.home=" + work.toAbsolutePath().resolve("home"),
                "-cp", classpath, KernelProver.class.getName(),
                Path.of("src", "main", "java", "org", "marketproof", "kernel").toString(),
                work.toString(), proofDir, semantics, String.join(",", contracts));
        pb.redirectErrorStream(true).redirectOutput(work.resolve("prover.log").toFile());
        return pb.start();
    }

    /** Waits for a prover, prints its log and returns its exit status. */
    private static int await(Process process, Path work) throws IOException, InterruptedException {
        Path log = work.resolve("prover.log");
        if (!process.waitFor(FORK_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("KeY did not finish within " + FORK_TIMEOUT_MINUTES + " minutes; see " + log);
        }
        System.out.println(Files.readString(log));
        return process.exitValue();
    }
}
