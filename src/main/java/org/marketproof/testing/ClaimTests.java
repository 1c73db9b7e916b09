package org.marketproof.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Verdict;
import org.marketproof.competition.CompetitionFile;
import org.marketproof.competition.CompetitionInstance;
import org.marketproof.competition.claims.CompetitionCatalog;
import org.marketproof.gate.GatePolicy;
import org.marketproof.io.Examples;
import org.marketproof.io.JsonInput;
import org.marketproof.io.JsonValue;
import org.marketproof.io.JsonOutput;
import org.marketproof.market.claims.MarketCatalog;
import org.marketproof.market.claims.Scenario;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.report.ReplayFiles;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The claims as JUnit 5 dynamic tests: one test per claim x instance, named by the claim's id, in
 * one container per instance (and mechanism), for a {@code @TestFactory}:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> paper000() {
 *     return ClaimTests.market(new MyMechanism(), ClaimTests.bundledMarkets("market-example.json"), 1L);
 * }
 * }</pre>
 *
 * Each test does what {@code verify}'s gate does with the verdict ({@link #assertVerdict}): FALSIFIED
 * fails with the evidence and the certificate (and writes a replay file when the system property
 * {@value #REPLAY_DIRECTORY} names a directory); NOT_APPLICABLE and INCONCLUSIVE abort, so JUnit
 * reports them as skipped with the reason; HOLDS and NO_COUNTEREXAMPLE pass. Checks run when JUnit
 * executes the instance's container, not at discovery.
 */
public final class ClaimTests {

    /** System property naming a directory for replay files of FALSIFIED verdicts. */
    public static final String REPLAY_DIRECTORY = "marketproof.counterexamples";

    private ClaimTests() {
    }

    /**
     * @param mechanism the mechanism audited, e.g. a user's own
     * @param instances market instances by name (the name appears in the tests' containers)
     * @param seed every random choice derives from it
     * @return one container per instance, one test per claim of paper 000 ({@link MarketCatalog#claims()})
     */
    public static Stream<DynamicNode> market(Mechanism mechanism, Map<String, MarketInstance> instances, long seed) {
        return containers(instances, (name, instance) -> MarketCatalog.check(mechanism, instance, name, seed),
                name -> name + " / " + mechanism.name());
    }

    /**
     * @param instances competition instances by name
     * @param seed every random choice derives from it
     * @return one container per instance, one test per claim of paper 003 ({@link CompetitionCatalog#claims()})
     */
    public static Stream<DynamicNode> competition(Map<String, CompetitionInstance> instances, long seed) {
        return containers(instances, (name, instance) -> CompetitionCatalog.check(instance, name, seed), name -> name);
    }

    /**
     * @param results verdicts already computed
     * @return one container per subject (instance / mechanism), one test per verdict, in result order
     */
    public static Stream<DynamicNode> of(List<ClaimResult> results) {
        Map<String, List<ClaimResult>> bySubject = new LinkedHashMap<>();
        results.forEach(r -> bySubject.computeIfAbsent(r.subject(), k -> new java.util.ArrayList<>()).add(r));
        return bySubject.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(), tests(e.getValue())));
    }

    /**
     * The one rule by which a verdict passes, fails or is skipped, as in {@code verify}'s gate.
     *
     * @param r a verdict
     * @throws AssertionFailedError if it is FALSIFIED: the evidence, the re-checked figures and the certificate
     * @throws TestAbortedException if it is NOT_APPLICABLE or INCONCLUSIVE: the claim was not checked
     */
    public static void assertVerdict(ClaimResult r) {
        Verdict v = r.verdict();
        if (v instanceof Verdict.Falsified f) {
            throw new AssertionFailedError(r.id() + " FALSIFIED on " + r.subject() + " (" + r.claim().source() + "): "
                    + v.evidence() + "\nbasis: " + f.recheck().basis() + "\nfigures: " + f.recheck().describe()
                    + replayFile(r) + "\ncertificate:\n" + JsonOutput.text(f.certificate().toJson()));
        }
        if (GatePolicy.unchecked(r)) {
            throw new TestAbortedException(v.kind() + ": " + (v instanceof Verdict.NotApplicable na
                    ? "hypothesis fails: " + na.hypothesis() + ": " : "") + v.evidence());
        }
    }

    /**
     * @param names bundled example files of the market (instance or scenario files), e.g. {@code market-example.json}
     * @return their instances by name, in the given order
     */
    public static Map<String, MarketInstance> bundledMarkets(String... names) {
        Map<String, MarketInstance> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, Scenario.fromJson(JsonValue.root(Examples.read(name), name)).instance());
        }
        return out;
    }

    /**
     * @param files market instance or scenario files
     * @return their instances by file name, in the given order
     */
    public static Map<String, MarketInstance> marketFiles(Path... files) {
        Map<String, MarketInstance> out = new LinkedHashMap<>();
        for (Path f : files) {
            out.put(f.getFileName().toString(), Scenario.fromJson(JsonInput.document(f)).instance());
        }
        return out;
    }

    /**
     * @param names bundled competition examples, e.g. {@code competition-example.json}
     * @return their instances by name, in the given order
     */
    public static Map<String, CompetitionInstance> bundledCompetitions(String... names) {
        Map<String, CompetitionInstance> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, CompetitionFile.fromJson(JsonValue.root(Examples.read(name), name)));
        }
        return out;
    }

    private static <I> Stream<DynamicNode> containers(Map<String, I> instances,
            BiFunction<String, I, List<ClaimResult>> check, java.util.function.Function<String, String> subject) {
        return instances.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(subject.apply(e.getKey()),
                Stream.of(e).flatMap(x -> tests(check.apply(x.getKey(), x.getValue())))));
    }

    private static Stream<DynamicNode> tests(List<ClaimResult> results) {
        return results.stream().map(r -> DynamicTest.dynamicTest(r.id().value(), () -> assertVerdict(r)));
    }

    private static String replayFile(ClaimResult r) {
        String dir = System.getProperty(REPLAY_DIRECTORY);
        if (dir == null || dir.isBlank()) {
            return "";
        }
        try {
            return "\nreplay: marketproof replay " + ReplayFiles.writeOne(Path.of(dir), r);
        } catch (IOException e) {
            return "\nreplay file not written (" + e.getMessage() + ")";
        }
    }
}
