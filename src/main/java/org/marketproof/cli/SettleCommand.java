package org.marketproof.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.marketproof.InvalidInputException;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Algorithm2Design;
import org.marketproof.market.mechanism.BuyerAllocation;
import org.marketproof.market.settlement.RoundedSettlement;
import org.marketproof.market.settlement.Settlement;
import org.marketproof.market.settlement.SubmissionsReader;
import org.marketproof.io.Decimals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marketproof settle}: prices (14) and payments (15) for submitted datasets, exact, with
 * the budget balance and a balanced rounding to currency units.
 */
@Command(name = "settle", mixinStandardHelpOptions = true,
        description = "Settle Algorithm 2 on submitted datasets: exact prices, payments and budget balance.")
final class SettleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INSTANCE", description = "Market instance file (JSON).")
    Path instanceFile;

    @Parameters(index = "1", paramLabel = "SUBMISSIONS",
            description = "Submitted datasets: {\"name\": [x1, x2, ...], ...}; a contributor left out submitted nothing.")
    Path submissionsFile;

    @Mixin
    PricerOptions pricer;

    @Option(names = "--unit", paramLabel = "U", defaultValue = "0.000001",
            description = "Currency unit for the rounded settlement (default ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the buyers' random subsets (default: drawn, and printed).")
    Long seed;

    @Option(names = "--indices", description = "Also draw and print each buyer's subset (indices into Y1 then Y2).")
    boolean indices;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        MarketInstance instance = InstanceReader.read(instanceFile);
        BigFraction currency = currencyUnit(unit);
        Algorithm2 mechanism = Algorithm2.withPricer(pricer.pricer());
        Algorithm2Design design = mechanism.design(instance);
        List<double[]> submissions = SubmissionsReader.read(submissionsFile, instance);
        Settlement s = mechanism.settle(design, submissions);
        String refusal = RoundedSettlement.refusal(s, currency);
        RoundedSettlement rounded = refusal == null ? RoundedSettlement.of(s, currency) : null;
        long usedSeed = seed != null ? seed : RandomSource.createLong();
        int pooled = submissions.get(0).length + submissions.get(1).length;

        ObjectNode root = JsonOut.object();
        root.put("seed", usedSeed);
        root.put("unit", Decimals.fraction(currency));
        root.put("sizesAsInstructed", Algorithm2.sizesAsInstructed(design, submissions));
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(usedSeed);
        ArrayNode buyers = root.putArray("buyers");
        int party = 0;
        for (int j = 0; j < instance.buyers().size(); j++) {
            ObjectNode b = buyers.addObject();
            b.put("name", instance.buyers().get(j).name());
            b.put("count", instance.buyers().get(j).count());
            b.put("allocationSize", Math.min(design.allocation(j), pooled));
            b.set("price", JsonOut.exact(s.prices().get(j)));
            ArrayNode roundedPrices = b.putArray("roundedPrices");
            ArrayNode subsets = indices ? b.putArray("subsets") : null;
            for (int c = 0; c < instance.buyers().get(j).count(); c++) {
                if (rounded != null) {
                    roundedPrices.add(rounded.buyerPrices()[party]);
                }
                party++;
                if (subsets != null) {
                    ArrayNode idx = subsets.addArray();
                    for (int k : BuyerAllocation.draw(pooled, design.allocation(j), rng)) {
                        idx.add(k);
                    }
                }
            }
        }
        ArrayNode contributors = root.putArray("contributors");
        for (int i = 0; i < instance.contributors().size(); i++) {
            ObjectNode c = contributors.addObject();
            c.put("name", instance.contributors().get(i).name());
            c.put("submitted", submissions.get(i).length);
            c.put("instructed", design.instruction(i));
            c.set("payment", JsonOut.exact(s.payments().get(i)));
            if (rounded != null) {
                c.put("roundedPayment", rounded.payments()[i]);
            }
        }
        root.set("totalPrices", JsonOut.exact(s.totalPrices()));
        root.set("totalPayments", JsonOut.exact(s.totalPayments()));
        root.put("budgetBalanced", s.budgetBalanced());
        root.set("surplus", JsonOut.exact(s.surplus()));
        if (rounded != null) {
            root.put("roundedTotalPrices", rounded.totalPrices());
            root.put("roundedTotalPayments", rounded.totalPayments());
        } else {
            root.put("roundingRefused", refusal);
        }

        output.print(root, SettleCommand::text);
        return 0;
    }

    private static String text(ObjectNode r) {
        StringBuilder b = new StringBuilder();
        b.append("seed ").append(r.get("seed").asLong()).append(" (pass --seed to repeat the buyers' subsets)\n");
        b.append("sizes as instructed: ").append(r.get("sizesAsInstructed").asBoolean()).append('\n');
        b.append("buyers (price per buyer):\n");
        for (var n : r.get("buyers")) {
            b.append(String.format(Locale.ROOT, "  %-12s x%-4d m = %-8d price %s = %s%s%n", n.get("name").asText(),
                    n.get("count").asInt(), n.get("allocationSize").asInt(),
                    n.get("price").get("decimal").asText(), shortExact(n.get("price")),
                    n.get("roundedPrices").isEmpty() ? "" : "  rounded " + n.get("roundedPrices") + " units"));
        }
        b.append("contributors:\n");
        for (var n : r.get("contributors")) {
            b.append(String.format(Locale.ROOT, "  %-12s submitted %d of %d  payment %s = %s%s%n", n.get("name").asText(),
                    n.get("submitted").asInt(), n.get("instructed").asInt(),
                    n.get("payment").get("decimal").asText(), shortExact(n.get("payment")),
                    n.has("roundedPayment") ? "  rounded " + n.get("roundedPayment").asLong() + " units" : ""));
        }
        b.append("total prices   ").append(r.get("totalPrices").get("decimal").asText()).append('\n');
        b.append("total payments ").append(r.get("totalPayments").get("decimal").asText()).append('\n');
        b.append("budget balance (exact): ").append(r.get("budgetBalanced").asBoolean() ? "holds" : "FAILS, surplus "
                + r.get("surplus").get("decimal").asText()).append('\n');
        if (r.has("roundedTotalPrices")) {
            b.append("rounded to units of ").append(r.get("unit").asText()).append(": prices ")
                    .append(r.get("roundedTotalPrices").asLong()).append(" = payments ")
                    .append(r.get("roundedTotalPayments").asLong());
        } else {
            b.append("no balanced rounding: ").append(r.get("roundingRefused").asText());
        }
        return b.toString();
    }

    private static String shortExact(com.fasterxml.jackson.databind.JsonNode n) {
        String f = n.get("exact").asText();
        return f.length() <= 60 ? f : "(exact: " + f.length() + "-character fraction, see --json)";
    }

    /** @return the currency unit, a positive decimal such as 0.000001 */
    static BigFraction currencyUnit(String text) {
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(text);
            if (d.signum() <= 0) {
                throw new InvalidInputException("--unit", "must be > 0, found " + text);
            }
            return BigFraction.of(d.unscaledValue(), java.math.BigInteger.TEN.pow(Math.max(0, d.scale())))
                    .multiply(BigFraction.of(java.math.BigInteger.TEN.pow(Math.max(0, -d.scale()))));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--unit", "not a decimal number: " + text);
        }
    }
}
