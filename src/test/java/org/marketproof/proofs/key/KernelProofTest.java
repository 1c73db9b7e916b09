package org.marketproof.proofs.key;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Re-proves every JML contract of the verified kernel with KeY on each build ({@code mvn verify}
 * runs it in the test phase), with integer overflow as a proof obligation, and fails if any
 * contract does not close.
 *
 * <p>The contracts are split over {@link #LOADS} loads of the kernel, each in a JVM of its own,
 * run in parallel; every contract KeY finds must be planned in exactly one load, so a new contract
 * without a plan entry fails the build. Proofs are saved to {@code target/proofs/key/} (set
 * {@code -Dmarketproof.proofDir=proofs/key} to refresh the committed artifacts); logs and open
 * goals go to {@code target/key-<n>/}.
 */
class KernelProofTest {

    static final Path KERNEL = Path.of("src", "main", "java", "org", "marketproof", "kernel");

    /** The contracts of each load, balanced by KeY's running time on the build machine. */
    private static final List<List<String>> LOADS = List.of(
            List.of("EnvyFreeness.envyFree", "EnvyFreeness.prefersOwn", "BalancedRounding.raised"),
            List.of("EnvyFreeness.individuallyRational", "SubsetSelection.select", "BalancedRounding.balance"));

    @Test
    void everyKernelContractClosesInKeY() throws Exception {
        Path proofDir = Path.of(System.getProperty("marketproof.proofDir", Path.of("target", "proofs", "key").toString()));
        List<KeyFork> forks = new ArrayList<>();
        for (int n = 0; n < LOADS.size(); n++) {
            forks.add(KeyFork.start(KERNEL, Path.of("target", "key-" + n), proofDir, LOADS.get(n),
                    KernelProver.MAX_STEPS));
        }
        TreeSet<String> found = new TreeSet<>();
        List<String> closed = new ArrayList<>();
        for (int n = 0; n < forks.size(); n++) {
            Map<String, String> verdicts = forks.get(n).verdicts();
            found.addAll(verdicts.keySet());
            for (String contract : LOADS.get(n)) {
                assertEquals("closed", verdicts.get(contract), "KeY did not close " + contract
                        + "; open goals in " + forks.get(n).work().resolve("open-goals"));
                closed.add(contract);
            }
        }
        closed.sort(null);
        assertEquals(new ArrayList<>(found), closed, "every kernel contract must be planned in exactly one load");
    }
}
