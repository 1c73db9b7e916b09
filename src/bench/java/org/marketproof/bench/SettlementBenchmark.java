package org.marketproof.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Algorithm2Design;
import org.marketproof.market.pricing.ExactPricer;
import org.marketproof.market.settlement.ExactSum;
import org.marketproof.market.settlement.Settlement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exact settlement against a plain double sum over the same submitted points: the exact mean
 * ({@link ExactSum}) alone, and the whole settlement of Algorithm 2 (means, prices (14), payments
 * (15), all exact). Points are N(1, 4) draws, seed 1; the example instance's design prices them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SettlementBenchmark {

    @Param({"1000", "10000", "100000", "1000000", "10000000"})
    public int points;

    private double[] y1;
    private List<double[]> submissions;
    private Algorithm2 mechanism;
    private Algorithm2Design design;

    @Setup
    public void setUp() throws Exception {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        y1 = new double[points];
        for (int t = 0; t < points; t++) {
            y1[t] = 1.0 + 2.0 * z.sample();
        }
        String json = new String(SettlementBenchmark.class.getResourceAsStream("/examples/market-example.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        MarketInstance instance = InstanceReader.parse(json);
        mechanism = Algorithm2.withPricer(new ExactPricer());
        design = mechanism.design(instance);
        submissions = List.of(y1, new double[] {0.5}, new double[0]);
    }

    @Benchmark
    public double plainDoubleSum() {
        double s = 0;
        for (double x : y1) {
            s += x;
        }
        return s;
    }

    @Benchmark
    public BigFraction exactMean() {
        return ExactSum.meanOf(y1);
    }

    @Benchmark
    public Settlement exactSettlement() {
        return mechanism.settle(design, submissions);
    }
}
