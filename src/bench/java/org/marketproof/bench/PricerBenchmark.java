package org.marketproof.bench;

import java.util.concurrent.TimeUnit;
import org.marketproof.market.pricing.ExactPricer;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.pricing.LagrangianPricer;
import org.marketproof.market.pricing.PricingSolution;
import org.marketproof.market.pricing.ValueTable;
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

/** Single-shot times of the three pricers (old exact, flow-bound exact, grid) at N points, on {@link BenchMarkets}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class PricerBenchmark {

    @Param({"2", "3", "4"})
    public int types;

    @Param({"20", "60", "200"})
    public int n;

    private ValueTable values;

    @Setup
    public void setUp() {
        values = ValueTable.of(BenchMarkets.market(types, 0.05), n);
    }

    @Benchmark
    public PricingSolution exact() {
        return new ExactPricer().price(values, n);
    }

    @Benchmark
    public PricingSolution flow() {
        return new LagrangianPricer().price(values, n);
    }

    @Benchmark
    public PricingSolution grid() {
        return new GridPricer(0.1).price(values, n);
    }
}
