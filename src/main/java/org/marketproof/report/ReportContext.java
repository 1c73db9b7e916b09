package org.marketproof.report;

import java.util.Map;
import java.util.Objects;

/**
 * What the report files say about the run besides its verdicts.
 *
 * @param tool the tool's name and version, e.g. {@code marketproof 0.1.0}
 * @param seed the seed of every random choice of the run
 * @param seconds the run's wall time in seconds (per-claim times are not measured)
 * @param instanceUris each instance's file as a URI reference relative to the working directory
 *     (the repository root in CI), for SARIF locations; an instance missing here is located by name
 */
public record ReportContext(String tool, long seed, double seconds, Map<String, String> instanceUris) {
    /**
     * @param tool the tool's name and version
     * @param seed the seed of every random choice of the run
     * @param seconds the run's wall time in seconds, finite and {@code >= 0}
     * @param instanceUris each instance's file as a relative URI reference (copied)
     * @throws NullPointerException if {@code tool} or {@code instanceUris} is null
     * @throws IllegalArgumentException if {@code seconds} is negative, NaN or infinite
     */
    public ReportContext {
        Objects.requireNonNull(tool, "tool");
        instanceUris = Map.copyOf(instanceUris);
        if (!(seconds >= 0) || !Double.isFinite(seconds)) {
            throw new IllegalArgumentException("seconds must be finite and >= 0: " + seconds);
        }
    }

    /** @param instance an instance's name
     * @return its file's URI reference */
    public String uri(String instance) {
        return instanceUris.getOrDefault(instance, instance);
    }
}
