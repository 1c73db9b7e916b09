package org.marketproof.market.claims;

import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.claims.Recheck;
import org.marketproof.io.Decimals;

/** Shared pieces of the certificates' re-checks. */
final class Rechecks {

    private Rechecks() {
    }

    /** @return a re-check that could not evaluate its predicate (so it certifies nothing) */
    static Recheck unevaluable(String why) {
        return new Recheck(false, "not evaluable", Map.of("problem", why));
    }

    /** @return an exact number as {@code decimal (p/q)} */
    static String exact(BigFraction x) {
        String d = Decimals.decimal(x);
        String f = Decimals.fraction(x);
        return d.equals(f) ? d : d + " (" + f + ")";
    }
}
