package org.marketproof.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.io.Decimals;
import org.marketproof.io.JsonOutput;
import org.marketproof.market.instance.BuyerType;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.pricing.OrderedItemPricer;
import org.marketproof.market.pricing.ValueTable;
import org.marketproof.market.pricing.ValueUnits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code marketproof price INSTANCE [--epsilon E] [--json]}: Algorithm 1 of paper 000 on an
 * instance file. Prints N+, each buyer type's m_j+ and q_j+, revenue, profit, the pricer and the
 * certified gap to OPT, and the kernel's EFB/IRB verdicts. Field names of {@code --json} are in
 * specs/cli.md. Every number is finite: all are exact fractions printed as decimals.
 */
@Command(name = "price", mixinStandardHelpOptions = true,
        description = "Profit-optimal envy-free pricing (Algorithm 1 of Chen, Clinton, Kandasamy).")
public final class PriceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INSTANCE", description = "market instance file (JSON)")
    private Path instance;

    @Mixin
    private PricerOptions pricerOptions;

    @Mixin
    private OutputOptions output;

    @Mixin
    private ProgressOptions progress;

    @Override
    public Integer call() {
        MarketInstance market = InstanceReader.read(instance);
        OrderedItemPricer pricer;
        Algorithm1Result r;
        try (ProgressLine line = progress.line("N closed")) {
            pricer = pricerOptions.pricer(line);
            r = Algorithm1.run(market, pricer);
        }
        ValueTable values = ValueTable.of(market, r.nPlus());
        boolean envyFree = r.envyFreeForBuyers(values);
        boolean rational = r.individuallyRationalForBuyers(values);
        PrintWriter out = output.out();
        if (output.json) {
            out.println(JsonOutput.text(JsonOutput.document("price", report(market, pricer, r, values, envyFree, rational))));
        } else {
            text(out, market, pricer, r, values, envyFree, rational);
        }
        out.flush();
        return 0;
    }

    private static void text(PrintWriter out, MarketInstance market, OrderedItemPricer pricer, Algorithm1Result r,
            ValueTable values, boolean envyFree, boolean rational) {
        out.printf(Locale.ROOT, "pricer: %s%n", pricer.name());
        out.printf(Locale.ROOT, "N+ = %d (range 1..%d, priced %d N)%n", r.nPlus(), r.searchLimit(), r.solved());
        out.printf(Locale.ROOT, "%-16s %7s %8s %18s %18s%n", "buyer", "count", "m+", "q+", "v(m+)");
        for (int k = 0; k < market.buyers().size(); k++) {
            BuyerType b = market.buyers().get(k);
            int m = r.purchases()[k];
            out.printf(Locale.ROOT, "%-16s %7d %8d %18s %18s%n", b.name(), b.count(), m,
                    Decimals.decimal(ValueUnits.toExact(r.prices()[k])), Decimals.decimal(ValueUnits.toExact(values.value(k, m))));
        }
        out.printf(Locale.ROOT, "revenue: %s%n", Decimals.decimal(ValueUnits.toExact(r.solution().revenue())));
        out.printf(Locale.ROOT, "profit: %s (exact %s)%n", Decimals.decimal(r.profit()), Decimals.fraction(r.profit()));
        out.printf(Locale.ROOT, "certified upper bound on OPT: %s%n", Decimals.decimal(r.profitUpperBound()));
        out.printf(Locale.ROOT, "certified gap: %s%n", Decimals.decimal(r.gap()));
        out.printf(Locale.ROOT, "EFB (kernel): %s, IRB (kernel): %s%n", envyFree ? "yes" : "NO", rational ? "yes" : "NO");
    }

    /**
     * The document of {@code price --json} (schema {@code specs/schemas/price.schema.json}): Algorithm 1's
     * result, every figure exact.
     *
     * @param pricer {@code exact} or {@code grid(eps=E)}
     * @param nPlus N+
     * @param searchLimit floor(|B|/c_1), the largest N searched
     * @param pricedN how many N were priced (the rest pruned)
     * @param buyers each buyer type's purchase m_j+, price q_j+ and value v_j(m_j+)
     * @param revenue rev-bar(N+, q)
     * @param profit profit_N+ = revenue - c_1 N+
     * @param profitUpperBound a certified upper bound on OPT of (3)
     * @param gap its distance to the profit
     * @param envyFree EFB of the result, judged by the verified kernel
     * @param individuallyRational IRB of the result, judged by the verified kernel
     */
    record PriceReport(String pricer, int nPlus, int searchLimit, int pricedN, List<BuyerLine> buyers, BigFraction revenue,
            BigFraction profit, BigFraction profitUpperBound, BigFraction gap, boolean envyFree,
            boolean individuallyRational) {
    }

    /**
     * One buyer type in {@link PriceReport}.
     *
     * @param name its name
     * @param count how many buyers of the type
     * @param size m_j+, the data points it buys
     * @param price q_j+ (value units of 2^-40, exact)
     * @param value v_j(m_j+), exact
     */
    record BuyerLine(String name, int count, int size, BigFraction price, BigFraction value) {
    }

    private static PriceReport report(MarketInstance market, OrderedItemPricer pricer, Algorithm1Result r,
            ValueTable values, boolean envyFree, boolean rational) {
        List<BuyerLine> buyers = new ArrayList<>();
        for (int k = 0; k < market.buyers().size(); k++) {
            BuyerType b = market.buyers().get(k);
            int m = r.purchases()[k];
            buyers.add(new BuyerLine(b.name(), b.count(), m, ValueUnits.toExact(r.prices()[k]),
                    ValueUnits.toExact(values.value(k, m))));
        }
        return new PriceReport(pricer.name(), r.nPlus(), r.searchLimit(), r.solved(), buyers,
                ValueUnits.toExact(r.solution().revenue()), r.profit(), r.profitUpperBound(), r.gap(), envyFree, rational);
    }
}
