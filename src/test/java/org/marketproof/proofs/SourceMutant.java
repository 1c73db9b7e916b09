package org.marketproof.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small breaking edit of a production source file, applied to a copy: the proof-mutation tests
 * check that the verifiers reject every such edit, so that the proofs are shown able to fail.
 *
 * <p>The edit replaces one exact text; if the text does not occur exactly once (the source has
 * changed since the mutant was written), applying it fails loudly instead of testing nothing.
 *
 * @param name what the edit does, e.g. "off by one: p <= deficit"
 * @param source the production file, relative to the project
 * @param original the text replaced
 * @param replacement what replaces it
 */
public record SourceMutant(String name, Path source, String original, String replacement) {

    /** @return the mutated text of {@link #source} */
    public String mutatedText() {
        String text;
        try {
            text = Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int at = text.indexOf(original);
        if (at < 0 || text.indexOf(original, at + 1) >= 0) {
            throw new IllegalStateException("mutant '" + name + "': the text to replace must occur exactly once in "
                    + source + ": " + original);
        }
        return text.substring(0, at) + replacement + text.substring(at + original.length());
    }

    @Override
    public String toString() {
        return name;
    }
}
