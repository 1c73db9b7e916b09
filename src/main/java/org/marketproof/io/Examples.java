package org.marketproof.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.marketproof.InvalidInputException;

/** The bundled example instances: class-path resources {@code examples/NAME} of the library jar. */
public final class Examples {

    private Examples() {
    }

    /**
     * @param name the example's file name, e.g. {@code market-example.json}
     * @return its parsed content
     * @throws InvalidInputException naming it when there is no such example
     */
    public static JsonNode read(String name) {
        String path = "examples/" + name;
        try (InputStream s = Examples.class.getClassLoader().getResourceAsStream(path)) {
            if (s == null) {
                throw new InvalidInputException(name, "no bundled example of this name");
            }
            return JsonInput.parse(new String(s.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new InvalidInputException(path, "cannot be read (" + e.getMessage() + ")");
        }
    }
}
