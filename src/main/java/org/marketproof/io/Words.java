package org.marketproof.io;

import java.math.BigDecimal;
import java.util.List;

/** Phrasing of messages, the same under every locale. */
public final class Words {

    private Words() {
    }

    /**
     * @param options the alternatives, in order
     * @return {@code "a, b or c"}; the one option alone, or empty for none
     */
    public static String or(List<String> options) {
        if (options.size() <= 1) {
            return String.join("", options);
        }
        return String.join(", ", options.subList(0, options.size() - 1)) + " or " + options.get(options.size() - 1);
    }

    /**
     * @param x the number; infinities and NaN are written as {@link Double#toString(double)} does
     * @return {@code x} in plain decimal notation ({@code 1}, {@code 0.5}, {@code 1E+15}), never locale-dependent
     */
    public static String number(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        BigDecimal d = BigDecimal.valueOf(x).stripTrailingZeros();
        double size = Math.abs(x);
        return size == 0 || (size >= 1e-6 && size < 1e15) ? d.toPlainString() : d.toString();
    }
}
