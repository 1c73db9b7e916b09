package org.marketproof.cli;

import java.util.ArrayList;
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
import org.marketproof.io.JsonOutput;
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

    @Mixin
    ProgressOptions progress;

    @Override
    public Integer call() {
        MarketInstance instance = InstanceReader.read(instanceFile);
        BigFraction currency = currencyUnit(unit);
        Algorithm2 mechanism;
        Algorithm2Design design;
        try (ProgressLine line = progress.line("N closed")) {
            mechanism = Algorithm2.withPricer(pricer.pricer(line));
            design = mechanism.design(instance);
        }
        List<double[]> submissions;
        try (ProgressLine line = progress.line("bytes read")) {
            submissions = SubmissionsReader.read(submissionsFile, instance, line);
        }
        Settlement s = mechanism.settle(design, submissions);
        String refusal = RoundedSettlement.refusal(s, currency);
        RoundedSettlement rounded = refusal == null ? RoundedSettlement.of(s, currency) : null;
        long usedSeed = seed != null ? seed : RandomSource.createLong();
        int pooled = submissions.get(0).length + submissions.get(1).length;

        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(usedSeed);
        List<BuyerLine> buyers = new ArrayList<>();
        int party = 0;
        for (int j = 0; j < instance.buyers().size(); j++) {
            List<Long> roundedPrices = new ArrayList<>();
            List<int[]> subsets = indices ? new ArrayList<>() : null;
            for (int c = 0; c < instance.buyers().get(j).count(); c++) {
                if (rounded != null) {
                    roundedPrices.add(rounded.buyerPrices()[party]);
                }
                party++;
                if (subsets != null) {
                    subsets.add(BuyerAllocation.draw(pooled, design.allocation(j), rng));
                }
            }
            buyers.add(new BuyerLine(instance.buyers().get(j).name(), instance.buyers().get(j).count(),
                    Math.min(design.allocation(j), pooled), s.prices().get(j), roundedPrices, subsets));
        }
        List<ContributorLine> contributors = new ArrayList<>();
        for (int i = 0; i < instance.contributors().size(); i++) {
            contributors.add(new ContributorLine(instance.contributors().get(i).name(), submissions.get(i).length,
                    design.instruction(i), s.payments().get(i), rounded != null ? rounded.payments()[i] : null));
        }
        SettleReport report = new SettleReport(usedSeed, Decimals.fraction(currency),
                Algorithm2.sizesAsInstructed(design, submissions), buyers, contributors, s.totalPrices(),
                s.totalPayments(), s.budgetBalanced(), s.surplus(), rounded != null ? rounded.totalPrices() : null,
                rounded != null ? rounded.totalPayments() : null, refusal);
        output.print("settle", report, () -> text((ObjectNode) JsonOutput.tree(report)));
        return 0;
    }

    /**
     * The document of {@code settle --json} (schema {@code specs/schemas/settle.schema.json}): Algorithm 2's
     * settlement of the submissions, exact, and its balanced rounding to the currency unit.
     *
     * @param seed the seed of the buyers' subsets; accepted back with {@code --seed}
     * @param unit the currency unit, exact
     * @param sizesAsInstructed whether every contributor submitted N_i* points
     * @param buyers each buyer type's allocation and price
     * @param contributors each contributor's submission and payment
     * @param totalPrices the sum of the buyers' prices
     * @param totalPayments the sum of the contributors' payments
     * @param budgetBalanced whether the two totals are equal (budget balance, exact)
     * @param surplus total prices minus total payments
     * @param roundedTotalPrices the rounded prices' sum in units, absent when rounding was refused
     * @param roundedTotalPayments the rounded payments' sum in units (equal to the prices'), absent when refused
     * @param roundingRefused why no balanced rounding exists, absent when it does
     */
    record SettleReport(long seed, String unit, boolean sizesAsInstructed, List<BuyerLine> buyers,
            List<ContributorLine> contributors, BigFraction totalPrices, BigFraction totalPayments, boolean budgetBalanced,
            BigFraction surplus, Long roundedTotalPrices, Long roundedTotalPayments, String roundingRefused) {
    }

    /**
     * One buyer type in {@link SettleReport}.
     *
     * @param name its name
     * @param count how many buyers of the type
     * @param allocationSize the data points each receives (m_j*, at most the pooled points)
     * @param price the price each pays, exact
     * @param roundedPrices each buyer's rounded price in units; empty when rounding was refused
     * @param subsets each buyer's drawn subset of pooled indices, with {@code --indices} only
     */
    record BuyerLine(String name, int count, int allocationSize, BigFraction price, List<Long> roundedPrices,
            List<int[]> subsets) {
    }

    /**
     * One contributor in {@link SettleReport}.
     *
     * @param name its name
     * @param submitted how many points it submitted
     * @param instructed N_i*
     * @param payment its payment, exact
     * @param roundedPayment its rounded payment in units, absent when rounding was refused
     */
    record ContributorLine(String name, int submitted, int instructed, BigFraction payment, Long roundedPayment) {
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
