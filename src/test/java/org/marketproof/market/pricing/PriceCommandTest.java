package org.marketproof.market.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marketproof.cli.CliRun;
import org.marketproof.io.JsonInput;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.valuation.GaussianValuation;
import org.marketproof.market.valuation.LinearValuation;
import org.marketproof.market.valuation.ThresholdValuation;

/** The {@code price} command: the bundled example against an independent computation, and bad input. */
class PriceCommandTest {

    @TempDir
    Path dir;

    private Path example() throws IOException {
        return CliRun.bundled(dir, "market-example.json");
    }

    /**
     * The example with --exact: N+ and the profit equal the best exact profit over N = 1..floor(|B|/c_1)
     * computed without pruning; each printed value v(m+) is the closed form of (11) (rounded down to
     * units); the mechanism is EFB and IRB and the certified gap is 0.
     */
    @Test
    void exampleMatchesAnIndependentComputation() throws IOException {
        Path file = example();
        CliRun r = CliRun.of("price", file.toString(), "--exact", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = JsonInput.parse(r.out(), "output");
        MarketInstance inst = InstanceReader.read(file);
        double c1 = inst.cost(0);
        int limit = Algorithm1.searchLimit(inst.buyerCount(), c1).intValueExact();
        assertEquals(119, limit, "6 / 0.05 with 0.05 a double slightly above 1/20");
        ValueTable t = ValueTable.of(inst, limit);
        BigFraction best = Optimum.best(t, c1, 1);
        int nPlus = 1;
        while (!Optimum.profit(t, c1, nPlus).equals(best)) {
            nPlus++;
        }
        assertEquals(nPlus, j.get("nPlus").asInt());
        assertEquals(best, CliRun.exact(j.get("profit")));
        assertEquals(0, CliRun.exact(j.get("gap")).signum());
        assertTrue(j.get("envyFree").asBoolean() && j.get("individuallyRational").asBoolean());
        double variance = inst.variance();
        double[] closed = {
            new ThresholdValuation(0.5, 1.0).dataValue(j.get("buyers").get(0).get("size").asInt(), variance),
            new GaussianValuation(2.0, 0.9).dataValue(j.get("buyers").get(1).get("size").asInt(), variance),
            new LinearValuation(1.0, 0.5).dataValue(j.get("buyers").get(2).get("size").asInt(), variance),
            new double[] {0.0, 0.1, 0.25, 0.3}[Math.min(3, j.get("buyers").get(3).get("size").asInt())]};
        BigDecimal revenue = BigDecimal.ZERO;
        for (int k = 0; k < 4; k++) {
            JsonNode b = j.get("buyers").get(k);
            assertEquals(closed[k], CliRun.decimal(b.get("value")).doubleValue(), 1e-11, b.get("name").asText());
            assertTrue(CliRun.exact(b.get("price")).subtract(CliRun.exact(b.get("value"))).signum() <= 0);
            revenue = revenue.add(CliRun.decimal(b.get("price")).multiply(BigDecimal.valueOf(b.get("count").asInt())));
        }
        assertTrue(revenue.subtract(CliRun.decimal(j.get("revenue"))).abs().compareTo(new BigDecimal("1e-10")) <= 0,
                "revenue " + j.get("revenue") + " vs sum of count x price " + revenue);
        assertEquals(CliRun.decimal(j.get("profit")).doubleValue(),
                CliRun.decimal(j.get("revenue")).doubleValue() - c1 * nPlus, 1e-10);
    }

    @Test
    void textOutputNamesEverything() throws IOException {
        CliRun r = CliRun.of("price", example().toString(), "--epsilon", "0.1");
        assertEquals(0, r.exit(), r.err());
        for (String s : new String[] {"pricer: grid(eps=0.1)", "N+ = ", "clinic", "fund", "revenue:", "profit:",
            "certified gap:", "EFB (kernel): yes, IRB (kernel): yes"}) {
            assertTrue(r.out().contains(s), s + " missing in\n" + r.out());
        }
        assertFalse(r.out().contains("NaN") || r.out().contains("Infinity"));
    }

    private static final String GOOD_BUYER = "{\"name\": \"b\", \"valuation\": {\"kind\": \"threshold\", \"tolerance\": 1, \"scale\": 1}}";
    private static final String GOOD_SELLER = "{\"name\": \"c\", \"cost\": 0.5}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        malformed JSON          | {"variance": 1,                                                               | instance
        NaN as a string         | {"variance": "NaN", "contributors": [C], "buyers": [B]}                       | variance
        missing variance        | {"contributors": [C], "buyers": [B]}                                          | variance
        zero variance           | {"variance": 0, "contributors": [C], "buyers": [B]}                           | variance
        negative variance       | {"variance": -1, "contributors": [C], "buyers": [B]}                          | variance
        huge number             | {"variance": 1e400, "contributors": [C], "buyers": [B]}                       | variance
        zero cost               | {"variance": 1, "contributors": [{"name": "c", "cost": 0}], "buyers": [B]}    | contributors[0].cost
        negative cost           | {"variance": 1, "contributors": [{"name": "c", "cost": -2}], "buyers": [B]}   | contributors[0].cost
        missing cost            | {"variance": 1, "contributors": [{"name": "c"}], "buyers": [B]}               | contributors[0].cost
        tiny cost               | {"variance": 1, "contributors": [{"name": "c", "cost": 1e-12}], "buyers": [B]} | contributors.cost
        no contributors         | {"variance": 1, "contributors": [], "buyers": [B]}                            | contributors
        no buyers               | {"variance": 1, "contributors": [C], "buyers": []}                            | buyers
        scale above 1           | {"variance": 1, "contributors": [C], "buyers": [{"name": "b", "valuation": {"kind": "gaussian", "precision": 1, "scale": 1.5}}]} | buyers[0].valuation.scale
        scale zero              | {"variance": 1, "contributors": [C], "buyers": [{"name": "b", "valuation": {"kind": "linear", "tolerance": 1, "scale": 0}}]} | buyers[0].valuation.scale
        non-monotone table      | {"variance": 1, "contributors": [C], "buyers": [{"name": "b", "valuation": {"kind": "table", "values": [0, 0.5, 0.4]}}]} | buyers[0].valuation.values[2]
        table above 1           | {"variance": 1, "contributors": [C], "buyers": [{"name": "b", "valuation": {"kind": "table", "values": [0, 1.5]}}]} | buyers[0].valuation.values[1]
        duplicate names         | {"variance": 1, "contributors": [C], "buyers": [B, B]}                        | buyers[1].name
        missing valuation       | {"variance": 1, "contributors": [C], "buyers": [{"name": "b"}]}               | buyers[0].valuation
        """)
    void badInstanceExitsTwoWithOneLineNamingTheField(String what, String json, String field) throws IOException {
        Path p = dir.resolve("bad.json");
        Files.writeString(p, json.replace("[C]", "[" + GOOD_SELLER + "]").replace("B]", GOOD_BUYER + "]")
                .replace("[B,", "[" + GOOD_BUYER + ","), StandardCharsets.UTF_8);
        CliRun r = CliRun.of("price", p.toString());
        assertEquals(2, r.exit(), what + ": " + r.err() + r.out());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), what + " should print one line: " + err);
        assertTrue(err.contains(field + ":") || err.contains(p + ":") && field.equals("instance"), what + ": " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), what + ": " + err);
        assertTrue(r.out().isEmpty(), what + ": " + r.out());
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "-0.5", "NaN"})
    void badEpsilonExitsTwo(String epsilon) throws IOException {
        CliRun r = CliRun.of("price", example().toString(), "--epsilon", epsilon);
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--epsilon"), r.err());
    }
}
