package org.marketproof.competition;

import org.marketproof.InvalidInputException;

/** Checked preconditions that fail with {@link InvalidInputException} naming the field. */
final class Checks {
    private Checks() {}

    static void require(boolean condition, String field, String problem) {
        if (!condition) {
            throw new InvalidInputException(field, problem);
        }
    }
}
