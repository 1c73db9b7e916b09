package org.marketproof.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marketproof.InvalidInputException;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.ClaimResult;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonOutput;

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
        JsonNode root = JsonInput.object(JsonInput.read(file), file.toString());
        JsonInput.onlyFields(root, "", "command", "version", "accepted");
        if (root.has("command") && !DOCUMENT.equals(root.get("command").asText())) {
            throw new InvalidInputException("command", "expected \"" + DOCUMENT + "\", found " + root.get("command"));
        }
        JsonInput.integer(root, "version", "version", JsonOutput.VERSION, JsonOutput.VERSION, JsonOutput.VERSION);
        JsonNode list = JsonInput.array(root.get("accepted"), "accepted");
        List<AcceptedFinding> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "accepted[" + i + "]";
            JsonNode e = JsonInput.object(list.get(i), at);
            JsonInput.onlyFields(e, at, "claim", "instance", "mechanism", "reason");
            String id = JsonInput.string(e, "claim", at + ".claim");
            ClaimId claim;
            try {
                claim = ClaimId.of(id);
            } catch (IllegalArgumentException ex) {
                throw new InvalidInputException(at + ".claim", "not a claim id (pNNN.word[.word...]): \"" + id + "\"");
            }
            out.add(new AcceptedFinding(claim, JsonInput.string(e, "instance", at + ".instance"),
                    e.has("mechanism") ? JsonInput.string(e, "mechanism", at + ".mechanism") : null,
                    e.has("reason") ? e.get("reason").asText() : ""));
        }
        return new Baseline(out);
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
        Files.writeString(file, JsonOutput.text(JsonOutput.document(DOCUMENT, new File(accepted.stream()
                .map(a -> new Entry(a.claim().value(), a.instance(), a.mechanism(), a.reason())).toList()))) + "\n");
    }

    private record File(List<Entry> accepted) {
    }

    private record Entry(String claim, String instance, String mechanism, String reason) {
    }
}
