package org.marketproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketproof.market.claims.MarketCatalog;

/**
 * {@code --progress} changes standard error only: the results on standard output and the exit status
 * are the same with and without the bar, the bar's last count is the total the result reports, and
 * without a console (as here, and under CI) no bar is drawn unless asked for.
 */
class ProgressOptionTest {

    @TempDir
    Path dir;

    /**
     * One bar over both papers' instances: its last count is every verdict printed, its last words the
     * last instance's own count (the bar is drawn once a second and at the end, so only the end is certain).
     */
    @Test
    void verifyCountsEveryClaimOfEveryInstance() throws IOException {
        String market = CliRun.bundled(dir, "strategic-negative-w.json").toString();
        String competition = CliRun.bundled(dir, "competition-example.json").toString();
        CliRun shown = same("claims checked", "verify", market, competition);
        int verdicts = Integer.parseInt(find(shown.out(), "(\\d+) verdicts, \\d+ falsified"));
        assertTrue(shown.err().contains(" " + verdicts + "/" + verdicts + " "), shown.err());
        int competitionClaims = verdicts - MarketCatalog.claims().size();
        assertTrue(shown.err().contains("competition-example.json " + competitionClaims + "/" + competitionClaims),
                shown.err());
    }

    @Test
    void exploitCountsTheStrategiesTheResultReports() throws IOException {
        String file = CliRun.bundled(dir, "market-example.json").toString();
        CliRun shown = same("strategies tried", "exploit", file, "--contributor", "lab-c");
        String tried = find(shown.out(), "lab-c \\(N\\* = \\d+\\): (\\d+) strategies tried");
        assertTrue(shown.err().contains(" " + tried + "/" + tried + " "), shown.err());
        assertTrue(shown.err().contains("contributor 3, done"), shown.err());
    }

    /** Algorithm 1's bar counts the N of the range it has closed: at the end, all of the range the result prints. */
    @Test
    void priceClosesTheWholeRange() throws IOException {
        String file = CliRun.bundled(dir, "market-cheap-data.json").toString();
        CliRun shown = same("N closed", "price", file);
        String range = find(shown.out(), "N\\+ = \\d+ \\(range 1\\.\\.(\\d+), priced \\d+ N\\)");
        assertTrue(shown.err().contains(" " + range + "/" + range + " "), shown.err());
    }

    /** The utility plot counts the points of its four curves, n = 0..max(4, 2 N* + 3) each. */
    @Test
    void plotCountsEveryPointOfEveryCurve() throws IOException {
        String file = CliRun.bundled(dir, "strategic-scenario.json").toString();
        CliRun shown = same("points computed", "plot", "utility", file, "--contributor", "c1", "--out",
                dir.resolve("u.png").toString());
        int points = Integer.parseInt(find(shown.err(), " (\\d+)/\\1 "));
        assertTrue(points % 4 == 0 && points / 4 >= 5, shown.err());
        assertTrue(shown.err().contains("median repeated N*, n = " + (points / 4 - 1)), shown.err());
    }

    @Test
    void plotPoaCountsTheValuesOfAlpha() throws IOException {
        String file = CliRun.bundled(dir, "competition-example.json").toString();
        CliRun shown = same("values of alpha", "plot-poa", file, "--points", "5", "--out", dir.resolve("p.svg").toString());
        assertTrue(shown.err().contains(" 5/5 "), shown.err());
    }

    /** Reading submissions counts the bytes of the file: at the end, all of them. */
    @Test
    void settleReadsTheWholeFile() throws IOException {
        String instance = CliRun.bundled(dir, "market-example.json").toString();
        Path submissions = dir.resolve("submissions.json");
        java.nio.file.Files.writeString(submissions, "{\"lab-a\": [1.2, -0.4, 3.1], \"lab-b\": [0.5, 0.25]}");
        CliRun shown = same("bytes read", "settle", instance, submissions.toString(), "--seed", "1");
        long size = java.nio.file.Files.size(submissions);
        assertTrue(shown.err().contains(" " + size + "/" + size + " "), shown.err());
    }

    @Test
    void equilibriumCountsTheEquilibriaItReports() throws IOException {
        String file = CliRun.bundled(dir, "competition-example.json").toString();
        CliRun shown = same("equilibria analysed", "equilibrium", file);
        long points = shown.out().lines().filter(l -> l.startsWith("-- equilibrium ")).count();
        assertTrue(points > 0, shown.out());
        assertTrue(shown.err().contains(" " + points + "/" + points + " "), shown.err());
    }

    /**
     * Runs the command without a progress option, with {@code --no-progress} and with {@code --progress}.
     *
     * @return the run with {@code --progress}, after checking that all three printed the same results
     *     with the same exit status, and that only it drew the bar titled {@code task}
     */
    private static CliRun same(String task, String... args) {
        CliRun plain = CliRun.of(args);
        CliRun hidden = CliRun.of(with(args, "--no-progress"));
        CliRun shown = CliRun.of(with(args, "--progress"));
        for (CliRun other : new CliRun[] {hidden, shown}) {
            assertEquals(plain.exit(), other.exit(), other.err());
            assertEquals(plain.out(), other.out());
        }
        assertEquals(plain.err(), hidden.err());
        assertFalse(plain.err().contains(task) || plain.err().contains("\r"), plain.err());
        assertTrue(shown.err().contains(task + " 100%"), shown.err());
        return shown;
    }

    private static String[] with(String[] args, String option) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = option;
        return all;
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }
}
