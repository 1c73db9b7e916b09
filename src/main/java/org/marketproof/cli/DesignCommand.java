package org.marketproof.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.market.instance.BuyerType;
import org.marketproof.market.instance.Contributor;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2;
import org.marketproof.market.mechanism.Algorithm2Algebra;
import org.marketproof.market.mechanism.Algorithm2Design;
import org.marketproof.io.Decimals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code marketproof design}: Algorithm 2's instructions (13), d_i, W, expected prices and profit. */
@Command(name = "design", mixinStandardHelpOptions = true,
        description = "Algorithm 2 (paper 000): instructions N_i*, d_i, W, allocations, expected prices and profit.")
final class DesignCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INSTANCE", description = "Market instance file (JSON, see specs/market.md).")
    Path instanceFile;

    @Mixin
    PricerOptions pricer;

    @Mixin
    OutputOptions output;

    @Mixin
    ProgressOptions progress;

    @Override
    public Integer call() {
        MarketInstance instance = InstanceReader.read(instanceFile);
        Algorithm2Design d;
        try (ProgressLine line = progress.line("N closed")) {
            d = Algorithm2.withPricer(pricer.pricer(line)).design(instance);
        }
        output.print("design", DesignReport.of(d), () -> text(d));
        return 0;
    }

    /**
     * The document of {@code design --json} (schema {@code specs/schemas/design.schema.json}): Algorithm 2 of
     * paper 000 on an instance, every figure exact.
     *
     * @param mechanism always {@code paper}
     * @param nPlus N+, the contributions pooled under truthful play
     * @param w the expected profit W (appendix A), field {@code W}
     * @param expectedProfit the same figure, under the name the market specification uses
     * @param individuallyRationalForContributors whether W >= 0, so every truthful utility is >= 0 (IRC)
     * @param contributors each contributor's instruction and expected figures
     * @param buyers each buyer type's allocation and expected price
     */
    @JsonPropertyOrder({"mechanism", "nPlus", "W"})
    record DesignReport(String mechanism, int nPlus, @JsonProperty("W") BigFraction w, BigFraction expectedProfit,
            boolean individuallyRationalForContributors, List<ContributorLine> contributors, List<BuyerLine> buyers) {

        static DesignReport of(Algorithm2Design d) {
            Algorithm2Algebra<BigFraction> a = d.algebra();
            List<ContributorLine> cs = new ArrayList<>();
            for (int i = 0; i < d.instance().contributors().size(); i++) {
                Contributor c = d.instance().contributors().get(i);
                cs.add(new ContributorLine(c.name(), c.cost(), d.instruction(i), i < 2 ? a.d(i + 1) : null,
                        expectedPayment(d, i), d.truthfulUtility(i)));
            }
            List<BuyerLine> bs = new ArrayList<>();
            for (int j = 0; j < d.instance().buyers().size(); j++) {
                BuyerType b = d.instance().buyers().get(j);
                bs.add(new BuyerLine(b.name(), b.count(), d.allocation(j), d.basePrice(j)));
            }
            return new DesignReport("paper", d.nPlus(), a.w(), a.w(), d.individuallyRationalForContributors(), cs, bs);
        }
    }

    /**
     * One contributor in {@link DesignReport}.
     *
     * @param name its name
     * @param cost its cost c_i per data point, as given
     * @param instruction N_i*, Algorithm 2's instruction (13)
     * @param d d_i, for the two cheapest contributors only
     * @param expectedPayment E[pi_i*] under truthful play
     * @param expectedUtility E[u_i*] under truthful play
     */
    record ContributorLine(String name, double cost, int instruction, BigFraction d, BigFraction expectedPayment,
            BigFraction expectedUtility) {
    }

    /**
     * One buyer type in {@link DesignReport}.
     *
     * @param name its name
     * @param count how many buyers of the type
     * @param allocation m_j*, the data points each receives
     * @param expectedPrice E[price] = q+, its base price
     */
    record BuyerLine(String name, int count, int allocation, BigFraction expectedPrice) {
    }

    /** E[pi_i*] = c_i N_i* + W N_i* / N+ under truthful play (appendix A). */
    private static BigFraction expectedPayment(Algorithm2Design d, int i) {
        return BigFraction.from(d.instance().cost(i)).multiply(d.instruction(i)).add(d.truthfulUtility(i));
    }

    private static String text(Algorithm2Design d) {
        java.io.StringWriter buffer = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        Algorithm2Algebra<BigFraction> a = d.algebra();
        out.printf(Locale.ROOT, "Algorithm 2 (paper 000): N+ = %d%n", d.nPlus());
        out.printf(Locale.ROOT, "W (expected profit) = %s%n", Decimals.decimal(a.w()));
        out.println("contributors:");
        for (int i = 0; i < d.instance().contributors().size(); i++) {
            Contributor c = d.instance().contributors().get(i);
            out.printf(Locale.ROOT, "  %-12s cost %-10s N* = %-8d%s E[payment] = %s  E[utility] = %s%n", c.name(), c.cost(),
                    d.instruction(i), i < 2 ? " d = " + Decimals.decimal(a.d(i + 1)) + " " : "",
                    Decimals.decimal(expectedPayment(d, i)), Decimals.decimal(d.truthfulUtility(i)));
        }
        out.println("buyers:");
        for (int j = 0; j < d.instance().buyers().size(); j++) {
            BuyerType b = d.instance().buyers().get(j);
            out.printf(Locale.ROOT, "  %-12s x%-4d m* = %-8d E[price] = q+ = %s%n", b.name(), b.count(), d.allocation(j),
                    Decimals.decimal(d.basePrice(j)));
        }
        out.printf(Locale.ROOT, "IRC (every contributor's truthful utility >= 0): %s",
                d.individuallyRationalForContributors() ? "holds" : "FAILS (W < 0)");
        out.flush();
        return buffer.toString();
    }
}
