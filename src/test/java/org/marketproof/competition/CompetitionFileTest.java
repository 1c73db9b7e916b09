package org.marketproof.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marketproof.InvalidInputException;
import org.marketproof.cli.Main;
import picocli.CommandLine;

/** Competition files: the bundled examples parse, round-trip, and every kind of bad input is named. */
class CompetitionFileTest {
    private static final String SRC = "{\"name\": \"s%d\", \"x\": [%d.0], \"effort\": {\"kind\": \"exponential\", \"s0\": 1.0, \"k\": 0.5}}";
    private static final String GOOD = "{\"sources\": [" + String.format(SRC, 1, 0) + ", " + String.format(SRC, 2, 1)
            + ", " + String.format(SRC, 3, 2) + "], \"aggregators\": [{\"name\": \"A\", \"estimator\": \"ols\","
            + " \"queries\": [{\"x\": [1.0], \"weight\": 1.0}], \"competition\": {\"B\": 0.2}},"
            + " {\"name\": \"B\", \"estimator\": \"mean\", \"queries\": [{\"x\": [0.0], \"weight\": 1.0}]}]}";

    @Test
    void bundledExamplesParseAndRoundTrip() {
        for (String f : new String[] {"competition-example.json", "competition-bounded.json", "competition-theorem1.json"}) {
            CompetitionInstance i = CompetitionFile.read(Path.of("src/main/resources/examples/" + f));
            assertEquals(i, CompetitionFile.parse(CompetitionFile.write(i), f));
        }
        assertEquals(3, CompetitionFile.parse(GOOD, "good").sources().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON | '{\"sources\": [' | f",
        "not an object | '[1, 2]' | f",
        "missing sources | '{\"aggregators\": []}' | sources",
        "missing s0 | \"s0\": 1.0, \"k\" => \"k\" | sources[0].effort.s0",
        "NaN | \"s0\": 1.0 => \"s0\": NaN | f",
        "negative s0 | \"s0\": 1.0 => \"s0\": -1.0 | sources[0].effort.s0",
        "zero k | \"k\": 0.5 => \"k\": 0 | sources[0].effort.k",
        "string number | \"k\": 0.5 => \"k\": \"0.5\" | sources[0].effort.k",
        "huge number | \"k\": 0.5 => \"k\": 1e400 | sources[0].effort.k",
        "unknown family | exponential => gaussian | sources[0].effort.kind",
        "non-positive max | \"k\": 0.5} => \"k\": 0.5, \"max\": 0} | sources[0].effort.max",
        "zeta above 1 | \"B\": 0.2 => \"B\": 1.5 | aggregators[0].competition.B",
        "unknown competitor | \"B\": 0.2 => \"C\": 0.2 | aggregators[0].competition",
        "negative eta | \"estimator\": \"ols\" => \"estimator\": \"ols\", \"eta\": -1 | aggregators[0].eta",
        "unknown estimator | ols => lasso | aggregators[0].estimator",
        "duplicate source | \"s2\" => \"s1\" | sources[1].name",
        "duplicate aggregator | \"name\": \"B\" => \"name\": \"A\" | aggregators[1].name",
        "duplicate key | \"name\": \"s1\" => \"name\": \"s1\", \"name\": \"s9\" | sources[0].name",
        "unknown buys | \"competition\": {\"B\": 0.2} => \"buys\": [\"s1\", \"zz\"] | aggregators[0].buys",
        "weights not summing to 1 | \"weight\": 1.0}], \"competition\" => \"weight\": 0.7}], \"competition\" | aggregators[0].queries",
        "singular OLS design | [1.0], \"effort\" => [0.0], \"effort\" | aggregators[0].buys",
        "dimension mismatch | [2.0] => [2.0, 1.0] | sources[2].x",
        "unknown field | \"estimator\": \"mean\" => \"estimator\": \"mean\", \"colour\": 1 | aggregators[1].colour",
    })
    void badInputIsNamed(String what, String edit, String field) {
        String json = edit.contains("=>") ? GOOD.replaceFirst(java.util.regex.Pattern.quote(edit.split(" => ")[0].trim()),
                java.util.regex.Matcher.quoteReplacement(edit.contains(" => ") ? edit.split(" => ", -1)[1].trim() : ""))
                : edit;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CompetitionFile.parse(json, "f"), what);
        assertEquals(field, e.field(), what + ": " + e.getMessage());
    }

    @Test
    void singularLeaveOneOutDesignIsNamed() {
        String json = GOOD.replace("\"competition\": {\"B\": 0.2}", "\"buys\": [\"s1\", \"s2\", \"s3\"]")
                .replace("[2.0], \"effort\"", "[1.0], \"effort\"");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CompetitionFile.parse(json, "f"));
        assertEquals("aggregators[0].buys", e.field());
        assertTrue(e.getMessage().contains("without source 's1'"), e.getMessage());
    }

    @Test
    void cliExitsTwoWithOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, GOOD.replace("\"s0\": 1.0", "\"s0\": -1.0"));
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out));
        int code;
        try {
            code = cl.execute("equilibrium", bad.toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(Main.EXIT_BAD_INPUT, code);
        String text = err.toString().trim();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("error: sources[0].effort.s0: "), text);
        assertFalse(text.contains("Exception") || text.contains("\tat "), text);
        assertEquals(Main.EXIT_BAD_INPUT, Main.commandLine().execute("equilibrium", dir.resolve("missing.json").toString()));
    }

    @Test
    void cliJsonHasNoNonFiniteNumbers() {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out));
        int code;
        try {
            code = Main.commandLine().execute("equilibrium", "--json", "src/main/resources/examples/competition-bounded.json");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        String json = out.toString();
        assertFalse(json.contains("NaN") || json.contains("Infinity"), json);
        assertTrue(json.contains("\"priceOfAnarchy\""));
    }
}
