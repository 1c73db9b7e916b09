package org.marketproof.bench;

import java.util.concurrent.TimeUnit;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.pricing.ExactPricer;
import org.marketproof.market.pricing.GridPricer;
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

/** Single-shot times of Algorithm 1 on {@link BenchMarkets} with c_1 = 0.05 (N up to 20 |B|). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class Algorithm1Benchmark {

    @Param({"2", "3"})
    public int types;

    private MarketInstance market;

    @Setup
    public void setUp() {
        market = BenchMarkets.market(types, 0.05);
    }

    @Benchmark
    public Algorithm1Result grid() {
        return Algorithm1.run(market, new GridPricer(0.1));
    }

    @Benchmark
    public Algorithm1Result exact() {
        return Algorithm1.run(market, new ExactPricer());
    }
}
