package org.marketproof.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs a script of {@code marketproof} command lines in this JVM, in its working directory, and writes
 * what a user would see of each into one transcript: the command line, its exit status, standard
 * output and standard error. {@link DeterminismTest} starts it in a fresh JVM per run, so the
 * default locale and time zone are the JVM's own from startup and relative paths in the output are
 * the same in every run.
 *
 * <p>Script: one command line per line, tokens separated by spaces. A token {@code @DIR} stands for
 * each regular file of {@code DIR} in name order: the command runs once per file (used to replay
 * every certificate {@code verify --report-dir} wrote, whatever their names).
 */
final class CommandScript {

    private CommandScript() {
    }

    /**
     * @param args the script file and the transcript file to write
     * @throws IOException if the script cannot be read or the transcript written
     */
    public static void main(String[] args) throws IOException {
        StringBuilder transcript = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (List<String> command : expand(List.of(line.strip().split(" +")))) {
                CliRun r = BadInputCorpusTest.runCapturingSystemStreams(command.toArray(String[]::new));
                transcript.append("$ marketproof ").append(String.join(" ", command)).append('\n')
                        .append("exit ").append(r.exit()).append('\n')
                        .append("--- stdout\n").append(r.out())
                        .append("--- stderr\n").append(r.err())
                        .append("--- end\n");
            }
        }
        Files.writeString(Path.of(args[1]), transcript, StandardCharsets.UTF_8);
    }

    /** @return the command once, or once per file of the directory its {@code @DIR} token names */
    private static List<List<String>> expand(List<String> command) throws IOException {
        int at = -1;
        for (int i = 0; i < command.size(); i++) {
            if (command.get(i).startsWith("@")) {
                at = i;
            }
        }
        if (at < 0) {
            return List.of(command);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(command.get(at).substring(1)))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<List<String>> out = new ArrayList<>();
        for (Path f : files) {
            List<String> c = new ArrayList<>(command);
            c.set(at, f.toString());
            out.add(c);
        }
        return out;
    }
}
