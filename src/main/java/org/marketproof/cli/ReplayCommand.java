package org.marketproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marketproof.InvalidInputException;
import org.marketproof.claims.Certificate;
import org.marketproof.claims.ClaimInfo;
import org.marketproof.claims.Recheck;
import org.marketproof.competition.claims.CompetitionCatalog;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonValue;
import org.marketproof.market.claims.MarketCatalog;
import org.marketproof.market.claims.MarketCertificate;
import org.marketproof.market.claims.MechanismFailure;
import org.marketproof.market.claims.MechanismSource;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.report.ReplayFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marketproof replay}: re-checks a certificate file with the same predicate the checker used. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Re-checks a replay file (a certificate of either paper: format marketproof-counterexample/2 or "
                + "marketproof-competition-certificate/1; 'verify --report-dir DIR' writes one per FALSIFIED verdict into "
                + "DIR/replay/) with the predicate the checker used, against the mechanism it names, and re-prints its "
                + "figures. A user's mechanism is loaded from --classpath by the class the file records, or by "
                + "--mechanism-class.",
                "Exit status: 1 the violation reproduces, 0 it no longer does, 2 bad input."})
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "certificate JSON")
    Path file;

    @Mixin
    PricerOptions pricer;

    /** A user's mechanism, when the certificate is about one; else the catalog mechanism it names. */
    @Mixin
    UserMechanismOptions user;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MechanismSource catalog = MechanismSource.catalog(pricer.pricer());
        JsonValue document = JsonInput.document(file);
        Certificate ce = ReplayFiles.read(document, (name, instance, pricing) ->
                user.load().orElseGet(() -> {
                    // read only once the reader has checked the document (a string where present)
                    JsonNode recorded = document.node().get(MarketCertificate.MECHANISM_CLASS);
                    if (recorded != null) {
                        return user.loadRecorded(recorded.asText());
                    }
                    if (!MechanismCatalog.names().contains(name)) {
                        throw new InvalidInputException("mechanism", "\"" + name + "\" is not a catalog mechanism; to "
                                + "re-check a user's mechanism give its class: --mechanism-class CLASS --classpath PATH");
                    }
                    return catalog.mechanism(name, instance, pricing);
                }));
        String source = Stream.concat(MarketCatalog.claims().stream(), CompetitionCatalog.claims().stream())
                .filter(i -> i.id().equals(ce.claim())).map(ClaimInfo::source).findFirst().orElse("not a catalog claim");
        out.println(ce.claim() + " (" + source + "), " + ce.toJson().path("kind").asText()
                + (ce instanceof MarketCertificate m && !m.mechanismName().isEmpty() ? ", mechanism " + m.mechanismName()
                : ""));
        Recheck r;
        try {
            r = ce.recheck();
        } catch (MechanismFailure f) {
            out.println("DOES NOT REPRODUCE: the mechanism failed during the re-check (" + f.describe() + ")");
            out.flush();
            return 0;
        }
        r.figures().forEach((k, v) -> out.println("  " + k + ": " + v));
        out.println("  basis: " + r.basis());
        out.println(r.violates() ? "REPRODUCES: the violation is certified" : "DOES NOT REPRODUCE");
        out.flush();
        return r.violates() ? Main.EXIT_CLAIM_FALSIFIED : 0;
    }
}
