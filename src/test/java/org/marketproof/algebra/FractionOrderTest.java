package org.marketproof.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Finding PR3: the library's order of negative fractions, and ours. */
class FractionOrderTest {

    @Test
    void negativeFractionsAreOrderedByValue() {
        assertTrue(FractionOrder.compare(BigFraction.of(-1, 2), BigFraction.of(-1)) > 0);
        assertTrue(FractionOrder.compare(BigFraction.of(-3, 4), BigFraction.of(-1, 4)) < 0);
        assertEquals(BigFraction.of(-1, 2), FractionOrder.max(BigFraction.of(-1), BigFraction.of(-1, 2)));
    }

    /** Records the library defect that FractionOrder works around; fails once the library is fixed. */
    @Test
    void commonsNumbers12OrdersNegativeFractionsByMagnitude() {
        assertTrue(BigFraction.of(-1, 2).compareTo(BigFraction.of(-1)) < 0, "library fixed: FractionOrder may go");
    }
}
