package org.marketproof.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marketproof.InvalidInputException;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.ClaimResult;
import org.marketproof.io.DocumentKind;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonOutput;
import org.marketproof.io.OutputFiles;
import org.marketproof.io.JsonValue;

/**
 * The accepted findings of a project (file format in {@code specs/cli.md}, "Gate", schema
 * {@code specs/schemas/baseline.schema.json}): with a baseline, only FALSIFIED verdicts it does not
 * list fail the gate.
 *
 * @param accepted the accepted findings, in file order
 */
public record Baseline(List<AcceptedFinding> accepted) {

    /** The {@code command} field of a baseline file. */
    public static final String DOCUMENT = "baseline";

    /**
     * Copies the list.
     *
     * @param accepted the accepted findings, in file order
     */
    public Baseline {
        accepted = List.copyOf(accepted);
    }

    /** @return the baseline that accepts nothing */
    public static Baseline none() {
        return new Baseline(List.of());
    }

    /** @param r a verdict
     * @return the entry that accepts {@code r}, if any */
    public Optional<AcceptedFinding> acceptance(ClaimResult r) {
        return accepted.stream().filter(a -> a.covers(r)).findFirst();
    }

    /**
     * @param falsified FALSIFIED verdicts to accept
     * @param reason the reason recorded for each
     * @return a baseline accepting exactly these (claim, instance, mechanism)
     */
    public static Baseline accepting(List<ClaimResult> falsified, String reason) {
        return new Baseline(falsified.stream().map(r -> new AcceptedFinding(r.id(), r.instance(),
                r.mechanism().isEmpty() ? null : r.mechanism(), reason)).distinct().toList());
    }

    /**
     * Reads a baseline file.
     *
     * @param file the file
     * @return its accepted findings
     * @throws InvalidInputException naming the field, for anything malformed
     */
    public static Baseline read(Path file) {
        return fromJson(JsonInput.document(file));
    }

    /**
     * @param root a parsed baseline file
     * @return its accepted findings
     * @throws InvalidInputException naming the field, for anything malformed
     */
    public static Baseline fromJson(JsonValue root) {
        DocumentKind.expect(root, DocumentKind.BASELINE);
        return root.object(o -> {
            o.optional("command").ifPresent(c -> c.oneOf(List.of(DOCUMENT)));
            o.optional("version").ifPresent(v -> v.integer(JsonOutput.VERSION, JsonOutput.VERSION));
            List<AcceptedFinding> out = new ArrayList<>();
            for (JsonValue entry : o.required("accepted").elements()) {
                out.add(entry.object(e -> {
                    JsonValue id = e.required("claim");
                    ClaimId claim;
                    try {
                        claim = ClaimId.of(id.string());
                    } catch (IllegalArgumentException ex) {
                        throw id.problem("not a claim id (pNNN.word[.word...]): \"" + id.string() + "\"");
                    }
                    return new AcceptedFinding(claim, e.required("instance").string(),
                            e.optional("mechanism").map(JsonValue::string).orElse(null),
                            e.optional("reason").map(JsonValue::string).orElse(""));
                }));
            }
            return new Baseline(out);
        });
    }

    /**
     * Writes this baseline as a file {@link #read} reads back.
     *
     * @param file the file, replaced if it exists
     * @throws IOException if it cannot be written
     */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputFiles.replace(file, JsonOutput.text(JsonOutput.document(DOCUMENT, new File(accepted.stream()
                .map(a -> new Entry(a.claim().value(), a.instance(), a.mechanism(), a.reason())).toList()))) + "\n");
    }

    private record File(List<Entry> accepted) {
    }

    private record Entry(String claim, String instance, String mechanism, String reason) {
    }
}
