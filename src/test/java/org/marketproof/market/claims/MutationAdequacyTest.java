package org.marketproof.market.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.ClaimInfo;
import org.marketproof.claims.ClaimResult;
import org.marketproof.claims.Verdict;
import org.marketproof.market.mechanism.catalog.Mutant;
import org.marketproof.market.mechanism.catalog.Mutants;

/**
 * Mutation adequacy of {@link MarketCatalog} (issue 8, point 7; specs/mutation.md): every mutant of
 * Algorithm 2 that must be caught is FALSIFIED on the claim it names, with a certificate that
 * re-checks after a JSON round trip, on one of the benchmark instances; no equivalent mutant has a
 * claim falsified on any of them. The full kill matrix (every mutant x every claim) and the times to
 * the first certificate are the bench main {@code MutationBenchmark}'s.
 */
class MutationAdequacyTest {

    private static final long SEED = 1;

    @Test
    void theCatalogHasThirtyMutantsToCatchAndFiveEquivalentOnesEachNamingACatalogClaim() {
        assertTrue(Mutants.killing().size() >= 30, "mutants to catch: " + Mutants.killing().size());
        assertTrue(Mutants.equivalent().size() >= 5, "equivalent mutants: " + Mutants.equivalent().size());
        Set<ClaimId> ids = MarketCatalog.claims().stream().map(ClaimInfo::id).collect(Collectors.toSet());
        for (Mutant m : Mutants.killing()) {
            assertTrue(ids.contains(m.breaks().orElseThrow()), m.name() + " names " + m.breaks().get()
                    + ", which MarketCatalog does not check");
        }
    }

    /** specs/mutation.md lists every mutant with the claim it names, and every equivalent one. */
    @Test
    void theSpecListsEveryMutantWithItsClaim() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("specs/mutation.md"));
        for (Mutant m : Mutants.all()) {
            String row = "| `" + m.name() + "` | " + m.breaks().map(id -> "`" + id + "` |").orElse("");
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(row)), () -> "specs/mutation.md has no row " + row);
        }
    }

    /** 100 % caught: the named claim's check alone (a fresh context per instance) falsifies it. */
    @Test
    void everyMutantIsCaughtWithTheClaimItNames() {
        List<String> missed = new ArrayList<>();
        StringBuilder table = new StringBuilder("mutant | claim | instance | seconds (designated check alone)\n");
        for (Mutant m : Mutants.killing()) {
            ClaimId id = m.breaks().orElseThrow();
            MarketClaim claim = MutationRuns.claim(id);
            String caughtOn = null;
            double seconds = 0;
            for (MutationRuns.Bench b : MutationRuns.instances()) {
                MutationRuns.Timed t = MutationRuns.one(m.name(), claim, b, SEED);
                seconds += t.seconds();
                if (t.verdict() instanceof Verdict.Falsified f) {
                    MutationRuns.assertReplays(f, id);
                    caughtOn = b.name();
                    break;
                }
            }
            if (caughtOn == null) {
                missed.add(m.name() + " (" + id + ")");
            }
            table.append(String.format(Locale.ROOT, "%s | %s | %s | %.2f%n", m.name(), id, caughtOn, seconds));
        }
        System.out.print(table);
        assertTrue(missed.isEmpty(), () -> "not caught with the claim they name: " + missed);
    }

    /** 0 false alarms: on every benchmark instance the paper falsifies nothing, and no equivalent mutant does. */
    @Test
    void noEquivalentMutantIsFlagged() {
        List<String> alarms = new ArrayList<>();
        List<String> mechanisms = new ArrayList<>(List.of("paper"));
        Mutants.equivalent().forEach(m -> mechanisms.add(m.name()));
        for (MutationRuns.Bench b : MutationRuns.instances()) {
            for (String name : mechanisms) {
                for (ClaimResult r : MarketCatalog.check(MutationRuns.mechanism(name), b.instance(), b.name(), SEED,
                        MutationRuns.OPTIONS)) {
                    if (r.verdict().failsGate()) {
                        alarms.add(name + " on " + b.name() + ": " + r.id() + " (" + r.verdict().evidence() + ")");
                    }
                }
            }
        }
        assertTrue(alarms.isEmpty(), () -> "false alarms: " + alarms);
    }
}
