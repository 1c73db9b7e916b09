package org.marketproof.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The one serializer of every command's JSON output and every report file: records in, JSON out.
 *
 * <p>Every document starts with {@code "command"} and {@code "version"} (the version of that
 * command's output format, described by {@code specs/schemas/COMMAND.schema.json}); absent
 * (null) fields are left out; an exact number ({@link BigFraction}) is written as an
 * {@link ExactNumber}; a NaN or infinite double is a bug and throws instead of reaching the output.
 */
public final class JsonOutput {

    /** The version of every command's output format; bumped when a field changes meaning or goes. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule("marketproof-output")
                    .addSerializer(BigFraction.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(BigFraction x, JsonGenerator g, SerializerProvider p) throws IOException {
                            p.defaultSerializeValue(ExactNumber.of(x), g);
                        }
                    })
                    .addSerializer(Double.class, new FiniteDouble())
                    .addSerializer(double.class, new FiniteDouble()))
            .build();

    private JsonOutput() {
    }

    /**
     * @param command the command (or report) whose output this is, e.g. {@code verify}
     * @param body the document's fields, a record
     * @return {@code {"command": command, "version": VERSION, ...body's fields}}
     */
    public static ObjectNode document(String command, Record body) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("command", command);
        o.put("version", VERSION);
        o.setAll((ObjectNode) MAPPER.valueToTree(body));
        return o;
    }

    /** @param value a record, list or tree
     * @return {@code value} as a JSON tree, by the rules of this class */
    public static com.fasterxml.jackson.databind.JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** @param value a record, list or tree
     * @return {@code value} as indented JSON text, by the rules of this class */
    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise output: " + e.getOriginalMessage(), e);
        }
    }

    /** Refuses NaN and Infinity: JSON has neither, and a figure that is one is a bug upstream. */
    private static final class FiniteDouble extends JsonSerializer<Double> {
        @Override
        public void serialize(Double x, JsonGenerator g, SerializerProvider p) throws IOException {
            if (!Double.isFinite(x)) {
                throw new IllegalStateException("a non-finite number reached the output: " + x);
            }
            g.writeNumber(x);
        }
    }
}
