package org.marketproof.cli;

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
import org.marketproof.claims.Verdict;
import org.marketproof.competition.claims.CompetitionCatalog;
import org.marketproof.competition.CompetitionFile;
import org.marketproof.io.DocumentKind;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonValue;
import org.marketproof.market.claims.Battery;
import org.marketproof.market.claims.MarketCatalog;
import org.marketproof.market.claims.MarketCertificate;
import org.marketproof.market.claims.MarketCheckOptions;
import org.marketproof.market.claims.Scenario;
import org.marketproof.market.mechanism.Mechanism;
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

    @Option(names = "--certificates", paramLabel = "DIR",
            description = "Write the certificate of every FALSIFIED market claim into DIR, for 'marketproof replay'.")
    Path certificates;

    @Mixin
    OutputOptions output;

    /** One printed verdict. */
    private record Row(String claim, String source, String subject, String verdict, String evidence, boolean fails,
            ObjectNode certificate) {
    }

    @Override
    public Integer call() {
        List<Row> rows = new ArrayList<>();
        for (Input in : inputs()) {
            if (DocumentKind.expect(in.document(), DocumentKind.MARKET_INSTANCE, DocumentKind.SCENARIO,
                    DocumentKind.COMPETITION).orElse(null) == DocumentKind.COMPETITION) {
                CompetitionCatalog.check(CompetitionFile.fromJson(in.document()), in.name(), seed).forEach(r -> rows.add(row(r)));
                continue;
            }
            Scenario scenario = Scenario.fromJson(in.document());
            Mechanism m = mechanism.mechanism(scenario, pricer.pricer());
            for (ClaimResult r : MarketCatalog.check(m, scenario.instance(), in.name(), seed,
                    MarketCheckOptions.forPricer(pricer.pricer()))) {
                rows.add(row(r));
            }
        }
        long falsified = rows.stream().filter(Row::fails).count();
        ObjectNode root = JsonOut.object();
        root.put("seed", seed);
        root.put("falsified", falsified);
        ArrayNode arr = root.putArray("verdicts");
        for (Row v : rows) {
            ObjectNode n = arr.addObject();
            n.put("claim", v.claim());
            n.put("source", v.source());
            n.put("subject", v.subject());
            n.put("verdict", v.verdict());
            n.put("evidence", v.evidence());
            if (v.certificate() != null) {
                n.set("certificate", v.certificate());
            }
        }
        output.print(root, r -> text(rows, falsified));
        return falsified == 0 ? 0 : Main.EXIT_CLAIM_FALSIFIED;
    }

    private Row row(ClaimResult r) {
        Verdict v = r.verdict();
        ObjectNode cert = null;
        String where = "";
        if (v instanceof Verdict.Falsified f && f.certificate() instanceof MarketCertificate ce) {
            cert = ce.toJson();
            if (certificates != null) {
                where = " [certificate: " + Battery.write(ce, certificates) + "]";
            }
        }
        String word = v instanceof Verdict.Holds h ? "HOLDS (" + (h.basis() == Verdict.Basis.PROVED_FOR_ALL
                ? "proved" : "exact on instance") + ")" : v.kind().name();
        String hypothesis = v instanceof Verdict.NotApplicable na ? "hypothesis fails: " + na.hypothesis() + ": " : "";
        String searched = v instanceof Verdict.NoCounterexample nc ? "searched " + nc.searched() + "; " : "";
        return new Row(r.id().value(), r.claim().source(), r.subject(), word,
                hypothesis + searched + v.evidence() + " [seed " + seed + "]" + where, v.failsGate(), cert);
    }


    private String text(List<Row> rows, long falsified) {
        StringBuilder b = new StringBuilder(String.format("seed %d%n", seed));
        for (Row v : rows) {
            b.append(String.format("%-34s %-22s %-26s %s%n    %s%n", v.subject(), v.claim(), v.verdict(), v.source(),
                    v.evidence()));
        }
        return b.append(String.format("%d verdicts, %d falsified", rows.size(), falsified)).toString();
    }


    private record Input(String name, JsonValue document) {
    }

    private List<Input> inputs() {
        List<Input> in = new ArrayList<>();
        if (files.isEmpty()) {
            for (String name : BUNDLED) {
                in.add(new Input(name, JsonValue.root(JsonInput.parse(resource("examples/" + name), name), name)));
            }
        }
        for (Path f : files) {
            in.add(new Input(f.getFileName().toString(), JsonInput.document(f)));
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
