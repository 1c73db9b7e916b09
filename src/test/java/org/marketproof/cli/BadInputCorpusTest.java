package org.marketproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus (issue 11, README "Bad input"): every case of
 * {@code src/test/resources/bad-input/cases.txt} must exit 2 with exactly one line
 * {@code error: FIELD: PROBLEM} naming the expected field, no stack trace, nothing on standard
 * output, and no file left behind in its output directory.
 */
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final Path WORK = Path.of("target/bad-input");
    private static final Path CLASSES = WORK.resolve("user-classes");

    /** One line of the corpus. */
    record Case(String field, List<String> args, String line) {
        @Override
        public String toString() {
            return line;
        }
    }

    /** Compiles the users' mechanism classes of the corpus, which must not be on the test class path. */
    @BeforeAll
    static void compileUserClasses() throws IOException {
        Files.createDirectories(CLASSES);
        List<String> sources;
        try (Stream<Path> s = Files.walk(CORPUS.resolve("user-classes"))) {
            sources = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", CLASSES.toString(), "-cp", System.getProperty("java.class.path")));
        args.addAll(sources);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        assertEquals(0, javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new)), diagnostics::toString);
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("cases.txt"))) {
            String content = line.replaceFirst("\\s+#.*$", "").strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] parts = content.split("\\s*\\|\\s*", 2);
            out.add(new Case(parts[0], Arrays.asList(parts[1].split("\\s+")), line));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitsTwoWithOneLineNamingTheField(Case c) throws IOException {
        Path tmp = Files.createTempDirectory(Files.createDirectories(WORK), "case");
        String[] args = c.args().stream().map(a -> expand(a, tmp)).toArray(String[]::new);
        CliRun r = runCapturingSystemStreams(args);
        String context = String.join(" ", args) + "\nstdout: " + r.out() + "\nstderr: " + r.err();
        assertEquals(Main.EXIT_BAD_INPUT, r.exit(), context);
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "exactly one line on standard error: " + context);
        assertTrue(lines.get(0).startsWith("error: " + expand(c.field(), tmp) + ": "), "names " + c.field() + ": " + context);
        assertTrue(r.out().isEmpty(), "nothing on standard output: " + context);
        try (Stream<Path> left = Files.walk(tmp)) {
            assertEquals(List.of(tmp), left.toList(), "no file left behind: " + context);
        }
        Files.delete(tmp);
    }

    /** Every file of the corpus is used by a case, so none is dead weight. */
    @Test
    void everyCorpusFileIsACase() throws IOException {
        String all = cases().stream().map(Case::line).collect(Collectors.joining("\n"));
        Set<String> unused = new TreeSet<>();
        try (Stream<Path> s = Files.walk(CORPUS)) {
            s.filter(Files::isRegularFile).map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("user-classes/") && !p.equals("cases.txt") && !all.contains("bad:" + p))
                    .forEach(unused::add);
        }
        assertEquals(Set.of(), unused);
        assertTrue(cases().size() >= 80, "at least 80 cases, found " + cases().size());
    }

    private static String expand(String token, Path tmp) {
        if (token.startsWith("bad:")) {
            return CORPUS.resolve(token.substring(4)).toString();
        }
        if (token.startsWith("ex:")) {
            return Path.of("src/main/resources/examples").resolve(token.substring(3)).toString();
        }
        return token.replace("$TMP", tmp.toString()).replace("$CLASSES", CLASSES.toString());
    }

    /** Runs in-process, also capturing what commands print on {@code System.out} and {@code System.err}. */
    static synchronized CliRun runCapturingSystemStreams(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(sysOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
            CliRun r = CliRun.of(args);
            return new CliRun(r.exit(), sysOut.toString(StandardCharsets.UTF_8) + r.out(),
                    sysErr.toString(StandardCharsets.UTF_8) + r.err());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
