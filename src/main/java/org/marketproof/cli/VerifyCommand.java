package org.marketproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marketproof.InvalidInputException;
import org.marketproof.claims.ClaimResult;
import org.marketproof.competition.claims.CompetitionCatalog;
import org.marketproof.competition.CompetitionFile;
import org.marketproof.io.JsonInput;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.verify.ClaimVerdict;
import org.marketproof.verify.MarketClaims;
import org.marketproof.verify.Scenario;
import org.marketproof.verify.StrategicClaims;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marketproof verify}: the claim battery on given instance files or on the bundled
 * examples. Exits 1 when any claim that should hold is falsified, so a CI job can gate on it.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the papers' claims on instances and print each verdict with its evidence.",
            "With no INSTANCE, runs on the bundled examples. Exit status 1 if any claim is FALSIFIED."})
final class VerifyCommand implements Callable<Integer> {

    /** The bundled example instances, as class-path resources under {@code examples/}. */
    static final List<String> BUNDLED = List.of("market-example.json", "competition-example.json",
            "competition-bounded.json", "competition-theorem1.json");

    @Parameters(arity = "0..*", paramLabel = "INSTANCE",
            description = "Market instance, scenario or competition files (JSON; told apart by their top-level fields).")
    List<Path> files = new ArrayList<>();

    @Mixin
    PricerOptions pricer;

    @Mixin
    MechanismOptions mechanism;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of every simulated check (default ${DEFAULT-VALUE}); printed with the results.")
    long seed;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        List<ClaimVerdict> verdicts = new ArrayList<>();
        for (Input in : inputs()) {
            if (in.tree().has("sources")) {
                CompetitionCatalog.check(CompetitionFile.fromJson(in.tree()), in.name(), seed).forEach(r -> verdicts.add(legacy(r)));
                continue;
            }
            Scenario scenario = Scenario.fromJson(in.tree());
            if (mechanism.isPaper() && scenario.pricing() == null) {
                verdicts.addAll(MarketClaims.check(scenario.instance(), in.name(), pricer.pricer(), seed));
            }
            Mechanism m = mechanism.mechanism(scenario, pricer.pricer());
            for (ClaimVerdict v : StrategicClaims.check(m, scenario.instance(), seed)) {
                verdicts.add(new ClaimVerdict(v.claim(), v.source(), in.name() + " / " + m.name(), v.verdict(),
                        v.evidence()));
            }
        }
        long falsified = verdicts.stream().filter(v -> v.verdict().failsGate()).count();
        ObjectNode root = JsonOut.object();
        root.put("seed", seed);
        root.put("falsified", falsified);
        ArrayNode arr = root.putArray("verdicts");
        for (ClaimVerdict v : verdicts) {
            ObjectNode n = arr.addObject();
            n.put("claim", v.claim());
            n.put("source", v.source());
            n.put("subject", v.subject());
            n.put("verdict", v.verdict().name());
            n.put("evidence", v.evidence());
        }
        output.print(root, r -> text(verdicts, falsified));
        return falsified == 0 ? 0 : Main.EXIT_CLAIM_FALSIFIED;
    }

    private String text(List<ClaimVerdict> verdicts, long falsified) {
        StringBuilder b = new StringBuilder(String.format("seed %d%n", seed));
        for (ClaimVerdict v : verdicts) {
            b.append(String.format("%-30s %-26s %-23s %s%n    %s%n", v.subject(), v.claim(), v.verdict(), v.source(),
                    v.evidence()));
        }
        return b.append(String.format("%d verdicts, %d falsified", verdicts.size(), falsified)).toString();
    }

    /** Paper 003's results in the verdict type this command still prints, until it prints {@link ClaimResult}s. */
    private static ClaimVerdict legacy(ClaimResult r) {
        org.marketproof.verify.Verdict v = switch (r.verdict().kind()) {
            case HOLDS -> org.marketproof.verify.Verdict.HOLDS;
            case FALSIFIED -> org.marketproof.verify.Verdict.FALSIFIED;
            case NOT_APPLICABLE -> org.marketproof.verify.Verdict.NOT_APPLICABLE;
            case NO_COUNTEREXAMPLE, INCONCLUSIVE -> org.marketproof.verify.Verdict.NO_COUNTEREXAMPLE_FOUND;
        };
        String prefix = r.verdict().kind() == org.marketproof.claims.Verdict.Kind.INCONCLUSIVE ? "inconclusive: " : "";
        return new ClaimVerdict(r.id().value(), r.claim().source(), r.subject(), v, prefix + r.verdict().evidence());
    }

    private record Input(String name, JsonNode tree) {
    }

    private List<Input> inputs() {
        List<Input> in = new ArrayList<>();
        if (files.isEmpty()) {
            for (String name : BUNDLED) {
                in.add(new Input(name, JsonInput.parse(resource("examples/" + name), name)));
            }
        }
        for (Path f : files) {
            in.add(new Input(f.getFileName().toString(), JsonInput.read(f)));
        }
        return in;
    }

    private static String resource(String path) {
        try (InputStream s = VerifyCommand.class.getClassLoader().getResourceAsStream(path)) {
            if (s == null) {
                throw new InvalidInputException(path, "bundled example missing from the build");
            }
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(path, "cannot be read (" + e.getMessage() + ")");
        }
    }
}
