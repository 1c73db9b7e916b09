package org.marketproof.fuzz;

import java.util.Optional;
import java.util.function.Supplier;
import org.marketproof.InvalidInputException;

/**
 * The oracle of the fuzz targets: a reader given any bytes either accepts them or refuses them with
 * one {@link InvalidInputException} whose message is one line {@code FIELD: PROBLEM} (the line the
 * command-line tool prints after {@code error: }). Any other exception or error is a finding.
 */
public final class Refusal {

    private Refusal() {
    }

    /** @return what {@code reader} built, or empty when it refused the input properly */
    public static <T> Optional<T> orValue(Supplier<T> reader) {
        try {
            return Optional.of(reader.get());
        } catch (InvalidInputException e) {
            check(e);
            return Optional.empty();
        }
    }

    /** Fails on a refusal that does not name a field or does not fit one line. */
    public static void check(InvalidInputException e) {
        String m = e.getMessage();
        if (e.field() == null || e.field().isBlank() || !m.startsWith(e.field() + ": ")
                || m.length() == e.field().length() + 2 || m.lines().count() != 1) {
            throw new AssertionError("not one line FIELD: PROBLEM: \"" + m + "\"", e);
        }
    }
}
