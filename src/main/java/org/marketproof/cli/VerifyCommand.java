package org.marketproof.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Progress;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.claims.CompetitionCatalog;
import org.marketproof.competition.CompetitionFile;
import org.marketproof.io.DocumentKind;
import org.marketproof.io.Examples;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonValue;
import org.marketproof.market.claims.MarketCatalog;
import org.marketproof.market.claims.MarketCheckOptions;
import org.marketproof.market.claims.Scenario;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.strategy.DeviationSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marketproof verify}: every claim's verdict, exactly once per claim, instance and mechanism,
 * on given instance files or on the bundled examples. Exits 1 when any claim is FALSIFIED, so a CI
 * job can gate on it.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the papers' claims on instances and print each verdict with its evidence: one verdict per "
                + "claim, instance and mechanism (claim ids as in specs/).",
            "With no INSTANCE, runs on the bundled examples. Exit status 1 if any claim is FALSIFIED."})
final class VerifyCommand implements Callable<Integer> {

    /** The bundled example instances, as class-path resources under {@code examples/}. */
    static final List<String> BUNDLED = List.of("market-example.json", "competition-example.json",
            "competition-bounded.json", "competition-theorem1.json");

    /** Where the bundled examples live in the repository, for the reports' locations. */
    private static final String BUNDLED_SOURCE = "src/main/resources/examples/";

    @Parameters(arity = "0..*", paramLabel = "INSTANCE",
            description = "Market instance, scenario or competition files (JSON; told apart by their top-level fields).")
    List<Path> files = new ArrayList<>();

    @Mixin
    PricerOptions pricer;

    @Mixin
    MechanismOptions mechanism;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of every random choice (default ${DEFAULT-VALUE}); printed with the results.")
    long seed;

    @Mixin
    OutputOptions output;

    @Mixin
    GateOptions gate;

    @Mixin
    ProgressOptions progress;

    @Override
    public Integer call() {
        List<ClaimResult> results = new ArrayList<>();
        List<Input> inputs = inputs();
        // the bar counts claim x instance checks: every instance's catalog size is known before any check runs
        long total = inputs.stream().mapToLong(in -> in.competition() ? CompetitionCatalog.claims().size()
                : MarketCatalog.claims().size()).sum();
        try (ProgressLine line = progress.line("claims checked")) {
            for (Input in : inputs) {
                Progress part = line.after(results.size(), total);
                if (in.competition()) {
                    results.addAll(CompetitionCatalog.check(CompetitionFile.fromJson(in.document()), in.name(), seed, part));
                    continue;
                }
                Scenario scenario = Scenario.fromJson(in.document());
                Mechanism m = mechanism.mechanism(scenario, pricer.pricer(line.nested()));
                results.addAll(MarketCatalog.check(m, scenario.instance(), in.name(), seed,
                        MarketCheckOptions.forPricer(pricer.pricer()).withSearch(DeviationSearch.standard(line.nested())),
                        part));
            }
        }
        return gate.conclude(results, inputs.stream().collect(Collectors.toMap(Input::name, Input::uri, (a, b) -> a)), seed,
                output, this::text);
    }

    /** @return one verdict per line pair: subject, claim, verdict word and source, then the evidence */
    private String text(List<ClaimResult> results) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "seed %d%n", seed));
        for (ClaimResult r : results) {
            Verdict v = r.verdict();
            String word = v instanceof Verdict.Holds h ? "HOLDS (" + (h.basis() == Verdict.Basis.PROVED_FOR_ALL
                    ? "proved" : "exact on instance") + ")" : v.kind().name();
            String hypothesis = v instanceof Verdict.NotApplicable na ? "hypothesis fails: " + na.hypothesis() + ": " : "";
            String searched = v instanceof Verdict.NoCounterexample nc ? "searched " + nc.searched() + "; " : "";
            b.append(String.format(Locale.ROOT, "%-34s %-22s %-26s %s%n    %s%n", r.subject(), r.id(), word, r.claim().source(),
                    hypothesis + searched + v.evidence() + " [seed " + seed + "]"));
        }
        return b.append(String.format(Locale.ROOT, "%d verdicts, %d falsified", results.size(),
                results.stream().filter(r -> r.verdict().failsGate()).count())).toString();
    }

    /** An instance file: its name in the verdicts, its location for the reports, its content. */
    private record Input(String name, String uri, JsonValue document) {

        /** @return whether it is a competition file (paper 003), else a market instance or scenario (paper 000) */
        boolean competition() {
            return DocumentKind.expect(document, DocumentKind.MARKET_INSTANCE, DocumentKind.SCENARIO,
                    DocumentKind.COMPETITION).orElse(null) == DocumentKind.COMPETITION;
        }
    }

    private List<Input> inputs() {
        List<Input> in = new ArrayList<>();
        if (files.isEmpty()) {
            for (String name : BUNDLED) {
                in.add(new Input(name, BUNDLED_SOURCE + name, JsonValue.root(Examples.read(name), name)));
            }
        }
        for (Path f : files) {
            in.add(new Input(f.getFileName().toString(), uri(f), JsonInput.document(f)));
        }
        return in;
    }

    /** @return {@code f} relative to the working directory when under it, with '/' separators, else its file URI */
    private static String uri(Path f) {
        Path abs = f.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString().replace(java.io.File.separatorChar, '/')
                : abs.toUri().toString();
    }
}
