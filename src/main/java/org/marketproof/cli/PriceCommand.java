package org.marketproof.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.io.Decimals;
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
 * specs/pricing.md. Every number is finite: all are exact fractions printed as decimals.
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

    @Override
    public Integer call() {
        MarketInstance market = InstanceReader.read(instance);
        OrderedItemPricer pricer = pricerOptions.pricer();
        Algorithm1Result r = Algorithm1.run(market, pricer);
        ValueTable values = ValueTable.of(market, r.nPlus());
        boolean envyFree = r.envyFreeForBuyers(values);
        boolean rational = r.individuallyRationalForBuyers(values);
        PrintWriter out = output.out();
        if (output.json) {
            out.println(json(market, pricer, r, values, envyFree, rational));
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

    /** JSON fields are documented in specs/cli.md; exact numbers as {"decimal", "exact"}. */
    private static String json(MarketInstance market, OrderedItemPricer pricer, Algorithm1Result r,
            ValueTable values, boolean envyFree, boolean rational) {
        ObjectNode root = JsonOut.object();
        root.put("pricer", pricer.name());
        root.put("nPlus", r.nPlus());
        root.put("searchLimit", r.searchLimit());
        root.put("pricedN", r.solved());
        ArrayNode buyers = root.putArray("buyers");
        for (int k = 0; k < market.buyers().size(); k++) {
            BuyerType b = market.buyers().get(k);
            int m = r.purchases()[k];
            ObjectNode o = buyers.addObject();
            o.put("name", b.name());
            o.put("count", b.count());
            o.put("size", m);
            o.set("price", JsonOut.exact(ValueUnits.toExact(r.prices()[k])));
            o.set("value", JsonOut.exact(ValueUnits.toExact(values.value(k, m))));
        }
        root.set("revenue", JsonOut.exact(ValueUnits.toExact(r.solution().revenue())));
        root.set("profit", JsonOut.exact(r.profit()));
        root.set("profitUpperBound", JsonOut.exact(r.profitUpperBound()));
        root.set("gap", JsonOut.exact(r.gap()));
        root.put("envyFree", envyFree);
        root.put("individuallyRational", rational);
        return JsonOut.pretty(root);
    }
}
