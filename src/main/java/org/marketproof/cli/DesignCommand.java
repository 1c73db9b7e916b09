package org.marketproof.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Override
    public Integer call() {
        MarketInstance instance = InstanceReader.read(instanceFile);
        Algorithm2Design d = Algorithm2.withPricer(pricer.pricer()).design(instance);
        output.print(toJson(d), json -> text(d));
        return 0;
    }

    static ObjectNode toJson(Algorithm2Design d) {
        Algorithm2Algebra<BigFraction> a = d.algebra();
        ObjectNode root = JsonOut.object();
        root.put("mechanism", "paper");
        root.put("nPlus", d.nPlus());
        root.set("W", JsonOut.exact(a.w()));
        root.set("expectedProfit", JsonOut.exact(a.w()));
        root.put("individuallyRationalForContributors", d.individuallyRationalForContributors());
        ArrayNode cs = root.putArray("contributors");
        for (int i = 0; i < d.instance().contributors().size(); i++) {
            Contributor c = d.instance().contributors().get(i);
            ObjectNode n = cs.addObject();
            n.put("name", c.name());
            n.put("cost", c.cost());
            n.put("instruction", d.instruction(i));
            if (i < 2) {
                n.set("d", JsonOut.exact(a.d(i + 1)));
            }
            n.set("expectedPayment", JsonOut.exact(expectedPayment(d, i)));
            n.set("expectedUtility", JsonOut.exact(d.truthfulUtility(i)));
        }
        ArrayNode bs = root.putArray("buyers");
        for (int j = 0; j < d.instance().buyers().size(); j++) {
            BuyerType b = d.instance().buyers().get(j);
            ObjectNode n = bs.addObject();
            n.put("name", b.name());
            n.put("count", b.count());
            n.put("allocation", d.allocation(j));
            n.set("expectedPrice", JsonOut.exact(d.basePrice(j)));
        }
        return root;
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
