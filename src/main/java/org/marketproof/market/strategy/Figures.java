package org.marketproof.market.strategy;

import java.util.Locale;

/** Renders figures for people and JSON: never NaN or Infinity, always the same precision. */
public final class Figures {

    private Figures() {
    }

    /**
     * @param x any double, including the infinities and NaN
     * @return {@code x} with 9 significant digits, or {@code -unbounded} / {@code +unbounded} / {@code undefined}
     */
    public static String format(double x) {
        if (Double.isNaN(x)) {
            return "undefined";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "+unbounded" : "-unbounded";
        }
        return String.format(Locale.ROOT, "%.9g", x);
    }
}
