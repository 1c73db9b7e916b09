package org.marketproof;

/**
 * Bad input: a malformed file, a missing or out-of-range field, or an impossible instance.
 *
 * <p>The message names the offending field (for example {@code buyers[2].valuation.scale}) and says
 * what is wrong with it. The command-line tool prints it on one line and exits with status 2; it
 * never shows a stack trace for this exception.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The path of the offending field, on one line. */
    private final String field;

    /** What is wrong, on one line. */
    private final String problem;

    /**
     * @param field the path of the offending field, or the file name when the whole file is bad
     * @param problem what is wrong, phrased to complete "field: ..."
     */
    public InvalidInputException(String field, String problem) {
        super(oneLine(field) + ": " + oneLine(problem));
        this.field = oneLine(field);
        this.problem = oneLine(problem);
    }

    /** @return {@code text} on one line: a name or value that holds a line break cannot split the message */
    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\R", " ");
    }

    /** @return the path of the offending field */
    public String field() {
        return field;
    }

    /** @return what is wrong, without the field */
    public String problem() {
        return problem;
    }
}
