package org.marketproof.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.InvalidInputException;
import org.marketproof.io.JsonInput;
import org.marketproof.market.instance.BuyerType;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.pricing.EnvyFreeScheme;
import org.marketproof.market.pricing.EnvyJudge;
import org.marketproof.market.pricing.ExactPricer;
import org.marketproof.market.pricing.GridPricer;
import org.marketproof.market.pricing.OrderedItemPricer;
import org.marketproof.market.pricing.ValueTable;
import org.marketproof.market.pricing.ValueUnits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code marketproof price INSTANCE [--exact] [--epsilon E] [--json]}: Algorithm 1 of paper 000 on an
 * instance file. Prints N+, each buyer type's m_j+ and q_j+, revenue, profit, the pricer and the
 * certified gap to OPT, and the kernel's EFB/IRB verdicts. Field names of {@code --json} are in
 * specs/pricing.md. Every number is finite: all are exact fractions printed as decimals.
 */
@Command(name = "price", mixinStandardHelpOptions = true,
        description = "Profit-optimal envy-free pricing (Algorithm 1 of Chen, Clinton, Kandasamy).")
public final class PriceCommand implements Callable<Integer> {

    /** Default epsilon of the grid pricer. */
    public static final double DEFAULT_EPSILON = 0.05;

    private static final int DIGITS = 12;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTANCE", description = "market instance file (JSON)")
    private Path instance;

    @Option(names = "--exact", description = "use the exact ordered-item pricer (small instances)")
    private boolean exact;

    @Option(names = "--epsilon", paramLabel = "E",
            description = "grid pricer epsilon in (0, 1): revenue within 2 E per buyer of optimal (default 0.05)")
    private Double epsilon;

    @Option(names = "--json", description = "print JSON")
    private boolean json;

    @Override
    public Integer call() {
        MarketInstance market = InstanceReader.read(instance);
        OrderedItemPricer pricer = pricer();
        Algorithm1Result r = Algorithm1.run(market, pricer);
        ValueTable values = ValueTable.of(market, r.nPlus());
        EnvyFreeScheme scheme = EnvyFreeScheme.of(r.purchases(), r.prices());
        boolean envyFree = EnvyJudge.envyFree(values, scheme)
                && EnvyJudge.envyFreeOnCurve(values, r.solution().curve(), r.purchases());
        boolean rational = EnvyJudge.individuallyRational(values, scheme);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(market, pricer, r, values, envyFree, rational));
        } else {
            text(out, market, pricer, r, values, envyFree, rational);
        }
        out.flush();
        return 0;
    }

    private OrderedItemPricer pricer() {
        if (exact && epsilon != null) {
            throw new InvalidInputException("--epsilon", "not used with --exact");
        }
        if (exact) {
            return new ExactPricer();
        }
        double e = epsilon == null ? DEFAULT_EPSILON : epsilon;
        if (!(e > 0 && e < 1)) {
            throw new InvalidInputException("--epsilon", "must be in (0, 1), found " + e);
        }
        return new GridPricer(e);
    }

    private static String decimal(BigFraction f) {
        return f.bigDecimalValue(DIGITS, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static BigDecimal number(BigFraction f) {
        return f.bigDecimalValue(DIGITS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static void text(PrintWriter out, MarketInstance market, OrderedItemPricer pricer, Algorithm1Result r,
            ValueTable values, boolean envyFree, boolean rational) {
        out.printf("pricer: %s%n", pricer.name());
        out.printf("N+ = %d (range 1..%d, priced %d N)%n", r.nPlus(), r.searchLimit(), r.solved());
        out.printf("%-16s %7s %8s %18s %18s%n", "buyer", "count", "m+", "q+", "v(m+)");
        for (int k = 0; k < market.buyers().size(); k++) {
            BuyerType b = market.buyers().get(k);
            int m = r.purchases()[k];
            out.printf("%-16s %7d %8d %18s %18s%n", b.name(), b.count(), m,
                    decimal(ValueUnits.toExact(r.prices()[k])), decimal(ValueUnits.toExact(values.value(k, m))));
        }
        out.printf("revenue: %s%n", decimal(ValueUnits.toExact(r.solution().revenue())));
        out.printf("profit: %s (exact %s)%n", decimal(r.profit()), r.profit());
        out.printf("certified upper bound on OPT: %s%n", decimal(r.profitUpperBound()));
        out.printf("certified gap: %s%n", decimal(r.gap()));
        out.printf("EFB (kernel): %s, IRB (kernel): %s%n", envyFree ? "yes" : "NO", rational ? "yes" : "NO");
    }

    private static String json(MarketInstance market, OrderedItemPricer pricer, Algorithm1Result r,
            ValueTable values, boolean envyFree, boolean rational) {
        ObjectNode root = JsonInput.mapper().createObjectNode();
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
            o.put("price", number(ValueUnits.toExact(r.prices()[k])));
            o.put("priceExact", ValueUnits.toExact(r.prices()[k]).toString());
            o.put("value", number(ValueUnits.toExact(values.value(k, m))));
        }
        root.put("revenue", number(ValueUnits.toExact(r.solution().revenue())));
        root.put("profit", number(r.profit()));
        root.put("profitExact", r.profit().toString());
        root.put("profitUpperBound", number(r.profitUpperBound()));
        root.put("gap", number(r.gap()));
        root.put("envyFree", envyFree);
        root.put("individuallyRational", rational);
        try {
            return JsonInput.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
