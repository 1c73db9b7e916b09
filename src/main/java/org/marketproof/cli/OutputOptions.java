package org.marketproof.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.function.Function;
import java.util.function.Supplier;
import org.marketproof.io.JsonOutput;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --json} and the command's output stream, shared by every command that prints a result. */
final class OutputOptions {

    @Option(names = "--json", description = "Print machine-readable JSON (fields in specs/cli.md).")
    boolean json;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** @return the command's standard output */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** Prints {@code result} as JSON with {@code --json}, else as the text {@code text} makes of it. */
    void print(ObjectNode result, Function<ObjectNode, String> text) {
        PrintWriter out = out();
        out.println(json ? JsonOut.pretty(result) : text.apply(result));
        out.flush();
    }

    /**
     * Prints {@code body} as the JSON document of {@code command} (through the one serializer,
     * {@link JsonOutput#document}) with {@code --json}, else the text {@code text} gives.
     */
    void print(String command, Record body, Supplier<String> text) {
        PrintWriter out = out();
        out.println(json ? JsonOutput.text(JsonOutput.document(command, body)) : text.get());
        out.flush();
    }
}
