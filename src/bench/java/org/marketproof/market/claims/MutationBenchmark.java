package org.marketproof.market.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marketproof.claims.ClaimId;
import org.marketproof.claims.ClaimInfo;
import org.marketproof.claims.Verdict;
import org.marketproof.market.mechanism.catalog.Mutant;
import org.marketproof.market.mechanism.catalog.Mutants;

/**
 * The mutation benchmark's kill matrix (specs/mutation.md): every mutant of Algorithm 2, and the
 * paper's mechanism, checked on every claim of {@link MarketCatalog} on every benchmark instance of
 * {@link MutationRuns}, with the time to the first certificate. Prints a Markdown table.
 *
 * <p>It lives in {@code market.claims} because it times the catalog's claims one by one (package
 * access), in the order {@code MarketCatalog.check} evaluates them. The time to a certificate is the
 * sum of the check times up to it: instances in order, claims in evaluation order, as a run that
 * stops at the certificate would spend. Run with
 * {@code mvn -Pbench test-compile exec:exec -Dbench.main=org.marketproof.market.claims.MutationBenchmark
 * -Dbench.args="SEEDS"} (seeds 1..SEEDS; times are medians over them, the matrix is seed 1's).
 */
public final class MutationBenchmark {

    private MutationBenchmark() {
    }

    /** One mechanism's row: the claims falsified per instance and the times to certificates, per seed. */
    private record Row(String mechanism, Optional<ClaimId> designated, List<List<ClaimId>> falsified,
            List<Double> toFirst, List<Double> toDesignated, List<String> firstClaim) {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        List<MutationRuns.Bench> benches = MutationRuns.instances();
        List<ClaimInfo> claims = MarketCatalog.claims();
        List<Row> rows = new ArrayList<>();
        rows.add(run("paper", Optional.empty(), benches, seeds));
        for (Mutant m : Mutants.all()) {
            rows.add(run(m.name(), m.breaks(), benches, seeds));
            System.err.println("done: " + m.name());
        }
        print(rows, claims, benches, seeds);
    }

    private static Row run(String mechanism, Optional<ClaimId> designated, List<MutationRuns.Bench> benches, int seeds) {
        List<List<ClaimId>> falsified = new ArrayList<>();
        List<Double> toFirst = new ArrayList<>();
        List<Double> toDesignated = new ArrayList<>();
        List<String> firstClaim = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            double elapsed = 0;
            Double first = null;
            Double des = null;
            for (MutationRuns.Bench b : benches) {
                List<ClaimId> here = new ArrayList<>();
                for (Map.Entry<ClaimId, MutationRuns.Timed> e : MutationRuns.all(mechanism, b, seed).entrySet()) {
                    elapsed += e.getValue().seconds();
                    if (e.getValue().verdict() instanceof Verdict.Falsified) {
                        here.add(e.getKey());
                        if (first == null) {
                            first = elapsed;
                            firstClaim.add(e.getKey() + " on " + b.name());
                        }
                        if (des == null && designated.filter(e.getKey()::equals).isPresent()) {
                            des = elapsed;
                        }
                    }
                }
                if (seed == 1) {
                    falsified.add(here);
                }
            }
            toFirst.add(first == null ? Double.NaN : first);
            toDesignated.add(des == null ? Double.NaN : des);
        }
        return new Row(mechanism, designated, falsified, toFirst, toDesignated, firstClaim);
    }

    private static void print(List<Row> rows, List<ClaimInfo> claims, List<MutationRuns.Bench> benches, int seeds) {
        StringBuilder out = new StringBuilder();
        out.append("Instances: ");
        for (int k = 0; k < benches.size(); k++) {
            out.append(k == 0 ? "" : ", ").append(letter(k)).append(" = ").append(benches.get(k).name());
        }
        out.append(". A cell lists the instances on which the claim is FALSIFIED (seed 1); * marks the claim the "
                + "mutant names. Times: seconds to the first certificate of any claim / of the named claim, median "
                + "over seeds 1-" + seeds + ".\n\n| mechanism | names |");
        for (ClaimInfo c : claims) {
            out.append(' ').append(c.id().value().substring("p000.".length())).append(" |");
        }
        out.append(" caught | s to first | s to named |\n|---|---|");
        out.append("---|".repeat(claims.size() + 3)).append('\n');
        int caught = 0;
        int killing = 0;
        int alarms = 0;
        for (Row r : rows) {
            out.append("| `").append(r.mechanism()).append("` | ")
                    .append(r.designated().map(id -> id.value().substring("p000.".length())).orElse(
                            r.mechanism().equals("paper") ? "(reference)" : "(equivalent)")).append(" |");
            boolean hit = false;
            boolean any = false;
            for (ClaimInfo c : claims) {
                StringBuilder cell = new StringBuilder();
                for (int k = 0; k < benches.size(); k++) {
                    cell.append(r.falsified().get(k).contains(c.id()) ? letter(k) : "");
                }
                boolean named = r.designated().filter(c.id()::equals).isPresent();
                hit |= named && cell.length() > 0;
                any |= cell.length() > 0;
                out.append(' ').append(cell.length() == 0 ? "." : cell).append(named ? "*" : "").append(" |");
            }
            if (r.designated().isPresent()) {
                killing++;
                caught += hit ? 1 : 0;
            } else {
                alarms += any ? 1 : 0;
            }
            out.append(r.designated().isPresent() ? (hit ? " yes" : " **no**") : (any ? " **flagged**" : " -"))
                    .append(" | ").append(seconds(r.toFirst())).append(" | ").append(seconds(r.toDesignated()))
                    .append(" |\n");
        }
        out.append(String.format(Locale.ROOT, "%nCaught with the named claim: %d of %d; equivalent mutants or paper "
                + "flagged: %d.%n", caught, killing, alarms));
        System.out.print(out);
    }

    private static String letter(int k) {
        return String.valueOf((char) ('A' + k));
    }

    private static String seconds(List<Double> times) {
        List<Double> t = new ArrayList<>(times);
        if (t.stream().anyMatch(x -> x.isNaN())) {
            return "-";
        }
        Collections.sort(t);
        return String.format(Locale.ROOT, "%.2f", t.get(t.size() / 2));
    }
}
