package org.marketproof.market.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Verdict;
import org.marketproof.io.OutputFiles;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Mechanism;

/**
 * The catalog of paper 000 as a library call, for a user's own JUnit or jqwik tests:
 *
 * <pre>{@code
 * Battery.assertNoClaimFalsified(new MyMechanism(), List.of(instance), 42L);
 * }</pre>
 *
 * fails with an {@link AssertionError} that prints every falsified claim with its certificate
 * (replayable JSON), and, when the system property {@value #DIRECTORY_PROPERTY} names a directory,
 * writes each there as a file for {@code marketproof replay}.
 */
public final class Battery {

    /** System property naming the directory certificates are written to. */
    public static final String DIRECTORY_PROPERTY = "marketproof.counterexamples";

    private Battery() {
    }

    /**
     * @param mechanism the mechanism audited
     * @param instances the markets it is audited on
     * @param seed the seed of the first instance's checks
     * @return {@link MarketCatalog#check} on every instance (named {@code instance 1, 2, ...}), seeds seed, seed + 1, ...
     */
    public static List<ClaimResult> check(Mechanism mechanism, List<MarketInstance> instances, long seed) {
        List<ClaimResult> results = new ArrayList<>();
        for (int k = 0; k < instances.size(); k++) {
            results.addAll(MarketCatalog.check(mechanism, instances.get(k), "instance " + (k + 1), seed + k));
        }
        return results;
    }

    /**
     * Runs {@link #check} and fails if any claim is FALSIFIED; other verdicts (HOLDS,
     * INCONCLUSIVE, NOT_APPLICABLE) pass.
     *
     * @param mechanism the mechanism audited
     * @param instances the markets it is audited on
     * @param seed the seed of the first instance's checks
     * @throws AssertionError listing each falsified claim with its certificate, if any
     */
    public static void assertNoClaimFalsified(Mechanism mechanism, List<MarketInstance> instances, long seed) {
        StringBuilder failures = new StringBuilder();
        for (ClaimResult r : check(mechanism, instances, seed)) {
            if (r.verdict() instanceof Verdict.Falsified f && f.certificate() instanceof MarketCertificate ce) {
                Path written = writeIfRequested(ce);
                failures.append(r.id()).append(" falsified for ").append(r.subject()).append(": ").append(f.evidence())
                        .append('\n').append("certificate").append(written == null ? "" : " (written to " + written + ")")
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
     * @param ce the certificate of a falsified claim
     * @return the file written, or null when the property is unset or blank
     */
    public static Path writeIfRequested(MarketCertificate ce) {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        return dir == null || dir.isBlank() ? null : write(ce, Path.of(dir));
    }

    /**
     * @param ce the certificate of a falsified claim
     * @param dir the directory, created if missing
     * @return the file written: {@code <claim>-<mechanism>-<hash>.json} in {@code dir}
     */
    public static Path write(MarketCertificate ce, Path dir) {
        try {
            Files.createDirectories(dir);
            String text = ce.toJsonText();
            String name = (ce.claim() + "-" + ce.mechanismName()).replaceAll("[^A-Za-z0-9.-]+", "_") + "-"
                    + Integer.toHexString(text.hashCode()) + ".json";
            Path file = dir.resolve(name);
            return OutputFiles.replace(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write certificate to " + dir, e);
        }
    }
}
