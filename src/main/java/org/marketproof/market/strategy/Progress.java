package org.marketproof.market.strategy;

/**
 * Progress of a long search: shown on standard error when a person is watching (a console is
 * attached), silent under CI and in tests.
 */
public interface Progress {

    /** Silent. */
    Progress NONE = message -> { };

    /** @param message one short line, e.g. {@code contributor 1: 240 strategies tried} */
    void report(String message);

    /** @return a progress line on standard error if {@link System#console()} is present, else {@link #NONE} */
    static Progress onTerminal() {
        if (System.console() == null) {
            return NONE;
        }
        return message -> System.err.print("\r\033[K" + message);
    }
}
