package org.marketproof.market.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.market.instance.InstanceReader;
import org.marketproof.market.instance.MarketInstance;

/** The streamed reader must read each number as the same value as {@link Double#parseDouble} does. */
class SubmissionsReaderProperties {

    private static final MarketInstance INSTANCE = InstanceReader.parse("""
            {"variance": 1, "contributors": [{"name": "b", "cost": 2}, {"name": "a", "cost": 1}],
             "buyers": [{"name": "x", "valuation": {"kind": "table", "values": [0, 1]}}]}""");

    @Property(tries = 300)
    void readsEveryNumberAsParseDoubleDoes(@ForAll("numerals") List<String> numerals) {
        String json = "{\"b\": [" + String.join(",", numerals) + "]}";
        List<double[]> read = SubmissionsReader.parse(json, INSTANCE);
        assertEquals(0, read.get(0).length, "contributor a (cheapest, first) submitted nothing");
        double[] y = read.get(1);
        assertEquals(numerals.size(), y.length);
        for (int k = 0; k < y.length; k++) {
            // the same number; an integer token "-0" reads as 0, which is the same value
            assertEquals(BigFraction.from(Double.parseDouble(numerals.get(k))), BigFraction.from(y[k]), numerals.get(k));
        }
    }

    @Provide
    Arbitrary<List<String>> numerals() {
        Arbitrary<String> shortest = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite)
                .map(d -> Double.toString(d).replace("Infinity", "0"));
        Arbitrary<String> long17 = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite)
                .map(d -> String.format(Locale.ROOT, "%.25e", d));
        Arbitrary<String> halfway = Arbitraries.of("9007199254740993", "2.2250738585072011e-308", "4.9e-324",
                "1.7976931348623157e308", "0.1", "-0", "123456789012345678901234567890e-10");
        return Arbitraries.oneOf(shortest, long17, halfway).list().ofMinSize(1).ofMaxSize(50);
    }
}
