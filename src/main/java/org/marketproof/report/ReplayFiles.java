package org.marketproof.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marketproof.InvalidInputException;
import org.marketproof.claims.Certificate;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.claims.CertificateCodec;
import org.marketproof.competition.claims.CompetitionCertificate;
import org.marketproof.io.DocumentKind;
import org.marketproof.io.JsonValue;
import org.marketproof.io.JsonOutput;
import org.marketproof.io.OutputFiles;
import org.marketproof.market.claims.MarketCertificate;
import org.marketproof.market.claims.MechanismSource;

/**
 * Replay files: one JSON file per certificate ({@link Certificate#toJson()}), which
 * {@code marketproof replay} re-checks with the predicate the checker used, for either paper.
 */
public final class ReplayFiles {

    /** The folder of a report directory that holds the replay files. */
    public static final String FOLDER = "replay";

    private ReplayFiles() {
    }

    /**
     * Writes the certificate of every FALSIFIED verdict.
     *
     * @param dir the report directory; the files go into its {@value #FOLDER} folder
     * @param results the verdicts
     * @return each FALSIFIED verdict's file, relative to {@code dir} with {@code /} separators, in
     *     result order
     * @throws IOException if a file cannot be written
     */
    public static Map<ClaimResult, String> write(Path dir, List<ClaimResult> results) throws IOException {
        Map<ClaimResult, String> files = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        Path folder = dir.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
            // replay files of an earlier run would be mistaken for this run's
            try (var old = Files.newDirectoryStream(folder, "*.json")) {
                for (Path f : old) {
                    Files.delete(f);
                }
            }
        }
        for (ClaimResult r : results) {
            if (r.verdict() instanceof Verdict.Falsified f) {
                String name = FOLDER + "/" + fileName(r, n -> !taken.contains(FOLDER + "/" + n));
                taken.add(name);
                write(dir.resolve(name), f);
                files.put(r, name);
            }
        }
        return files;
    }

    /**
     * Writes the certificate of one FALSIFIED verdict into {@code folder}, next to any files there.
     *
     * @param folder the folder, created if needed
     * @param r a FALSIFIED verdict
     * @return the file written
     * @throws IOException if it cannot be written
     */
    public static Path writeOne(Path folder, ClaimResult r) throws IOException {
        if (!(r.verdict() instanceof Verdict.Falsified f)) {
            throw new IllegalArgumentException(r.id() + " on " + r.subject() + " is not FALSIFIED");
        }
        Path file = folder.resolve(fileName(r, n -> !Files.exists(folder.resolve(n))));
        write(file, f);
        return file;
    }

    private static void write(Path file, Verdict.Falsified f) throws IOException {
        Files.createDirectories(file.getParent());
        OutputFiles.replace(file, JsonOutput.text(f.certificate().toJson()) + "\n");
    }

    /** @return {@code claim--instance[--mechanism][-k].json}, the first that {@code free} accepts */
    private static String fileName(ClaimResult r, java.util.function.Predicate<String> free) {
        String base = safe(r.id() + "--" + r.instance().replaceFirst("\\.json$", "")
                + (r.mechanism().isEmpty() ? "" : "--" + r.mechanism()));
        String name = base + ".json";
        for (int k = 2; !free.test(name); k++) {
            name = base + "-" + k + ".json";
        }
        return name;
    }

    /**
     * Reads a replay file of either paper, by its {@code format} field.
     *
     * @param root the parsed file
     * @param mechanisms rebuilds the mechanism a market certificate names
     * @return the certificate, ready to {@link Certificate#recheck()}
     * @throws InvalidInputException naming the field, for anything malformed or an unknown format
     */
    public static Certificate read(JsonValue root, MechanismSource mechanisms) {
        DocumentKind.expect(root, DocumentKind.CERTIFICATE);
        return switch (root.peek("format").oneOf(List.of(MarketCertificate.FORMAT, CompetitionCertificate.FORMAT))) {
            case MarketCertificate.FORMAT -> MarketCertificate.read(root, mechanisms);
            default -> CertificateCodec.read(root);
        };
    }

    /** @return {@code s} with every run of characters other than letters, digits, '.' and '-' as one '_' */
    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9.-]+", "_");
    }
}
