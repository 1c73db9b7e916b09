package org.marketproof.market.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Why utilities are compared through {@link Rationals}: BigFraction's own order is wrong for negatives. */
class RationalsTest {

    @Test
    void ordersNegativeFractionsBySign() {
        assertEquals(-1, Rationals.compare(BigFraction.of(-2), BigFraction.of(-1)));
        assertEquals(-1, Rationals.compare(BigFraction.of(-51, 100), BigFraction.of(-3525, 10000)));
        assertEquals(BigFraction.of(-1, 3), Rationals.max(BigFraction.of(-1, 2), BigFraction.of(-1, 3)));
    }

    @Test
    void commonsNumbersCompareToOrdersNegativesByMagnitude() {
        // documents the library defect this class works around; if it starts failing, the defect is fixed
        assertEquals(1, BigFraction.of(-2).compareTo(BigFraction.of(-1)));
    }
}
