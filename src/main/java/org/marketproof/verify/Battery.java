package org.marketproof.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.strategy.DeviationSearch;
import org.marketproof.market.strategy.Progress;

/**
 * The strategic battery as a library call, for a user's own JUnit or jqwik tests:
 *
 * <pre>{@code
 * Battery.assertNoClaimFalsified(new MyMechanism(), List.of(instance), 42L);
 * }</pre>
 *
 * fails with an {@link AssertionError} that prints every counterexample (replayable JSON), and,
 * when the system property {@value #DIRECTORY_PROPERTY} names a directory, writes each there as a
 * file for {@code marketproof replay}.
 */
public final class Battery {

    /** System property naming the directory counterexamples are written to. */
    public static final String DIRECTORY_PROPERTY = "marketproof.counterexamples";

    private Battery() {
    }

    /** @return the report of {@link StrategicClaims#run} for every instance, seeds seed, seed + 1, ... */
    public static List<StrategicClaims.Report> check(Mechanism mechanism, List<MarketInstance> instances, long seed) {
        return check(mechanism, instances, seed, Progress.NONE);
    }

    public static List<StrategicClaims.Report> check(Mechanism mechanism, List<MarketInstance> instances, long seed,
            Progress progress) {
        List<StrategicClaims.Report> reports = new ArrayList<>();
        DeviationSearch search = DeviationSearch.standard(progress);
        for (int k = 0; k < instances.size(); k++) {
            reports.add(StrategicClaims.run(mechanism, instances.get(k), seed + k, search));
        }
        return reports;
    }

    /**
     * @throws AssertionError listing each falsified claim with its counterexample, if any
     */
    public static void assertNoClaimFalsified(Mechanism mechanism, List<MarketInstance> instances, long seed) {
        StringBuilder failures = new StringBuilder();
        for (StrategicClaims.Report r : check(mechanism, instances, seed)) {
            for (ClaimVerdict v : r.verdicts()) {
                if (v.verdict().failsGate()) {
                    failures.append(v.claim()).append(" falsified for ").append(v.subject()).append(": ")
                            .append(v.evidence()).append('\n');
                }
            }
            for (Counterexample ce : r.counterexamples()) {
                Path written = writeIfRequested(ce);
                failures.append("counterexample").append(written == null ? "" : " (written to " + written + ")")
                        .append(":\n").append(ce.toJsonText());
            }
        }
        if (failures.length() > 0) {
            throw new AssertionError("mechanism '" + mechanism.name() + "' violates claims of paper 000:\n" + failures);
        }
    }

    /**
     * Writes {@code ce} into the directory named by {@value #DIRECTORY_PROPERTY}, if set.
     *
     * @return the file written, or null
     */
    public static Path writeIfRequested(Counterexample ce) {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        return dir == null || dir.isBlank() ? null : write(ce, Path.of(dir));
    }

    /** @return the file written: {@code <claim>-<mechanism>-<hash>.json} in {@code dir} */
    public static Path write(Counterexample ce, Path dir) {
        try {
            Files.createDirectories(dir);
            String text = ce.toJsonText();
            String name = (ce.claim() + "-" + ce.mechanism()).replaceAll("[^A-Za-z0-9.-]+", "_") + "-"
                    + Integer.toHexString(text.hashCode()) + ".json";
            Path file = dir.resolve(name);
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write counterexample to " + dir, e);
        }
    }
}
