package org.marketproof.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marketproof.io.JsonInput;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.verify.Counterexample;
import org.marketproof.verify.Replay;
import org.marketproof.verify.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code marketproof replay}: re-checks a counterexample file. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Re-checks a counterexample file (written by the battery, the properties or 'verify') against "
                + "the mechanism it names and re-prints its figures.",
                "Exit status: 1 the violation reproduces, 0 it no longer does, 2 bad input."})
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "counterexample JSON")
    Path file;

    @Mixin
    PricerOptions pricer;

    /** A user's mechanism, when the counterexample is about one; else the catalog mechanism it names. */
    @Mixin
    UserMechanismOptions user;

    @Override
    public Integer call() {
        Counterexample ce = Counterexample.read(JsonInput.read(file));
        Mechanism m = user.load().orElseGet(() -> MechanismCatalog.named(ce.mechanism(),
                new Scenario(ce.instance(), ce.pricing()).algorithm1(pricer.pricer())));
        Replay.Outcome o = Replay.check(ce, m);
        System.out.println(ce.claim() + " (" + ce.source() + ") on mechanism " + m.name() + ", evaluator " + ce.evaluator()
                + (ce.evaluator().equals("exact") ? "" : " (" + ce.samples() + " samples, level " + ce.level() + ", seed "
                + ce.seed() + ")"));
        o.figures().forEach((k, v) -> System.out.println("  " + k + ": " + v));
        System.out.println(o.reproduces() ? "REPRODUCES: the violation is certified" : "DOES NOT REPRODUCE");
        return o.reproduces() ? Main.EXIT_CLAIM_FALSIFIED : 0;
    }
}
