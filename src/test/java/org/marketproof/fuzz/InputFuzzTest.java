package org.marketproof.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketproof.cli.Main;
import org.marketproof.cli.PricerOptions;
import org.marketproof.competition.CompetitionFile;
import org.marketproof.gate.Baseline;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonValue;
import org.marketproof.market.claims.InstanceCodec;
import org.marketproof.market.claims.MechanismSource;
import org.marketproof.market.claims.Scenario;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.settlement.SubmissionsReader;
import org.marketproof.market.strategy.StrategyCodec;
import org.marketproof.report.ReplayFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Fuzz targets for every input reader and the command line (issue 11): Jazzer mutates the seed files in
 * {@code src/test/resources/org/marketproof/fuzz/InputFuzzTestInputs/METHOD/} (valid files of each
 * format) and every input must be accepted or refused by {@link Refusal}'s rule; what is
 * accepted must also survive a round trip through the format's writer where there is one.
 *
 * <p>Without {@code JAZZER_FUZZ} these run as regression tests on the seeds and on every crash
 * found so far (saved beside the seeds); {@code mvn verify} also fuzzes each target briefly, and
 * {@code mvn -Pfuzz verify} for longer (README, "Fuzzing").
 */
class InputFuzzTest {

    /** The targets in the order {@link #anyInput} selects them by the first byte. */
    private static final List<Map.Entry<String, Consumer<byte[]>>> TARGETS = List.of(
            Map.entry("instance", InputFuzzTest::readInstance), Map.entry("scenario", InputFuzzTest::readScenario),
            Map.entry("submissions", InputFuzzTest::readSubmissions), Map.entry("competition", InputFuzzTest::readCompetition),
            Map.entry("certificate", InputFuzzTest::readCertificate), Map.entry("strategy", InputFuzzTest::readStrategy),
            Map.entry("baseline", InputFuzzTest::readBaseline), Map.entry("arguments", InputFuzzTest::readArguments));

    private static final Path SEEDS = Path.of("src/test/resources/org/marketproof/fuzz/InputFuzzTestInputs");
    private static final MarketInstance SETTLED = InstanceReader.read(Path.of("src/main/resources/examples/market-example.json"));

    private static JsonValue document(byte[] data) {
        return JsonValue.root(JsonInput.parse(data, "fuzzed"), "fuzzed");
    }

    @FuzzTest
    void instance(byte[] data) {
        readInstance(data);
    }

    private static void readInstance(byte[] data) {
        Refusal.orValue(() -> InstanceReader.fromJson(document(data))).ifPresent(i -> {
            String written = InstanceCodec.write(i).toString();
            assertEquals(written, InstanceCodec.write(InstanceReader.parse(written)).toString(), "round trip");
        });
    }

    @FuzzTest
    void scenario(byte[] data) {
        readScenario(data);
    }

    private static void readScenario(byte[] data) {
        Refusal.orValue(() -> Scenario.fromJson(document(data)));
    }

    @FuzzTest
    void submissions(byte[] data) {
        readSubmissions(data);
    }

    private static void readSubmissions(byte[] data) {
        Refusal.orValue(() -> SubmissionsReader.parse(data, SETTLED));
    }

    @FuzzTest
    void competition(byte[] data) {
        readCompetition(data);
    }

    private static void readCompetition(byte[] data) {
        Refusal.orValue(() -> CompetitionFile.fromJson(document(data)))
                .ifPresent(c -> assertEquals(c, CompetitionFile.parse(CompetitionFile.write(c), "written"), "round trip"));
    }

    @FuzzTest
    void certificate(byte[] data) {
        readCertificate(data);
    }

    private static void readCertificate(byte[] data) {
        Refusal.orValue(() -> ReplayFiles.read(document(data), MechanismSource.catalog(new GridPricer(0.01))));
    }

    @FuzzTest
    void strategy(byte[] data) {
        readStrategy(data);
    }

    private static void readStrategy(byte[] data) {
        Refusal.orValue(() -> StrategyCodec.read(document(data))).ifPresent(s -> {
            String written = StrategyCodec.write(s).toString();
            assertEquals(written, StrategyCodec.write(StrategyCodec.read(JsonValue.root(JsonInput.parse(written, "w"), "w")))
                    .toString(), "round trip");
        });
    }

    @FuzzTest
    void baseline(byte[] data) {
        readBaseline(data);
    }

    private static void readBaseline(byte[] data) {
        Refusal.orValue(() -> Baseline.fromJson(document(data)));
    }

    @FuzzTest
    void arguments(byte[] data) {
        readArguments(data);
    }

    /**
     * The command line: the input's lines are the arguments. Parsing either succeeds, with the
     * option rules that need no file holding or refused as bad input, or fails with a usage error
     * that the tool reports as exit 2 on one line. Commands are not run: fuzzed arguments could name
     * any file to write.
     */
    private static void readArguments(byte[] data) {
        String[] args = new String(data, StandardCharsets.UTF_8).lines().toArray(String[]::new);
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        ParseResult parsed;
        try {
            parsed = cl.parseArgs(args);
        } catch (ParameterException e) {
            int exit;
            try {
                exit = cl.getParameterExceptionHandler().handleParseException(e, args);
            } catch (Exception x) {
                throw new AssertionError("the usage-error handler failed", x);
            }
            assertEquals(Main.EXIT_BAD_INPUT, exit);
            assertTrue(err.toString().startsWith("error: ") && err.toString().strip().lines().count() == 1, err::toString);
            return;
        }
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            for (CommandSpec mixin : p.commandSpec().mixins().values()) {
                if (mixin.userObject() instanceof PricerOptions pricer) {
                    Refusal.orValue(pricer::pricer);
                }
            }
        }
    }

    /**
     * Every reader in one target, for the short fuzzing run of {@code mvn verify} (Jazzer fuzzes one
     * target per JVM, and starting one takes longer than the run): the first byte chooses the reader,
     * the rest is its input. Its seeds are the other targets' seeds, each behind its reader's byte.
     */
    @MethodSource("everySeed")
    @FuzzTest
    void anyInput(byte[] data) {
        if (data.length > 0) {
            TARGETS.get(Byte.toUnsignedInt(data[0]) % TARGETS.size()).getValue().accept(Arrays.copyOfRange(data, 1, data.length));
        }
    }

    static Stream<Arguments> everySeed() throws IOException {
        List<Arguments> seeds = new ArrayList<>();
        for (int t = 0; t < TARGETS.size(); t++) {
            Path dir = SEEDS.resolve(TARGETS.get(t).getKey());
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.sorted().toList();
            }
            for (Path f : files) {
                byte[] content = Files.readAllBytes(f);
                byte[] seed = new byte[content.length + 1];
                seed[0] = (byte) t;
                System.arraycopy(content, 0, seed, 1, content.length);
                seeds.add(Arguments.of(Named.of(TARGETS.get(t).getKey() + "/" + f.getFileName(), seed)));
            }
        }
        return seeds.stream();
    }
}
