package org.marketproof.market.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.Verdict;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonValue;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.ExactPricer;

/**
 * The mutation benchmark's instances and runs (specs/mutation.md), shared by
 * {@link MutationAdequacyTest} and the bench main {@code MutationBenchmark}. Instances are small and
 * priced by Algorithm 1 with the exact pricer, so OPT is certified tight and certificates are cheap:
 * {@code odd-three-contributors} (N+ = 5, three contributors, two buyer types, |B| = 5, sigma^2 = 2)
 * and {@code low-margin} (N+ = 4, two contributors, W = 0.05, sigma^2 = 0.5).
 */
final class MutationRuns {

    /** The loss the exact pricer allows (none) and the standard deviation search. */
    static final MarketCheckOptions OPTIONS = MarketCheckOptions.forPricer(new ExactPricer());

    private static final List<String> FILES = List.of("odd-three-contributors", "low-margin");

    private MutationRuns() {
    }

    /** A benchmark instance and its file name (without {@code .json}). */
    record Bench(String name, MarketInstance instance) {
    }

    /** A verdict and the seconds its check took. */
    record Timed(Verdict verdict, double seconds) {
    }

    /** @return the benchmark instances, in the order they are tried */
    static List<Bench> instances() {
        List<Bench> out = new ArrayList<>();
        for (String f : FILES) {
            try (InputStream in = MutationRuns.class.getResourceAsStream("/mutation/" + f + ".json")) {
                out.add(new Bench(f, InstanceReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** @return the catalog mechanism of this name, its Algorithm 1 running the exact pricer */
    static Mechanism mechanism(String name) {
        return MechanismCatalog.named(name, instance -> Algorithm1.run(instance, new ExactPricer()));
    }

    /** @return the catalog's claim with this id */
    static MarketClaim claim(ClaimId id) {
        return MarketCatalog.all().stream().filter(c -> c.info().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no claim " + id + " in MarketCatalog"));
    }

    /** @return the verdict of one claim on a fresh context, timed */
    static Timed one(String mechanism, MarketClaim claim, Bench b, long seed) {
        long start = System.nanoTime();
        Verdict v = MarketCatalog.evaluate(claim, new MarketContext(mechanism(mechanism), b.instance(), seed, OPTIONS));
        return new Timed(v, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Every claim on one shared context, in the order {@link MarketCatalog#check} evaluates them
     * (p000.defined last, so that it sees every input the other checks fed the mechanism), each timed.
     *
     * @return the verdicts in evaluation order
     */
    static Map<ClaimId, Timed> all(String mechanism, Bench b, long seed) {
        MarketContext c = new MarketContext(mechanism(mechanism), b.instance(), seed, OPTIONS);
        List<MarketClaim> order = new ArrayList<>(MarketCatalog.all().stream().filter(k -> !(k instanceof DefinedClaim))
                .toList());
        order.addAll(MarketCatalog.all().stream().filter(k -> k instanceof DefinedClaim).toList());
        Map<ClaimId, Timed> out = new LinkedHashMap<>();
        for (MarketClaim k : order) {
            long start = System.nanoTime();
            Verdict v = MarketCatalog.evaluate(k, c);
            out.put(k.info().id(), new Timed(v, (System.nanoTime() - start) / 1e9));
        }
        return out;
    }

    /** The certificate names the claim, re-checks, and re-checks after a JSON round trip with the mechanism rebuilt by name. */
    static void assertReplays(Verdict.Falsified f, ClaimId claim) {
        MarketCertificate ce = (MarketCertificate) f.certificate();
        assertEquals(claim, ce.claim(), "the certificate names another claim");
        assertTrue(ce.recheck().violates(), () -> "does not re-check: " + ce.toJsonText());
        MarketCertificate back = MarketCertificate.read(JsonValue.root(JsonInput.parse(ce.toJsonText(), "certificate"), "certificate"),
                MechanismSource.catalog(new ExactPricer()));
        assertTrue(back.recheck().violates(), () -> "does not re-check after a JSON round trip: " + ce.toJsonText());
    }
}
