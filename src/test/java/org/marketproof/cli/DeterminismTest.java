package org.marketproof.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketproof.report.ReportDirectory;

/**
 * Determinism and locale independence (issue 11, point 4; README "Bad input and reproducibility"):
 * every command of the command line, run on the bundled examples with a fixed seed, prints the same
 * bytes on standard output and standard error, exits with the same status and writes the same bytes
 * into every output file, run after run, and under another default locale and time zone.
 *
 * <p>Each run is a fresh JVM ({@link CommandScript}) whose default locale and time zone are set by
 * {@code -Duser.language}, {@code -Duser.country} and {@code -Duser.timezone} at startup, exactly as a
 * user's environment sets them; in-process {@code Locale.setDefault} would miss anything a class
 * caches in a static initialiser. The runs are compared with each other, never with stored bytes,
 * so the test stays valid when a command's output format changes.
 *
 * <p>One documented exception, the only non-reproducible value the tool writes: the {@code time}
 * attribute of the {@code <testsuite>} element of {@value ReportDirectory#JUNIT} is the run's wall time
 * (specs/cli.md). It is compared after replacing exactly that attribute, which must occur exactly once.
 */
class DeterminismTest {

    private static final Path WORK = Path.of("target/determinism");

    /**
     * The script: every command and the output-writing options, on the bundled examples (copied into
     * the run's directory under their own names) and two small files of the test. Seeds are given
     * wherever a command draws one, as the promise is "the same seed gives the same bytes".
     */
    private static final String SCRIPT = """
            help verify
            design market-example.json
            design market-example.json --json
            settle market-example.json submissions.json --seed 3 --indices
            settle market-example.json submissions.json --seed 3 --json
            price market-example.json
            price market-example.json --json --epsilon 0.05
            verify --seed 2 --report-dir reports --write-baseline baseline.json market-example.json strategic-scenario.json competition-example.json competition-theorem1.json
            verify --seed 2 --json --strict --baseline baseline.json competition-theorem1.json
            verify --seed 2 --mechanism d-missing-square --report-dir market-reports market-example.json
            replay @reports/replay
            replay @market-reports/replay
            replay certificate.json
            equilibrium competition-example.json --oracle --seed 5
            equilibrium competition-theorem1.json --json
            equilibrium competition-bounded.json
            plot-poa competition-example.json --out poa.png --points 8
            plot-poa competition-example.json --out poa.svg --data poa.csv --points 8
            exploit --list-mechanisms
            exploit market-example.json --seed 4
            exploit strategic-scenario.json --json --seed 4
            plot utility market-example.json --contributor lab-a --out utility.png --seed 3
            plot utility market-example.json --contributor lab-a --out utility.svg --data utility.csv --seed 3
            """;

    /** The bundled examples the script reads. */
    private static final List<String> EXAMPLES = List.of("market-example.json", "strategic-scenario.json",
            "competition-example.json", "competition-theorem1.json", "competition-bounded.json");

    /** Submitted datasets for {@code settle}: sizes off the instruction on purpose, so the deficit path runs too. */
    private static final String SUBMISSIONS = """
            {"lab-a": [0.1, 0.2, 0.3, -0.4, 1.5], "lab-b": [0.5, 0.7], "lab-c": [0.25]}
            """;

    /** The transcript {@link CommandScript} writes in each run's directory. */
    private static final String TRANSCRIPT = "transcript.txt";

    /** The wall-time attribute of the JUnit report, the one documented non-reproducible value. */
    private static final Pattern WALL_TIME = Pattern.compile("(<testsuite [^>]*?time=\")[0-9.]+(\")");

    private static Map<String, byte[]> first;
    private static Map<String, byte[]> second;
    private static Map<String, byte[]> elsewhere;

    @BeforeAll
    static void runTheScriptThreeTimes() throws IOException, InterruptedException {
        first = run("en-us-utc", "en", "US", "UTC");
        second = run("en-us-utc-again", "en", "US", "UTC");
        elsewhere = run("ar-eg-kiritimati", "ar", "EG", "Pacific/Kiritimati");
    }

    /** The script names every command of the root command, so a new command cannot escape the test. */
    @Test
    void theScriptRunsEveryCommand() {
        Set<String> scripted = new TreeSet<>();
        SCRIPT.lines().map(l -> l.split(" ")[0]).forEach(scripted::add);
        assertEquals(new TreeSet<>(Main.commandLine().getSubcommands().keySet()), scripted);
    }

    @Test
    void sameSeedSameBytes() {
        assertSameBytes(first, second);
    }

    @Test
    void sameBytesUnderAnotherLocaleAndTimeZone() {
        assertSameBytes(first, elsewhere);
    }

    /** The runs did work: no internal error and every output file the script asks for was written. */
    @Test
    void everyCommandRanAndWroteItsFiles() {
        String transcript = new String(first.get(TRANSCRIPT), StandardCharsets.UTF_8);
        assertTrue(!transcript.contains("\nexit 3\n") && !transcript.contains("\nexit 2\n"), transcript);
        for (String file : List.of("poa.png", "utility.png", "poa.svg", "poa.csv", "utility.svg", "utility.csv", "baseline.json", "reports/" + ReportDirectory.JUNIT,
                "reports/" + ReportDirectory.SARIF, "reports/" + ReportDirectory.VERDICTS, "market-reports/" + ReportDirectory.JUNIT)) {
            assertTrue(first.containsKey(file), file + " written; files: " + first.keySet());
        }
        assertTrue(first.keySet().stream().anyMatch(f -> f.startsWith("market-reports/replay/")), "a market certificate was written");
        assertTrue(first.keySet().stream().anyMatch(f -> f.startsWith("reports/replay/")), "a competition certificate was written");
    }

    private static void assertSameBytes(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        for (String file : expected.keySet()) {
            byte[] e = expected.get(file);
            byte[] a = actual.get(file);
            if (file.endsWith(".png")) {
                assertArrayEquals(e, a, file);
            } else {
                assertEquals(new String(e, StandardCharsets.UTF_8), new String(a, StandardCharsets.UTF_8), file);
            }
        }
    }

    /**
     * Runs the script in a fresh JVM with the given default locale and time zone.
     *
     * @return every file of the run's directory that the run wrote (its relative path, '/'-separated, to
     *     its bytes, the wall time masked), the transcript included
     */
    private static Map<String, byte[]> run(String name, String language, String country, String zone)
            throws IOException, InterruptedException {
        Path dir = WORK.resolve(name).toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted((x, y) -> y.compareTo(x)).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        Set<String> inputs = new TreeSet<>();
        for (String example : EXAMPLES) {
            CliRun.bundled(dir, example);
            inputs.add(example);
        }
        Files.writeString(dir.resolve("submissions.json"), SUBMISSIONS);
        Files.copy(Path.of("src/test/resources/bad-input/valid/certificate.json"), dir.resolve("certificate.json"));
        Files.writeString(dir.resolve("script.txt"), SCRIPT);
        inputs.addAll(List.of("submissions.json", "certificate.json", "script.txt"));

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=" + language, "-Duser.country=" + country, "-Duser.timezone=" + zone,
                "-cp", System.getProperty("java.class.path"), CommandScript.class.getName(), "script.txt", TRANSCRIPT));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(WORK.resolve(name + ".log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), name + " finished in 5 minutes");
        assertEquals(0, p.exitValue(), () -> name + ": " + log(name));

        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (!inputs.contains(rel)) {
                    files.put(rel, masked(rel, Files.readAllBytes(f)));
                }
            }
        }
        return files;
    }

    /** @return the file's bytes, in a JUnit report its one wall-time attribute replaced by a constant */
    private static byte[] masked(String file, byte[] bytes) {
        if (!file.endsWith("/" + ReportDirectory.JUNIT)) {
            return bytes;
        }
        Matcher m = WALL_TIME.matcher(new String(bytes, StandardCharsets.UTF_8));
        assertTrue(m.find(), file + " has the testsuite's time attribute");
        String masked = m.replaceFirst("$1WALL-TIME$2");
        assertTrue(!WALL_TIME.matcher(masked).find(), file + " has one testsuite time attribute");
        return masked.getBytes(StandardCharsets.UTF_8);
    }

    private static String log(String name) {
        try {
            return Files.readString(WORK.resolve(name + ".log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
