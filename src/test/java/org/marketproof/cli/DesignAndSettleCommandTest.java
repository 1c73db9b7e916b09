package org.marketproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marketproof.io.JsonInput;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.pricing.ExactPricer;

/**
 * The {@code design} and {@code settle} commands on the bundled example, each figure checked against
 * an independent computation, and their handling of bad input.
 */
class DesignAndSettleCommandTest {

    @TempDir
    Path dir;

    /**
     * design --exact: N+ and q_j+ are Algorithm 1's with the exact pricer; d_i = c_i N_i*^2 / sigma^2,
     * W = sum_j q_j+ - c_1 N_1* - c_2 N_2*, E[payment] = c_i N_i* + W N_i* / N+ recomputed here.
     */
    @Test
    void designFiguresMatchAnIndependentComputation() throws IOException {
        Path file = CliRun.bundled(dir, "market-example.json");
        CliRun r = CliRun.of("design", file.toString(), "--exact", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = JsonInput.parse(r.out(), "output");
        MarketInstance inst = InstanceReader.read(file);
        Algorithm1Result a1 = Algorithm1.run(inst, new ExactPricer());
        assertEquals(a1.nPlus(), j.get("nPlus").asInt());
        int[] n = {a1.nPlus() - 1, 1, 0};
        BigFraction sigma2 = BigFraction.from(inst.variance());
        BigFraction revenue = BigFraction.ZERO;
        for (int b = 0; b < inst.buyers().size(); b++) {
            JsonNode buyer = j.get("buyers").get(b);
            BigFraction q = BigFraction.of(a1.prices()[b], 1L << 40);
            assertEquals(q, CliRun.exact(buyer.get("expectedPrice")));
            assertEquals(a1.purchases()[b], buyer.get("allocation").asInt());
            revenue = revenue.add(q.multiply(inst.buyers().get(b).count()));
        }
        BigFraction c1 = BigFraction.from(inst.cost(0));
        BigFraction c2 = BigFraction.from(inst.cost(1));
        BigFraction w = revenue.subtract(c1.multiply(n[0])).subtract(c2.multiply(n[1]));
        assertEquals(w, CliRun.exact(j.get("W")));
        assertEquals(a1.profit().subtract(c2.subtract(c1)), w, "W = profit_N+ - (c_2 - c_1)");
        for (int i = 0; i < 3; i++) {
            JsonNode c = j.get("contributors").get(i);
            BigFraction ci = BigFraction.from(inst.cost(i));
            assertEquals(n[i], c.get("instruction").asInt());
            if (i < 2) {
                assertEquals(ci.multiply(n[i] * n[i]).divide(sigma2), CliRun.exact(c.get("d")));
            }
            BigFraction share = w.multiply(n[i]).divide(a1.nPlus());
            assertEquals(ci.multiply(n[i]).add(share), CliRun.exact(c.get("expectedPayment")));
            assertEquals(share, CliRun.exact(c.get("expectedUtility")));
        }
        assertTrue(j.get("individuallyRationalForContributors").asBoolean());
    }

    /**
     * settle: each price is (14) and each payment (15) recomputed here from the submitted means;
     * the budget balances exactly and so do the rounded totals.
     */
    @Test
    void settleFiguresMatchAnIndependentComputation() throws IOException {
        Path file = CliRun.bundled(dir, "market-example.json");
        MarketInstance inst = InstanceReader.read(file);
        int nPlus = Algorithm1.run(inst, new ExactPricer()).nPlus();
        double[] y1 = gaussian(nPlus - 1, 11);
        double[] y2 = gaussian(1, 12);
        Path subs = submissions(y1, y2);
        CliRun r = CliRun.of("settle", file.toString(), subs.toString(), "--exact", "--json", "--seed", "5");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = JsonInput.parse(r.out(), "output");
        OutputSchemasTest.assertValid("settle", j);

        JsonNode design = JsonInput.parse(CliRun.of("design", file.toString(), "--exact", "--json").out(), "design");
        BigFraction sigma2 = BigFraction.from(inst.variance());
        BigFraction gap = mean(y1).subtract(mean(y2)).pow(2);
        BigFraction[] d = {CliRun.exact(design.get("contributors").get(0).get("d")), CliRun.exact(design.get("contributors").get(1).get("d"))};
        int[] n = {nPlus - 1, 1};
        BigFraction w = CliRun.exact(design.get("W"));
        long buyers = inst.buyerCount();
        for (int b = 0; b < inst.buyers().size(); b++) {
            BigFraction q = CliRun.exact(design.get("buyers").get(b).get("expectedPrice"));
            BigFraction p = BigFraction.ZERO;
            for (int i = 0; i < 2; i++) {
                BigFraction corr = d[i].multiply(sigma2).divide(n[1 - i]).add(d[i].multiply(sigma2).divide(n[i]));
                p = p.add(q.multiply(n[i]).divide(nPlus)).add(corr.divide(buyers)).subtract(d[i].multiply(gap).divide(buyers));
            }
            assertEquals(p, CliRun.exact(j.get("buyers").get(b).get("price")), "price (14) of buyer " + b);
        }
        for (int i = 0; i < 2; i++) {
            BigFraction ci = BigFraction.from(inst.cost(i));
            BigFraction corr = d[i].multiply(sigma2).divide(n[1 - i]).add(d[i].multiply(sigma2).divide(n[i]));
            BigFraction pay = w.multiply(n[i]).divide(nPlus).add(ci.multiply(n[i])).add(corr).subtract(d[i].multiply(gap));
            assertEquals(pay, CliRun.exact(j.get("contributors").get(i).get("payment")), "payment (15) of contributor " + i);
        }
        assertTrue(j.get("budgetBalanced").asBoolean());
        assertEquals(j.get("roundedTotalPrices").asLong(), j.get("roundedTotalPayments").asLong());
        assertEquals(5, j.get("seed").asLong());
    }

    /** Finding M2: a wrong-sized Y_1 leaves the broker a deficit of N_1* N_2* (c_2 - c_1) / N+. */
    @Test
    void settleReportsTheDeficitWhenContributorOneSubmitsTheWrongSize() throws IOException {
        Path file = CliRun.bundled(dir, "market-example.json");
        MarketInstance inst = InstanceReader.read(file);
        int nPlus = Algorithm1.run(inst, new ExactPricer()).nPlus();
        Path subs = submissions(gaussian(nPlus - 2, 3), gaussian(1, 4));
        CliRun r = CliRun.of("settle", file.toString(), subs.toString(), "--exact", "--json", "--seed", "1");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = JsonInput.parse(r.out(), "output");
        OutputSchemasTest.assertValid("settle", j);
        assertFalse(j.get("budgetBalanced").asBoolean());
        BigFraction deficit = BigFraction.from(inst.cost(1)).subtract(BigFraction.from(inst.cost(0)))
                .multiply(nPlus - 1).divide(nPlus);
        assertEquals(deficit.negate(), CliRun.exact(j.get("surplus")));
        assertTrue(j.has("roundingRefused"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"variance\": 1, \"contributors\": [{\"name\": \"a\", \"cost\": 1}], \"buyers\": [{\"name\": \"x\", \"valuation\": {\"kind\": \"table\", \"values\": [0, 1]}}]}|contributors",
        "{\"variance\": 1, \"contributors\": [{\"name\": \"a\", \"cost\": 0.9}, {\"name\": \"b\", \"cost\": 1}], \"buyers\": [{\"name\": \"x\", \"valuation\": {\"kind\": \"table\", \"values\": [0, 1]}}]}|N+ = 1",
    })
    void designRefusesInstancesAlgorithm2CannotServe(String json, String field) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        CliRun r = CliRun.of("design", file.toString(), "--exact");
        assertTrue(r.isCleanBadInput(field), r.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"lab-z\": [1.0]}|lab-z",
        "{\"lab-a\": [1.0, \"x\"]}|lab-a[1]",
        "{\"lab-a\": [1e400]}|lab-a[0]",
        "{\"lab-a\": [1.0], \"lab-a\": [2.0]}|lab-a",
        "[1, 2]|subs.json",
        "{\"lab-a\": [1.0|subs.json",
        "{\"lab-a\": 3}|lab-a",
    })
    void settleRefusesBadSubmissions(String json, String field) throws IOException {
        Path file = CliRun.bundled(dir, "market-example.json");
        Path subs = dir.resolve("subs.json");
        Files.writeString(subs, json);
        CliRun r = CliRun.of("settle", file.toString(), subs.toString(), "--seed", "1");
        assertTrue(r.isCleanBadInput(field), r.err());
    }

    @Test
    void settleRefusesABadCurrencyUnit() throws IOException {
        Path file = CliRun.bundled(dir, "market-example.json");
        Path subs = submissions(new double[0], new double[0]);
        assertTrue(CliRun.of("settle", file.toString(), subs.toString(), "--unit", "-1").isCleanBadInput("--unit"));
        assertTrue(CliRun.of("settle", file.toString(), subs.toString(), "--unit", "abc").isCleanBadInput("--unit"));
    }

    private Path submissions(double[] y1, double[] y2) throws IOException {
        Path p = dir.resolve("submissions.json");
        Files.writeString(p, String.format(Locale.ROOT, "{\"lab-a\": %s, \"lab-b\": %s}",
                java.util.Arrays.toString(y1), java.util.Arrays.toString(y2)));
        return p;
    }

    private static double[] gaussian(int n, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = 1.0 + 2.0 * org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(rng).sample();
        }
        return x;
    }

    private static BigFraction mean(double[] xs) {
        BigFraction s = BigFraction.ZERO;
        for (double x : xs) {
            s = s.add(BigFraction.from(x));
        }
        return s.divide(xs.length);
    }
}
